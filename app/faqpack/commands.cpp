// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"

namespace pr::cli {

int runList(const QStringList &arguments, Streams streams);
int runShow(const QStringList &arguments, Streams streams);
int runValidate(const QStringList &arguments, Streams streams);
int runSearch(const QStringList &arguments, Streams streams);
int runRefs(const QStringList &arguments, Streams streams);
int runKioskSetup(const QStringList &arguments, Streams streams);
int runLangpack(const QStringList &arguments, Streams streams);
int runExport(const QStringList &arguments, Streams streams);
int runImport(const QStringList &arguments, Streams streams);
int runKeygen(const QStringList &arguments, Streams streams);
int runSign(const QStringList &arguments, Streams streams);
int runVerify(const QStringList &arguments, Streams streams);

const QList<Command> &allCommands() {
    static const QList<Command> commands = {
        {"list", "List the questions of a pack, one per line: ID<TAB>QUESTION.", &runList},
        {"show", "Print one answer as text or as the HTML page the app shows.", &runShow},
        {"validate", "Check a pack folder; print every problem; exit 1 on errors.", &runValidate},
        {"search", "Search the questions and answers; print the best matches first.", &runSearch},
        {"refs", "Print the references with the check's findings, or export them.", &runRefs},
        {"kiosk-setup", "Write the kiosk settings and the admin PIN's hash.", &runKioskSetup},
        {"langpack", "Build a language pack file, or describe one.", &runLangpack},
        {"export", "Write a translation file (PO or XLIFF) of a pack, or update one.", &runExport},
        {"import", "Make a language pack from a filled translation file.", &runImport},
        {"keygen", "Make a key pair for signing packs.", &runKeygen},
        {"sign", "Sign a pack: vouch for its files, reviewed or not, and by whom.", &runSign},
        {"verify", "Check a pack's signatures against the trusted keys.", &runVerify},
    };
    return commands;
}

} // namespace pr::cli
