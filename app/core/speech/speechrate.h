// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>

namespace pr {

// The reading speeds the reader chooses from, as the engine's rate (-1.0 to 1.0), slowest first.
// Steps rather than a free value, so that a remembered speed is always one the control offers.
class SpeechRate {
public:
    static QList<double> steps();
    static int normalStep();
    // The step nearest a remembered rate (an out-of-range or damaged value gives normal speed).
    static int stepOf(double rate);
};

} // namespace pr
