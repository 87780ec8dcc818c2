// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translationextractor.h"

#include "protectedtokens.h"

#include <QRegularExpression>

namespace pr {
namespace {

QString keepNote(const QString &text) {
    QStringList tokens;
    for (const ProtectedToken &token : protectedTokens(text))
        tokens.append(token.text);
    if (tokens.isEmpty())
        return {};
    return QStringLiteral("\nDo not translate; keep exactly as it is: %1")
        .arg(tokens.join(QStringLiteral("  ")));
}

class UnitList {
public:
    explicit UnitList(QList<TranslationUnit> *units)
        : m_units(units) {}

    void add(const QString &id, const QString &source, const QString &where,
             const QString &location) {
        if (source.trimmed().isEmpty())
            return;
        TranslationUnit unit;
        unit.id = id;
        unit.source = source;
        unit.note = where + keepNote(source);
        unit.location = location;
        m_units->append(unit);
    }

private:
    QList<TranslationUnit> *m_units;
};

} // namespace

TranslationCatalog TranslationExtractor::extract(const Pack &base, const HelpDirectory &help) {
    const Manifest &m = base.manifest();
    TranslationCatalog catalog;
    catalog.baseId = m.id;
    catalog.baseVersion = m.version;
    catalog.sourceLanguage = m.language;
    UnitList units(&catalog.units);
    const QString manifestFile = QStringLiteral("manifest.json");
    units.add(QStringLiteral("pack/title"), m.title,
              QStringLiteral("The title of the FAQ: at the top of every page, as the heading of "
                             "the \"All questions\" page, in the window title and in Help > "
                             "About Patient Reader."),
              manifestFile);
    units.add(QStringLiteral("pack/subtitle"), m.subtitle,
              QStringLiteral("The subtitle of the FAQ: after the title at the top of every page, "
                             "and under it on the \"All questions\" page."),
              manifestFile);
    units.add(QStringLiteral("pack/publisher"), m.publisher,
              QStringLiteral("Who publishes the FAQ: in the note above every answer (\"This "
                             "answer is the publisher's text...\"), at the foot of every page, in "
                             "the status bar and in Help > About Patient Reader."),
              manifestFile);
    units.add(QStringLiteral("pack/attribution"), m.attribution,
              QStringLiteral("Where the text comes from: the last line at the foot of every "
                             "page."),
              manifestFile);
    units.add(QStringLiteral("pack/disclaimer"), m.disclaimer,
              QStringLiteral("The medical disclaimer: above every answer, and at the foot of "
                             "the other pages. Translate it faithfully; do not soften or "
                             "strengthen it."),
              manifestFile);

    for (const Entry &entry : base.entries()) {
        const QString prefix = QStringLiteral("entry/%1/").arg(entry.id);
        const QString answerFile = QStringLiteral("answers/%1.md").arg(entry.id);
        units.add(prefix + QStringLiteral("question"), entry.question,
                  QStringLiteral("The question of entry \"%1\": the heading of its page, its line "
                                 "in the list of questions and on the \"All questions\" page, "
                                 "and the name of the links to it from other answers.")
                      .arg(entry.id),
                  QStringLiteral("entries.json"));
        const QStringList paras = paragraphs(entry.answerMarkdown);
        for (qsizetype i = 0; i < paras.size(); ++i)
            units.add(prefix + QStringLiteral("answer/%1").arg(i + 1), paras.at(i),
                      QStringLiteral("Paragraph %1 of %2 of the answer to \"%3\" (Markdown: keep "
                                     "*, [text](target) and [@key] markup).")
                          .arg(i + 1)
                          .arg(paras.size())
                          .arg(entry.question),
                      answerFile);
        for (qsizetype i = 0; i < entry.seeAlso.size(); ++i)
            units.add(prefix + QStringLiteral("see/%1").arg(i + 1), entry.seeAlso.at(i).label,
                      QStringLiteral("See-label %1 under the answer to \"%2\": the name of a "
                                     "related topic.")
                          .arg(i + 1)
                          .arg(entry.question),
                      QStringLiteral("entries.json"));
    }

    for (qsizetype i = 0; i < base.synonyms().size(); ++i)
        units.add(QStringLiteral("synonyms/%1").arg(i + 1), joinSynonyms(base.synonyms().at(i)),
                  QStringLiteral("Search synonyms, group %1: words a reader may type for the same "
                                 "thing, separated by commas. Write the words your translation "
                                 "uses and the everyday words of your language; do not translate "
                                 "word for word. Leave empty to have no such group.")
                      .arg(i + 1),
                  QStringLiteral("synonyms.json"));

    for (const auto &[id, text] : help.translatableTexts())
        units.add(id, text,
                  QStringLiteral("The notice shown at the top when a search or an answer touches "
                                 "suicide, self-harm or overdose (%1). Write calmly and plainly, "
                                 "as a help line in your language would; keep every phone number "
                                 "and address exactly as it is.")
                      .arg(id),
                  QStringLiteral("help.json"));
    return catalog;
}

QStringList TranslationExtractor::paragraphs(const QString &markdown) {
    QString text = markdown;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    QStringList result;
    for (const QString &block : text.split(blankLines)) {
        const QString trimmed = block.trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QString TranslationExtractor::joinParagraphs(const QStringList &paragraphs) {
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString TranslationExtractor::joinSynonyms(const QStringList &group) {
    return group.join(QStringLiteral(", "));
}

QStringList TranslationExtractor::splitSynonyms(const QString &text) {
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(','))) {
        const QString trimmed = word.trimmed();
        if (!trimmed.isEmpty())
            words.append(trimmed);
    }
    return words;
}

} // namespace pr
