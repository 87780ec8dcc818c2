// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "safety/safetynotices.h"

#include <QString>

class QPrinter;

namespace pr {

// The safety notice as a small printed slip a visitor can take away: the notice's own text and
// lines, nothing of what the visitor read or searched.
class SafetySlip {
public:
    // Prints on printer (already chosen); false when the printer cannot print.
    static bool print(const SafetyNotice &notice, QPrinter *printer);
    // The slip's HTML, as printed.
    static QString html(const SafetyNotice &notice);
};

} // namespace pr
