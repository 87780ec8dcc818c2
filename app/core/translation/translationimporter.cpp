// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translationimporter.h"

#include "languagepackloader.h"
#include "protectedtokens.h"
#include "sourcehash.h"
#include "translationextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace pr {
namespace {

// The usable translations by unit id, from a check.
class UsableTexts {
public:
    UsableTexts(const TranslationCatalog &translation, const TranslationCheck &check) {
        const QHash<QString, const TranslationUnit *> units = translation.unitsById();
        for (const QString &id : check.translated)
            m_texts.insert(id, units.value(id)->target);
    }

    bool has(const QString &id) const { return m_texts.contains(id); }
    QString value(const QString &id, const QString &fallback) const {
        return m_texts.value(id, fallback);
    }

private:
    QHash<QString, QString> m_texts;
};

QJsonObject manifestJson(const Manifest &base, const UsableTexts &texts, const QString &language,
                         const QString &translator, const QString &version) {
    const auto text = [&](const char *id, const QString &fallback) {
        return texts.value(QStringLiteral("pack/") + QLatin1String(id), fallback);
    };
    QJsonObject m;
    m.insert(QStringLiteral("format"), base.format);
    m.insert(QStringLiteral("id"), base.id);
    m.insert(QStringLiteral("title"), text("title", base.title));
    if (!base.subtitle.isEmpty())
        m.insert(QStringLiteral("subtitle"), text("subtitle", base.subtitle));
    m.insert(QStringLiteral("language"), language);
    m.insert(QStringLiteral("direction"), QLocale(language).textDirection() == Qt::RightToLeft
                                              ? QStringLiteral("rtl")
                                              : QStringLiteral("ltr"));
    m.insert(QStringLiteral("version"), version);
    m.insert(QStringLiteral("publisher"), text("publisher", base.publisher));
    m.insert(QStringLiteral("sourceUrl"), base.sourceUrl);
    m.insert(QStringLiteral("lastReviewed"),
             base.lastReviewed.isValid() ? QJsonValue(base.lastReviewed.toString(Qt::ISODate))
                                         : QJsonValue(QJsonValue::Null));
    if (base.editionDate.isValid())
        m.insert(QStringLiteral("editionDate"), base.editionDate.toString(Qt::ISODate));
    m.insert(QStringLiteral("citationStyle"), base.citationStyle);
    if (!base.attribution.isEmpty())
        m.insert(QStringLiteral("attribution"), text("attribution", base.attribution));
    if (!base.disclaimer.isEmpty())
        m.insert(QStringLiteral("disclaimer"), text("disclaimer", base.disclaimer));
    m.insert(QStringLiteral("base"), QJsonObject{{QStringLiteral("id"), base.id},
                                                 {QStringLiteral("version"), base.version}});
    m.insert(QStringLiteral("translator"), translator);
    // Only a clinician can say a translation is checked; a translation file cannot.
    m.insert(QStringLiteral("review"),
             QJsonObject{{QStringLiteral("status"), QStringLiteral("not-reviewed")}});
    return m;
}

bool entryIsComplete(const Entry &entry, const UsableTexts &texts) {
    const QString prefix = QStringLiteral("entry/%1/").arg(entry.id);
    if (!texts.has(prefix + QStringLiteral("question")))
        return false;
    const qsizetype paragraphs = TranslationExtractor::paragraphs(entry.answerMarkdown).size();
    for (qsizetype i = 1; i <= paragraphs; ++i) {
        if (!texts.has(prefix + QStringLiteral("answer/%1").arg(i)))
            return false;
    }
    return true;
}

QJsonObject entryJson(const Entry &entry, const UsableTexts &texts, PackFileMap *files) {
    const QString prefix = QStringLiteral("entry/%1/").arg(entry.id);
    QStringList paragraphs = TranslationExtractor::paragraphs(entry.answerMarkdown);
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        paragraphs[i] = texts.value(prefix + QStringLiteral("answer/%1").arg(i + 1), {});
    const QString answerFile = QStringLiteral("answers/%1.md").arg(entry.id);
    files->insert(answerFile, TranslationExtractor::joinParagraphs(paragraphs).toUtf8());
    QJsonArray see;
    for (qsizetype i = 0; i < entry.seeAlso.size(); ++i) {
        const CrossReference &x = entry.seeAlso.at(i);
        // No "entry": the targets come from the base pack, and a target this language pack
        // leaves out would make the pack invalid.
        see.append(
            QJsonObject{{QStringLiteral("label"),
                         texts.value(prefix + QStringLiteral("see/%1").arg(i + 1), x.label)}});
    }
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("question"), texts.value(prefix + QStringLiteral("question"), {})},
        {QStringLiteral("answer"), answerFile},
        {QStringLiteral("sourceHash"), sourceHash(entry)},
        {QStringLiteral("see"), see}};
}

QByteArray toJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

TranslationCheck TranslationImporter::check(const Pack &base, const TranslationCatalog &translation,
                                            const QString &fileName) {
    TranslationCheck result;
    const TranslationCatalog current = TranslationExtractor::extract(base);
    QSet<QString> known;
    const QHash<QString, const TranslationUnit *> translated = translation.unitsById();
    for (const TranslationUnit &source : current.units) {
        known.insert(source.id);
        const TranslationUnit *unit = translated.value(source.id);
        if (!unit || unit->target.isEmpty()) {
            result.untranslated.append(source.id);
            continue;
        }
        if (unit->fuzzy) {
            result.fuzzy.append(source.id);
            continue;
        }
        if (unit->source != source.source) {
            result.outdated.append(source.id);
            continue;
        }
        // Only a translation that would be used must keep the protected parts: a fuzzy or
        // outdated one is not used, and its source may have changed them.
        const QString mismatch = protectedTokenMismatch(source.source, unit->target);
        if (mismatch.isEmpty()) {
            result.translated.append(source.id);
            continue;
        }
        result.mismatched.append(source.id);
        result.problems.append(
            {PackProblem::Severity::Error, fileName, unit->line,
             QStringLiteral("unit \"%1\": the translation must keep the source's links, "
                            "citation keys and placeholders as they are: %2")
                 .arg(source.id, mismatch)});
    }
    for (const TranslationUnit &unit : translation.units) {
        if (!known.contains(unit.id))
            result.problems.append(
                {PackProblem::Severity::Warning, fileName, unit.line,
                 QStringLiteral("unit \"%1\" is not in version %2 of \"%3\" "
                                "and is ignored")
                     .arg(unit.id, base.manifest().version, base.manifest().id)});
    }
    if (!result.outdated.isEmpty())
        result.problems.append(
            {PackProblem::Severity::Warning, fileName, 0,
             QStringLiteral("%1 units were translated from another version of the source text "
                            "and are not used; update the file with \"faqpack export --update\": "
                            "%2")
                 .arg(result.outdated.size())
                 .arg(result.outdated.join(QStringLiteral(", ")))});
    return result;
}

PackProblems TranslationImporter::headerProblems(const TranslationCatalog &translation,
                                                 const Options &options, const QString &fileName) {
    PackProblems problems;
    const bool po = translation.format == TranslationCatalog::Format::Po;
    const int line = translation.headerLine;
    if (options.language.isEmpty() && translation.language.isEmpty())
        problems.append(
            {PackProblem::Severity::Error, fileName, line,
             po ? QStringLiteral("the header field \"Language\" is empty: put the code of the "
                                 "language translated into there (for example \"Language: "
                                 "es\" or \"Language: pt-BR\"), or give --lang")
                : QStringLiteral("<file> has no \"target-language\": add the code of the "
                                 "language translated into (for example "
                                 "target-language=\"es\"), or give --lang")});
    if (options.translator.isEmpty() && translation.translator.isEmpty()) {
        QString message;
        if (!po)
            message = QStringLiteral("XLIFF has no field saying who translated the file: give "
                                     "--translator \"NAME\" (a person, a team, or \"machine "
                                     "translation, not checked\")");
        else if (translation.translatorPlaceholder.isEmpty())
            message = QStringLiteral(
                "the header field \"Last-Translator\" is missing or empty: put who translated "
                "the file there (for example \"Last-Translator: Ana García "
                "<ana@example.org>\", or \"machine translation, not checked\"), or give "
                "--translator");
        else
            message = QStringLiteral("the header field \"Last-Translator\" still says \"%1\": "
                                     "replace it with who translated the file (for example "
                                     "\"Last-Translator: Ana García <ana@example.org>\", or "
                                     "\"machine translation, not checked\"), or give "
                                     "--translator")
                          .arg(translation.translatorPlaceholder);
        problems.append({PackProblem::Severity::Error, fileName, line, message});
    }
    return problems;
}

TranslationImport TranslationImporter::importFile(const Pack &base,
                                                  const TranslationCatalog &translation,
                                                  const Options &options, const QString &fileName) {
    TranslationImport result;
    result.files = build(base, translation, options, fileName, &result.problems, &result.check);
    if (!result.files)
        return result;
    const QJsonArray entries =
        QJsonDocument::fromJson(result.files->value(QStringLiteral("entries.json")))
            .object()
            .value(QLatin1String("entries"))
            .toArray();
    if (entries.isEmpty()) {
        result.problems.append(
            {PackProblem::Severity::Error, fileName, 0,
             QStringLiteral("no entry is translated in full (its question and every paragraph "
                            "of its answer, none of them fuzzy): a language pack needs at least "
                            "one, so none is made")});
        result.files.reset();
        return result;
    }
    // The pack made is checked as the reader will check it: what it finds is part of the verdict.
    LanguagePackLoadResult loaded = LanguagePackLoader(base).loadFiles(*result.files);
    result.problems.append(loaded.problems);
    if (!loaded.ok()) {
        result.files.reset();
        return result;
    }
    result.translated = std::move(loaded.translated);
    return result;
}

std::optional<PackFileMap>
TranslationImporter::build(const Pack &base, const TranslationCatalog &translation,
                           const Options &options, const QString &fileName, PackProblems *problems,
                           TranslationCheck *checked) {
    const TranslationCheck result = check(base, translation, fileName);
    if (checked)
        *checked = result;
    problems->append(result.problems);
    const Manifest &m = base.manifest();
    const QString language = options.language.isEmpty() ? translation.language : options.language;
    const QString translator =
        options.translator.isEmpty() ? translation.translator : options.translator;
    problems->append(headerProblems(translation, options, fileName));
    if (hasErrors(*problems))
        return std::nullopt;

    const UsableTexts texts(translation, result);
    const QString version = options.version.isEmpty()
                                ? QStringLiteral("%1-%2.1").arg(m.version, language)
                                : options.version;
    PackFileMap files;
    files.insert(QStringLiteral("manifest.json"),
                 toJson(manifestJson(m, texts, language, translator, version)));
    QJsonArray entries;
    for (const Entry &entry : base.entries()) {
        if (entryIsComplete(entry, texts))
            entries.append(entryJson(entry, texts, &files));
    }
    files.insert(QStringLiteral("entries.json"),
                 toJson(QJsonObject{{QStringLiteral("entries"), entries}}));
    QJsonArray groups;
    for (qsizetype i = 0; i < base.synonyms().size(); ++i) {
        const QStringList words = TranslationExtractor::splitSynonyms(
            texts.value(QStringLiteral("synonyms/%1").arg(i + 1), {}));
        if (!words.isEmpty())
            groups.append(QJsonArray::fromStringList(words));
    }
    if (!groups.isEmpty())
        files.insert(QStringLiteral("synonyms.json"),
                     toJson(QJsonObject{{QStringLiteral("groups"), groups}}));
    QJsonObject help;
    for (const auto &[id, source] : HelpDirectory::bundled().translatableTexts()) {
        if (texts.has(id))
            help.insert(id, texts.value(id, source));
    }
    if (!help.isEmpty())
        files.insert(QStringLiteral("help.json"),
                     toJson(QJsonObject{{QStringLiteral("texts"), help}}));
    return files;
}

} // namespace pr
