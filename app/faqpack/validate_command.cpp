// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "content/packreader.h"
#include "search/searchindex.h"
#include "system/regularfile.h"
#include "translation/languagepackloader.h"
#include "translation/translationnotices.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pr::cli {

int runImport(const QStringList &arguments, Streams streams);

namespace {

bool isTranslationFile(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("po") || suffix == QLatin1String("xlf") ||
           suffix == QLatin1String("xliff");
}

// A language pack: a .prpack file, or a folder whose manifest names the pack it translates.
bool isLanguagePack(const QString &path) {
    if (QFileInfo(path).suffix() == QLatin1String("prpack"))
        return true;
    if (!QFileInfo(path).isDir())
        return false;
    FileProblem problem;
    const std::optional<QByteArray> manifest =
        RegularFile::readInside(path, QStringLiteral("manifest.json"), 4 * 1024 * 1024, &problem);
    return manifest && QJsonDocument::fromJson(*manifest).object().contains(QLatin1String("base"));
}

QJsonArray problemsAsJson(const PackProblems &problems) {
    QJsonArray array;
    for (const PackProblem &p : problems)
        array.append(
            QJsonObject{{QStringLiteral("severity"),
                         p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("file"), p.file},
                        {QStringLiteral("line"), p.line},
                        {QStringLiteral("message"), p.message}});
    return array;
}

// Synonym groups that cannot lead a reader to an answer about them: in no entry (a topic the
// pack does not answer: search then says so), or matching an entry only through a word of the
// same stem that is not one of the group's words (such entries are never listed for it).
void reviewSynonyms(const Pack &pack, PackProblems *problems) {
    if (pack.synonyms().isEmpty())
        return;
    const SearchIndex index(pack);
    const QString file = QStringLiteral("synonyms.json");
    const QString language = pack.manifest().language;
    for (const SearchIndex::SynonymGroupReview &review : index.reviewSynonyms()) {
        const QString group = QStringLiteral("group %1 (\"%2\", %3)")
                                  .arg(review.group + 1)
                                  .arg(review.firstPhrase, language);
        if (review.leadsNowhere)
            problems->append({PackProblem::Severity::Warning, file, 0,
                              QStringLiteral("%1 leads nowhere: no answer mentions any of its "
                                             "words, so search tells a reader who uses them that "
                                             "this FAQ does not answer that")
                                  .arg(group)});
        for (const QString &entry : review.unmentionedIn)
            problems->append({PackProblem::Severity::Warning, file, 0,
                              QStringLiteral("%1 leads to \"%2\", which does not mention it (it "
                                             "shares only a word stem): add the word the answer "
                                             "uses if it means the same, or leave the group's "
                                             "word out")
                                  .arg(group, entry)});
    }
}

} // namespace

int runValidate(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a pack folder, a language pack (folder or .prpack) or a translation "
                       "file (.po, .xlf) and print every problem as FILE:LINE: error|warning: "
                       "MESSAGE. For translations it also reports coverage, untranslated and "
                       "stale entries, text direction and review status."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("What to check."));
    const QCommandLineOption strict(QStringLiteral("warnings-as-errors"),
                                    QStringLiteral("Exit non-zero on warnings too."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print one JSON object for tools."));
    const QCommandLineOption base(QStringLiteral("base"),
                                  QStringLiteral("The pack a translation translates (a folder); "
                                                 "the bundled pack without it."),
                                  QStringLiteral("PACK"));
    parser.addOptions({strict, json, base});
    if (!parseArguments(parser, QStringLiteral("validate"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        streams.err << "faqpack validate: give exactly one pack folder, language pack or "
                       "translation file\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();

    if (isTranslationFile(path)) {
        QStringList importArguments{path, QStringLiteral("--check")};
        if (parser.isSet(json))
            importArguments.append(QStringLiteral("--json"));
        if (parser.isSet(base))
            importArguments << QStringLiteral("--base") << parser.value(base);
        return runImport(importArguments, streams);
    }

    PackProblems problems;
    QJsonObject report{{QStringLiteral("path"), path}};
    if (isLanguagePack(path)) {
        const QString baseDir =
            parser.isSet(base) ? parser.value(base) : PackReader::bundledPackPath();
        const PackReadResult basePack = PackReader().read(baseDir);
        if (!basePack.ok()) {
            streams.err << "faqpack validate: the base pack " << baseDir << " cannot be read\n";
            return 1;
        }
        const LanguagePackLoadResult result = LanguagePackLoader(*basePack.pack).load(path);
        problems = result.problems;
        if (result.translated) {
            const TranslatedPack &t = *result.translated;
            const Manifest &m = t.pack.manifest();
            const Qt::LayoutDirection expected = QLocale(m.language).textDirection();
            if (expected != m.direction)
                problems.append(
                    {PackProblem::Severity::Warning, QStringLiteral("manifest.json"), 0,
                     QStringLiteral("\"direction\" is \"%1\" but %2 is written %3")
                         .arg(m.directionKey(), m.language,
                              expected == Qt::RightToLeft ? QStringLiteral("right to left")
                                                          : QStringLiteral("left to right"))});
            for (const QString &id : t.staleEntries)
                problems.append({PackProblem::Severity::Warning, QStringLiteral("entries.json"), 0,
                                 QStringLiteral("entry \"%1\" was translated from an older "
                                                "source text")
                                     .arg(id)});
            reviewSynonyms(t.pack, &problems);
            report.insert(QStringLiteral("language"), m.language);
            report.insert(QStringLiteral("coveragePercent"), t.coveragePercent());
            report.insert(QStringLiteral("untranslated"),
                          QJsonArray::fromStringList(t.untranslatedEntries));
            report.insert(QStringLiteral("stale"), QJsonArray::fromStringList(t.staleEntries));
            report.insert(QStringLiteral("review"),
                          m.translation ? TranslationNotices::reviewStatus(*m.translation, m.trust)
                                        : QString());
            if (!parser.isSet(json)) {
                streams.out << path << ": " << m.language << ", " << t.coveragePercent()
                            << "% translated";
                if (!t.untranslatedEntries.isEmpty())
                    streams.out << "; untranslated: " << t.untranslatedEntries.join(u", ");
                if (!t.staleEntries.isEmpty())
                    streams.out << "; stale: " << t.staleEntries.join(u", ");
                streams.out << '\n';
                if (m.translation)
                    streams.out << path << ": "
                                << TranslationNotices::reviewStatus(*m.translation, m.trust)
                                << '\n';
            }
        }
    } else {
        const PackReadResult result = PackReader().read(path);
        problems = result.problems;
        if (result.pack) {
            reviewSynonyms(*result.pack, &problems);
            report.insert(QStringLiteral("entries"), int(result.pack->entries().size()));
            report.insert(QStringLiteral("references"), int(result.pack->references().size()));
        }
    }

    int errors = 0;
    int warnings = 0;
    for (const PackProblem &problem : problems)
        problem.isError() ? ++errors : ++warnings;
    if (parser.isSet(json)) {
        report.insert(QStringLiteral("errors"), errors);
        report.insert(QStringLiteral("warnings"), warnings);
        report.insert(QStringLiteral("problems"), problemsAsJson(problems));
        streams.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        for (const PackProblem &problem : problems)
            streams.out << path << '/' << problem.toString() << '\n';
        streams.out << path << ": " << (errors > 0 ? "not valid" : "valid") << " (" << errors
                    << " errors, " << warnings << " warnings)\n";
    }
    const bool failed = errors > 0 || (parser.isSet(strict) && warnings > 0);
    return failed ? 1 : 0;
}

} // namespace pr::cli
