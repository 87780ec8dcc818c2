// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"

#include "content/packreader.h"

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

QString listOrNone(const QStringList &ids) {
    return ids.isEmpty() ? QStringLiteral("none") : ids.join(QStringLiteral(", "));
}

} // namespace pr::cli
