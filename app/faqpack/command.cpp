// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"

#include "content/packreader.h"
#include "kiosk/kiosksettings.h"
#include "safety/clinichelplines.h"

namespace pr::cli {

bool parseArguments(QCommandLineParser &parser, const QString &commandName,
                    const QStringList &arguments, Streams streams) {
    parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("faqpack ") + commandName);
    if (!parser.parse(withProgram)) {
        streams.err << "faqpack " << commandName << ": " << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return false;
    }
    return true;
}

QCommandLineOption packOption() {
    return QCommandLineOption(QStringLiteral("pack"),
                              QStringLiteral("Read the pack in DIR instead of the bundled one."),
                              QStringLiteral("DIR"));
}

std::optional<Pack> loadPack(const QCommandLineParser &parser, Streams streams,
                             const QString &option) {
    const QString dir = parser.isSet(option) ? parser.value(option) : PackReader::bundledPackPath();
    const PackReadResult result = PackReader().read(dir);
    for (const PackProblem &problem : result.problems)
        streams.err << dir << '/' << problem.toString() << '\n';
    return result.pack;
}

SafetyNotices systemSafetyNotices(Streams streams) {
    SafetyNotices notices = SafetyNotices::bundled();
    QStringList problems;
    notices.setClinicLines(ClinicHelpLines::read(KioskSettings::systemFilePath(), &problems));
    for (const QString &problem : std::as_const(problems))
        streams.err << problem << '\n';
    return notices;
}

QString listOrNone(const QStringList &ids) {
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

} // namespace pr::cli
