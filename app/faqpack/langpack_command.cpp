// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "content/languagepackfile.h"
#include "content/packreader.h"
#include "translation/languagepackbuilder.h"
#include "translation/languagepackcatalog.h"
#include "translation/languagepackloader.h"
#include "translation/sourcehash.h"

#include <QFileInfo>
#include <QSaveFile>

namespace pr::cli {
namespace {

QCommandLineOption baseOption() {
    return QCommandLineOption(QStringLiteral("base"),
                              QStringLiteral("The pack it translates (a folder); the bundled "
                                             "English pack without it."),
                              QStringLiteral("DIR"));
}

// Prints every problem; returns the number of errors. A problem of a .prpack file as a whole
// names the file; one inside it names the file inside ("es.prpack/answers/cost.md:3: ...").
int printProblems(const QString &where, const PackProblems &problems, QTextStream &out) {
    int errors = 0;
    const QString fileName = QFileInfo(where).fileName();
    for (const PackProblem &problem : problems) {
        if (problem.file == fileName && !QFileInfo(where).isDir())
            out << QFileInfo(where).path() << '/' << problem.toString() << '\n';
        else
            out << where << '/' << problem.toString() << '\n';
        errors += problem.isError() ? 1 : 0;
    }
    return errors;
}

void printInfo(const TranslatedPack &translated, const Pack &base, QTextStream &out) {
    const Manifest &m = translated.pack.manifest();
    const TranslationProvenance &t = *m.translation;
    out << "Language:    " << LanguagePackCatalog::nativeName(m.language) << " (" << m.language
        << ", " << m.directionKey() << ")\n";
    out << "Title:       " << m.title << '\n';
    out << "Version:     " << m.version << '\n';
    out << "Translates:  " << t.baseId << ' ' << t.baseVersion << " (in use: " << base.manifest().id
        << ' ' << base.manifest().version << ", " << t.baseLanguage << ")\n";
    out << "Translator:  " << t.translator << '\n';
    out << "Review:      "
        << (t.clinicallyReviewed ? QStringLiteral("checked by a clinician, %1, %2")
                                       .arg(t.reviewer, t.reviewDate.toString(Qt::ISODate))
                                 : QStringLiteral("not checked by a clinician"))
        << '\n';
    out << "Interface:   "
        << (translated.interfaceTranslation.isEmpty()
                ? QStringLiteral("not translated")
                : QStringLiteral("translated (%1 messages)")
                      .arg(translated.interfaceTranslation.size()))
        << '\n';
    out << "Coverage:    " << translated.translatedEntries.size() + translated.staleEntries.size()
        << " of " << translated.pack.entries().size() << " entries translated ("
        << translated.coveragePercent() << "%)\n";
    out << "Stale:       " << listOrNone(translated.staleEntries) << '\n';
    out << "Untranslated: " << listOrNone(translated.untranslatedEntries) << '\n';
}

int runBuild(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a language pack folder against its base pack and write it as one "
                       ".prpack file."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 QStringLiteral("The language pack folder."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The .prpack file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption qm(QStringLiteral("interface"),
                                QStringLiteral("The interface translation (Qt Linguist .ts) to "
                                               "include under the name the manifest gives."),
                                QStringLiteral("TS"));
    parser.addOption(output);
    parser.addOption(qm);
    parser.addOption(baseOption());
    if (!parseArguments(parser, QStringLiteral("langpack build"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        streams.err << "faqpack langpack build: give one folder and -o FILE.prpack\n";
        return 2;
    }
    const QString dir = parser.positionalArguments().constFirst();
    const std::optional<Pack> base = loadPack(parser, streams, QStringLiteral("base"));
    if (!base)
        return 1;
    PackProblems problems;
    const std::optional<PackFileMap> files =
        LanguagePackBuilder::collect(dir, parser.value(qm), &problems);
    if (!files) {
        printProblems(dir, problems, streams.err);
        return 1;
    }
    const LanguagePackLoadResult loaded = LanguagePackLoader(*base).loadFiles(*files);
    if (printProblems(dir, loaded.problems, streams.err) > 0 || !loaded.ok()) {
        streams.err << dir << ": not written: the language pack has errors\n";
        return 1;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(LanguagePackFile::serialize(*files)) < 0 ||
        !file.commit()) {
        streams.err << "faqpack langpack build: cannot write " << file.fileName() << ": "
                    << file.errorString() << '\n';
        return 1;
    }
    streams.out << file.fileName() << ": " << files->size() << " files, "
                << loaded.translated->coveragePercent() << "% translated\n";
    return 0;
}

int runInfo(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Describe a language pack (.prpack file or folder): language, base pack, "
                       "translator, review, coverage, stale entries and problems."));
    parser.addPositionalArgument(QStringLiteral("PACK"),
                                 QStringLiteral("A .prpack file or a language pack folder."));
    parser.addOption(baseOption());
    const QCommandLineOption hashes(
        QStringLiteral("source-hashes"),
        QStringLiteral("Also print the current \"sourceHash\" of "
                       "every base entry, for updating a translation."));
    parser.addOption(hashes);
    if (!parseArguments(parser, QStringLiteral("langpack info"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        streams.err << "faqpack langpack info: give one .prpack file or folder\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Pack> base = loadPack(parser, streams, QStringLiteral("base"));
    if (!base)
        return 1;
    const LanguagePackLoadResult loaded = LanguagePackLoader(*base).load(path);
    if (loaded.translated)
        printInfo(*loaded.translated, *base, streams.out);
    const int errors = printProblems(path, loaded.problems, streams.out);
    if (!loaded.ok())
        streams.out << path << ": not a usable language pack (" << errors << " errors)\n";
    if (parser.isSet(hashes)) {
        streams.out << "\nSource hashes of " << base->manifest().id << ' '
                    << base->manifest().version << ":\n";
        for (const Entry &entry : base->entries())
            streams.out << entry.id << '\t' << sourceHash(entry) << '\n';
    }
    return loaded.ok() ? 0 : 1;
}

} // namespace

int runLangpack(const QStringList &arguments, Streams streams) {
    const QString usage = QStringLiteral(
        "Usage: faqpack langpack build DIR -o FILE.prpack [--interface TS] [--base DIR]\n"
        "       faqpack langpack info FILE.prpack|DIR [--base DIR] [--source-hashes]\n");
    if (arguments.isEmpty()) {
        streams.err << usage;
        return 2;
    }
    const QString action = arguments.constFirst();
    if (action == QLatin1String("build"))
        return runBuild(arguments.mid(1), streams);
    if (action == QLatin1String("info"))
        return runInfo(arguments.mid(1), streams);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        streams.out << usage;
        return 0;
    }
    streams.err << "faqpack langpack: unknown action \"" << action << "\"\n" << usage;
    return 2;
}

} // namespace pr::cli
