// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "content/languagepackfile.h"
#include "content/packreader.h"
#include "system/regularfile.h"
#include "translation/languagepackloader.h"
#include "translation/pofile.h"
#include "translation/translationextractor.h"
#include "translation/translationimporter.h"
#include "translation/translationupdater.h"
#include "translation/xlifffile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pr::cli {
namespace {

enum class Format { Po, Xliff };

// The largest translation file read: several times the largest pack's text.
constexpr qint64 kMaxTranslationFileBytes = 64 * 1024 * 1024;

int printProblems(const QString &dir, const PackProblems &problems, QTextStream &out) {
    int errors = 0;
    for (const PackProblem &problem : problems) {
        // Problems of the translation file carry its path; those of the pack, a file inside it.
        out << (QFileInfo(problem.file).isAbsolute() || dir.isEmpty() ? QString()
                                                                      : dir + QLatin1Char('/'))
            << problem.toString() << '\n';
        errors += problem.isError() ? 1 : 0;
    }
    return errors;
}

Format formatOfFile(const QString &path, const QByteArray &bytes) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlf") || suffix == QLatin1String("xliff"))
        return Format::Xliff;
    if (suffix == QLatin1String("po") || suffix == QLatin1String("pot"))
        return Format::Po;
    return bytes.trimmed().startsWith("<") ? Format::Xliff : Format::Po;
}

std::optional<TranslationCatalog> readTranslation(const QString &path, PackProblems *problems) {
    // A regular file within the limit, never a FIFO or a device behind a link.
    FileProblem problem;
    const std::optional<QByteArray> bytes =
        RegularFile::read(path, kMaxTranslationFileBytes, &problem);
    if (!bytes) {
        problems->append({PackProblem::Severity::Error, path, 0, problem.what});
        return std::nullopt;
    }
    return formatOfFile(path, *bytes) == Format::Xliff ? XliffFile::read(*bytes, path, problems)
                                                       : PoFile::read(*bytes, path, problems);
}

bool writeFile(const QString &path, const QByteArray &bytes, Streams streams) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        streams.err << "faqpack: cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

bool writeFolder(const QString &dir, const PackFileMap &files, Streams streams) {
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(dir).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).path())) {
            streams.err << "faqpack import: cannot make the folder " << QFileInfo(path).path()
                        << '\n';
            return false;
        }
        if (!writeFile(path, it.value(), streams))
            return false;
    }
    return true;
}

void printCheck(const QString &path, const TranslationCheck &check, QTextStream &out) {
    const int errors = printProblems({}, check.problems, out);
    out << "Coverage:     " << check.translated.size() << " of " << check.total()
        << " texts translated (" << check.coveragePercent() << "%)\n";
    out << "Fuzzy:        " << listOrNone(check.fuzzy) << '\n';
    out << "Outdated:     " << listOrNone(check.outdated) << '\n';
    out << "Untranslated: " << listOrNone(check.untranslated) << '\n';
    out << "Mismatched:   " << listOrNone(check.mismatched) << '\n';
    out << path << ": " << errors << " errors\n";
}

QByteArray checkJson(const QString &path, const TranslationCheck &check) {
    QJsonArray problems;
    for (const PackProblem &p : check.problems)
        problems.append(
            QJsonObject{{QStringLiteral("severity"),
                         p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("file"), p.file},
                        {QStringLiteral("line"), p.line},
                        {QStringLiteral("message"), p.message}});
    const QJsonObject report{
        {QStringLiteral("file"), path},
        {QStringLiteral("total"), check.total()},
        {QStringLiteral("translated"), int(check.translated.size())},
        {QStringLiteral("coveragePercent"), check.coveragePercent()},
        {QStringLiteral("fuzzy"), QJsonArray::fromStringList(check.fuzzy)},
        {QStringLiteral("outdated"), QJsonArray::fromStringList(check.outdated)},
        {QStringLiteral("untranslated"), QJsonArray::fromStringList(check.untranslated)},
        {QStringLiteral("mismatched"), QJsonArray::fromStringList(check.mismatched)},
        {QStringLiteral("problems"), problems}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace

int runExport(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a translation file (gettext PO or XLIFF 1.2) with every text of a pack, for "
        "translators; or bring an existing one up to date with the pack (--update)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("po or xliff; by default the format of the "
                                                   "-o or --update file's name, else po."),
                                    QStringLiteral("FORMAT"), QStringLiteral("po"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The language to translate into (es, pt-BR)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The pack to translate (a folder); the bundled "
                                                 "pack without it."),
                                  QStringLiteral("PACK"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write; standard output without "
                                                   "it."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption update(
        QStringLiteral("update"),
        QStringLiteral("Keep the translations of EXISTING; mark those whose source changed "
                       "fuzzy; add new texts; drop removed ones."),
        QStringLiteral("EXISTING"));
    parser.addOptions({format, lang, from, output, update});
    if (!parseArguments(parser, QStringLiteral("export"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    // Without --format, the format of the file written or updated, so that "--update es.xlf
    // -o es.xlf" keeps it XLIFF.
    QString formatName = parser.value(format).toLower();
    const QString named = parser.isSet(output) ? parser.value(output) : parser.value(update);
    if (!parser.isSet(format) && !named.isEmpty())
        formatName = formatOfFile(named, {}) == Format::Xliff ? QStringLiteral("xliff")
                                                              : QStringLiteral("po");
    if (formatName != QLatin1String("po") && formatName != QLatin1String("xliff")) {
        streams.err << "faqpack export: --format is po or xliff\n";
        return 2;
    }
    const std::optional<Pack> base = loadPack(parser, streams, QStringLiteral("from"));
    if (!base)
        return 1;
    TranslationCatalog catalog = TranslationExtractor::extract(*base);
    catalog.language = parser.value(lang);
    if (parser.isSet(update)) {
        PackProblems problems;
        const std::optional<TranslationCatalog> existing =
            readTranslation(parser.value(update), &problems);
        if (printProblems({}, problems, streams.err) > 0 || !existing)
            return 1;
        TranslationUpdater::Summary summary;
        catalog = TranslationUpdater::update(*existing, catalog, &summary);
        streams.err << parser.value(update) << ": " << summary.kept << " kept, " << summary.changed
                    << " changed (now fuzzy), " << summary.added << " new, " << summary.removed
                    << " removed\n";
    }
    const QByteArray bytes =
        formatName == QLatin1String("xliff") ? XliffFile::write(catalog) : PoFile::write(catalog);
    if (!parser.isSet(output)) {
        streams.out << QString::fromUtf8(bytes);
        return 0;
    }
    return writeFile(parser.value(output), bytes, streams) ? 0 : 1;
}

int runImport(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Make a language pack from a filled translation file (PO or XLIFF): a folder, or a "
        ".prpack file when the output ends in .prpack. Untranslated and fuzzy texts fall back "
        "to the base language (see docs/translators-guide.md); a translation that changes a "
        "link, a citation key or a placeholder is refused."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The translation file (.po or .xlf)."));
    const QCommandLineOption base(QStringLiteral("base"),
                                  QStringLiteral("The pack it translates (a folder); the bundled "
                                                 "pack without it."),
                                  QStringLiteral("PACK"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The language pack folder, or FILE.prpack."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("The language, when the file does not say it."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption translator(QStringLiteral("translator"),
                                        QStringLiteral("Who translated it (truthfully)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("The translation's version (default: the "
                                                    "base version + \"-LANG.1\")."),
                                     QStringLiteral("VERSION"));
    const QCommandLineOption checkOnly(QStringLiteral("check"),
                                       QStringLiteral("Only report coverage and problems; write "
                                                      "nothing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("With --check: print the report as JSON."));
    parser.addOptions({base, output, lang, translator, version, checkOnly, json});
    if (!parseArguments(parser, QStringLiteral("import"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1 ||
        (!parser.isSet(output) && !parser.isSet(checkOnly))) {
        streams.err << "faqpack import: give one translation file and -o DIR|FILE.prpack\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Pack> basePack = loadPack(parser, streams, QStringLiteral("base"));
    if (!basePack)
        return 1;
    PackProblems problems;
    const std::optional<TranslationCatalog> catalog = readTranslation(path, &problems);
    if (!catalog) {
        printProblems({}, problems, streams.err);
        return 1;
    }
    // One verdict for --check and -o: what the file's reader found, the units, the header,
    // and the language pack made, loaded as the reader loads it.
    const TranslationImporter::Options options{parser.value(lang), parser.value(translator),
                                               parser.value(version)};
    TranslationImport verdict = TranslationImporter::importFile(*basePack, *catalog, options, path);
    verdict.problems = problems + verdict.problems;
    if (parser.isSet(checkOnly)) {
        TranslationCheck check = verdict.check;
        check.problems = verdict.problems;
        if (parser.isSet(json))
            streams.out << QString::fromUtf8(checkJson(path, check));
        else
            printCheck(path, check, streams.out);
        return verdict.ok() && !hasErrors(check.problems) ? 0 : 1;
    }
    const QString out = parser.value(output);
    printProblems({}, verdict.problems, streams.err);
    if (!verdict.ok() || hasErrors(verdict.problems)) {
        streams.err << path << ": no language pack made: the translation has errors\n";
        return 1;
    }
    const PackFileMap &files = *verdict.files;
    const bool single = out.endsWith(QLatin1String(".prpack"));
    if (single ? !writeFile(out, LanguagePackFile::serialize(files), streams)
               : !writeFolder(out, files, streams))
        return 1;
    streams.out << out << ": " << verdict.translated->translatedEntries.size() << " of "
                << verdict.translated->pack.entries().size() << " entries translated ("
                << verdict.check.coveragePercent() << "% of the texts)\n";
    return 0;
}

} // namespace pr::cli
