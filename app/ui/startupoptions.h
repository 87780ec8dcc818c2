// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QStringList>

namespace pr {

struct StartupOptions {
    QString packDirectory; // empty: the bundled pack
    QString entryId;       // empty: the first question
    bool benchmarkStartup = false;
    bool kiosk = false;
    bool kioskSetup = false; // the administrator's form for the kiosk settings
    QString languagePack;    // a .prpack file or pack folder to read the FAQ in
    QString language;        // a language tag ("es", "ar") of an installed language pack
    QString handout;         // --handout IDS|my-questions: print a handout, no window
    QString output;          // -o FILE.pdf, with --handout
    QString paper;           // --paper a4|letter, with --handout; empty: A4
    QString error;           // set when the arguments could not be understood
    bool helpRequested = false;
    QString helpText;

    static StartupOptions parse(const QStringList &arguments);
};

} // namespace pr
