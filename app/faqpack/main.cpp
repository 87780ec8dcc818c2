// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace {

void printUsage(QTextStream &out) {
    out << "Usage: faqpack COMMAND [OPTIONS]\n\nCommands:\n";
    // Two spaces at least after the longest name: help2man reads the list as a table.
    qsizetype width = 0;
    for (const pr::cli::Command &command : pr::cli::allCommands())
        width = std::max(width, qsizetype(qstrlen(command.name)));
    for (const pr::cli::Command &command : pr::cli::allCommands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(width + 2)
            << QString::fromLatin1(command.summary) << '\n';
    out << "\nRun 'faqpack COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("faqpack"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString name = arguments.takeFirst();
    for (const pr::cli::Command &command : pr::cli::allCommands()) {
        if (name == QLatin1String(command.name))
            return command.run(arguments, {out, err});
    }
    err << "faqpack: unknown command \"" << name << "\"\n\n";
    printUsage(err);
    return 2;
}
