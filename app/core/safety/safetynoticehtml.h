// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "safetynotices.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// A safety notice as the HTML block at the top of a page, before anything else: calm, set apart
// from the publisher's text, with the help lines as plain text a reader can copy or dial.
class SafetyNoticeHtml {
    Q_DECLARE_TR_FUNCTIONS(SafetyNoticeHtml)

public:
    struct Options {
        bool qrCode = false;    // kiosks: the notice as a QR code, to take it away on a phone
        bool printLink = false; // kiosks that may print: a link that prints it as a slip
    };

    static QString render(const SafetyNotice &notice, const Options &options);
    // The address of the print link; the answer page turns it into a print request.
    static QString printUrl() { return QStringLiteral("reader:/safety/print"); }
};

} // namespace pr
