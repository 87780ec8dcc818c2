// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pr {

StartupOptions StartupOptions::parse(const QStringList &arguments) {
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Read trusted patient information offline."));
    parser.addHelpOption();
    const QCommandLineOption pack(
        QStringLiteral("pack"),
        QCoreApplication::translate("StartupOptions", "Read the pack in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption entry(
        QStringLiteral("open"),
        QCoreApplication::translate("StartupOptions", "Open the answer with this id."),
        QStringLiteral("ID"));
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("StartupOptions",
                                    "Print the milliseconds from start to the first answer "
                                    "painted, then quit."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("StartupOptions",
                                    "Run as a locked-down clinic kiosk (also turned on by the "
                                    "system-wide kiosk settings file)."));
    const QCommandLineOption kioskSetup(
        QStringLiteral("kiosk-setup"),
        QCoreApplication::translate("StartupOptions",
                                    "Open the form that writes the system-wide kiosk settings "
                                    "(run as root)."));
    const QCommandLineOption languagePack(
        QStringLiteral("language-pack"),
        QCoreApplication::translate("StartupOptions", "Read the FAQ in the language of FILE "
                                                      "(a .prpack file or a pack folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("StartupOptions",
                                    "Read the FAQ in this installed language (en, es, ar, …)."),
        QStringLiteral("LANG"));
    const QCommandLineOption handout(
        QStringLiteral("handout"),
        QCoreApplication::translate(
            "StartupOptions",
            "Print a handout to the PDF file given with -o, with no window: the answers with "
            "these ids (separated by commas), and/or my-questions for your own list."),
        QStringLiteral("IDS"));
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("StartupOptions", "The PDF file --handout writes."),
        QStringLiteral("FILE"));
    const QCommandLineOption paper(
        QStringLiteral("paper"),
        QCoreApplication::translate("StartupOptions",
                                    "The paper --handout prints on: a4 (the default) or letter."),
        QStringLiteral("SIZE"));
    parser.addOptions({pack, entry, benchmark, kiosk, kioskSetup, languagePack, language, handout,
                       output, paper});
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.helpRequested = parser.isSet(QStringLiteral("help"));
    options.helpText = parser.helpText();
    options.packDirectory = parser.value(pack);
    options.entryId = parser.value(entry);
    options.benchmarkStartup = parser.isSet(benchmark);
    options.kiosk = parser.isSet(kiosk);
    options.kioskSetup = parser.isSet(kioskSetup);
    options.languagePack = parser.value(languagePack);
    options.language = parser.value(language);
    options.handout = parser.value(handout);
    options.output = parser.value(output);
    options.paper = parser.value(paper).toLower();
    if (parser.isSet(handout) && options.handout.trimmed().isEmpty())
        options.error = QCoreApplication::translate("StartupOptions",
                                                    "--handout needs answer ids or my-questions.");
    else if (parser.isSet(handout) && options.output.isEmpty())
        options.error = QCoreApplication::translate(
            "StartupOptions", "--handout needs the PDF file to write: -o FILE.pdf.");
    else if (!options.paper.isEmpty() && options.paper != QLatin1String("a4") &&
             options.paper != QLatin1String("letter"))
        options.error =
            QCoreApplication::translate("StartupOptions", "--paper is a4 or letter, not \"%1\".")
                .arg(parser.value(paper));
    else if (parser.isSet(output) && !parser.isSet(handout))
        options.error =
            QCoreApplication::translate("StartupOptions", "-o is only used with --handout.");
    return options;
}

} // namespace pr
