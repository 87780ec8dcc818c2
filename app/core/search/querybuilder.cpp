// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "querybuilder.h"

#include "queryplan.h"
#include "querytokenizer.h"
#include "stemmer.h"
#include "synonymtable.h"
#include "vocabulary.h"

#include <numeric>

namespace pr {

// The typed words after typo correction, with their stems.
struct CorrectedWords {
    QList<QueryWord> words;
    QStringList stems;
    QList<bool> common; // a common word ("does", "it"): no topic of its own
    QString suggestion; // the typed text with the corrections; empty if there were none
};

// Which topic each typed word belongs to: its own, or one shared with the words of a synonym
// phrase it is part of ("side effects"); and which topic each matched group joins.
class TopicMap {
public:
    explicit TopicMap(qsizetype wordCount)
        : m_ofWord(wordCount)
        , m_next(int(wordCount)) {
        std::iota(m_ofWord.begin(), m_ofWord.end(), 0);
    }
    void join(const SynonymTable::Match &match) {
        const int target = m_ofWord.at(match.firstWord);
        for (qsizetype k = match.firstWord; k < match.firstWord + match.wordCount; ++k)
            relabel(m_ofWord.at(k), target);
        if (m_ofGroup.contains(match.group))
            relabel(m_ofGroup.value(match.group), target);
        m_ofGroup.insert(match.group, target);
    }
    int ofWord(qsizetype i) const { return m_ofWord.at(i); }
    int ofGroup(int group) const { return m_ofGroup.value(group); }
    int newTopic() { return m_next++; }

private:
    void relabel(int from, int to) {
        std::replace(m_ofWord.begin(), m_ofWord.end(), from, to);
        for (auto it = m_ofGroup.begin(); it != m_ofGroup.end(); ++it) {
            if (it.value() == from)
                it.value() = to;
        }
    }
    QList<int> m_ofWord;
    QHash<int, int> m_ofGroup;
    int m_next;
};

namespace {

bool isLettersOnly(const QString &word) {
    return std::all_of(word.cbegin(), word.cend(),
                       [](QChar c) { return c.isLetter() || c.isMark(); });
}

bool containsDigit(const QString &word) {
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

// The letters of a word without its marks (Arabic short vowels, shadda) and tatweel: a
// "correction" that only adds or removes these is the word the reader typed.
QString withoutMarks(const QString &word) {
    QString letters;
    for (const QChar c : word) {
        if (!c.isMark() && c != QChar(0x0640))
            letters += c;
    }
    return letters;
}

} // namespace

QueryBuilder::QueryBuilder(Mode mode, const Stemmer &stemmer, const SynonymTable &synonyms,
                           const Vocabulary &vocabulary)
    : m_mode(mode)
    , m_stemmer(stemmer)
    , m_synonyms(synonyms)
    , m_vocabulary(vocabulary) {}

QString QueryBuilder::quoted(const QString &text) {
    QString inner = text;
    inner.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

FtsQuery QueryBuilder::build(const QString &typedText) const {
    return m_mode == Mode::Substrings ? buildSubstrings(typedText) : buildWords(typedText);
}

CorrectedWords QueryBuilder::correctedWords(const QString &typedText) const {
    CorrectedWords result;
    result.words = QueryTokenizer::split(typedText);
    QString corrected = typedText;
    qsizetype shift = 0;
    bool anyCorrected = false;
    for (QueryWord &word : result.words) {
        QString stem = m_stemmer.stem(word.folded);
        const bool common = m_vocabulary.isCommonWord(word.folded, stem);
        const bool known = common || m_synonyms.containsStem(stem) ||
                           m_vocabulary.isKnown(word.folded, stem, word.isPrefix);
        const QString replacement = known || !isLettersOnly(word.folded)
                                        ? QString()
                                        : m_vocabulary.closestWord(word.folded, word.isPrefix);
        if (!replacement.isEmpty() && replacement != word.folded) {
            const QString replacementStem = m_stemmer.stem(replacement);
            // The same word written otherwise is used, but never offered as "Did you mean".
            const bool sameWord =
                replacementStem == stem || withoutMarks(replacement) == withoutMarks(word.folded);
            if (!sameWord) {
                corrected.replace(word.start + shift, word.text.size(), replacement);
                shift += replacement.size() - word.text.size();
                anyCorrected = true;
            }
            word.text = replacement;
            word.folded = replacement;
            word.isPrefix = false;
            stem = replacementStem;
        }
        result.stems.append(stem);
        result.common.append(common);
    }
    if (anyCorrected)
        result.suggestion = corrected.simplified();
    return result;
}

void QueryBuilder::addTypedWords(const CorrectedWords &typed, const QList<bool> &inPhrase,
                                 TopicMap &topics, QueryPlan &plan) const {
    const QList<QueryWord> &words = typed.words;
    const QStringList &stems = typed.stems;
    QList<TermFrequency> frequencies; // of each word, or of the prefix for the typed word
    QList<bool> indexed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QueryWord &word = words.at(i);
        // A common word never matches on its own; a word inside a synonym phrase ("es seguro")
        // means what the phrase means, which its group asks for.
        const bool standsAlone = !typed.common.at(i) && !inPhrase.at(i);
        indexed.append(m_vocabulary.isIndexed(word.folded, stems.at(i), false));
        frequencies.append(m_vocabulary.frequencyOf(word.folded, stems.at(i)));
        if (standsAlone && indexed.at(i))
            plan.add({quoted(word.text), QStringLiteral("w:") + stems.at(i), topics.ofWord(i), 1.0,
                      frequencies.at(i)});
        const bool asPrefix = word.isPrefix && word.folded.size() >= 2 &&
                              m_vocabulary.isIndexed(word.folded, stems.at(i), true);
        if (asPrefix) {
            const TermFrequency prefixFrequency = m_vocabulary.frequencyOfPrefix(word.folded);
            if (standsAlone)
                plan.add({quoted(word.text) + QLatin1Char('*'), QStringLiteral("p:") + word.folded,
                          topics.ofWord(i), 1.0, prefixFrequency});
            if (!indexed.at(i))
                frequencies.last() = prefixFrequency;
        }
        if (i == 0 || !indexed.at(i - 1) || !(indexed.at(i) || asPrefix))
            continue;
        if (typed.common.at(i) && typed.common.at(i - 1))
            continue; // "does it" says nothing about a topic
        QueryPlan::Phrase pair{quoted(words.at(i - 1).text + QLatin1Char(' ') + word.text) +
                                   (asPrefix ? QStringLiteral("*") : QString()),
                               QStringLiteral("b:") + stems.at(i - 1) + QLatin1Char(' ') +
                                   (asPrefix ? word.folded + QLatin1Char('*') : stems.at(i)),
                               topics.newTopic(), kNeighbourPairWeight,
                               QueryPlan::lesser(frequencies.at(i - 1), frequencies.at(i))};
        pair.optional = true;
        plan.add(pair);
    }
}

void QueryBuilder::addCommonPhrase(const CorrectedWords &typed, QueryPlan &plan) const {
    QStringList texts;
    TermFrequency frequency{m_vocabulary.entryCount(), m_vocabulary.entryCount()};
    for (qsizetype i = 0; i < typed.words.size(); ++i) {
        const QueryWord &word = typed.words.at(i);
        const bool asPrefix = word.isPrefix && word.folded.size() >= 2;
        if (!m_vocabulary.isIndexed(word.folded, typed.stems.at(i), asPrefix))
            return;
        texts.append(word.text);
        frequency = QueryPlan::lesser(
            frequency, asPrefix ? m_vocabulary.frequencyOfPrefix(word.folded)
                                : m_vocabulary.frequencyOf(word.folded, typed.stems.at(i)));
    }
    // The words as they are, and while the last is typed also as a prefix (which matches
    // words only, not stems: "هلْ"* would miss "هل").
    const QString phrase = quoted(texts.join(QLatin1Char(' ')));
    const QString key = QStringLiteral("c:") + texts.join(QLatin1Char(' ')).toLower();
    // A one-letter prefix would make FTS5 merge the entries of every word with that letter.
    const QueryWord &last = typed.words.constLast();
    if (last.isPrefix && last.folded.size() >= 2)
        plan.add({phrase + QLatin1Char('*'), key + QLatin1Char('*'), 0, 1.0, frequency});
    plan.add({phrase, key, 0, 1.0, frequency});
}

bool QueryBuilder::isInIndex(int group) const {
    if (group < m_synonyms.foundInIndex().size())
        return m_synonyms.foundInIndex().at(group);
    // Without the index's word: a phrase all of whose words are indexed may be there.
    const QList<SynonymPhrase> &phrases = m_synonyms.group(group);
    return std::any_of(phrases.cbegin(), phrases.cend(), [&](const SynonymPhrase &phrase) {
        for (qsizetype k = 0; k < phrase.stems.size(); ++k) {
            if (!m_vocabulary.isIndexed(phrase.folded.at(k), phrase.stems.at(k), false))
                return false;
        }
        return true;
    });
}

QList<QueryTopic> QueryBuilder::topicsOf(const CorrectedWords &typed, const QList<bool> &inPhrase,
                                         const QList<SynonymTable::Match> &matches,
                                         const TopicMap &topics) const {
    QList<int> order;
    QHash<int, QueryTopic> byId;
    auto topicWithId = [&](int id) -> QueryTopic & {
        if (!byId.contains(id))
            order.append(id);
        return byId[id];
    };
    auto addText = [](QueryTopic &topic, const QString &text) {
        if (!topic.text.isEmpty())
            topic.text += QLatin1Char(' ');
        topic.text += text;
    };
    for (qsizetype i = 0; i < typed.words.size(); ++i) {
        const QueryWord &word = typed.words.at(i);
        if (typed.common.at(i))
            continue;
        // A lone letter or a number ("100") is no topic a pack can be asked about, nor is an
        // everyday word ("get", "want") that no entry uses.
        const bool indexed = m_vocabulary.isIndexed(word.folded, typed.stems.at(i), word.isPrefix);
        if (!inPhrase.at(i) &&
            (word.folded.size() < 2 || containsDigit(word.folded) ||
             (!indexed && m_vocabulary.isEverydayWord(word.folded, typed.stems.at(i)))))
            continue;
        QueryTopic &topic = topicWithId(topics.ofWord(i));
        addText(topic, word.text);
        if (inPhrase.at(i))
            continue;
        const bool inMost = 2 * m_vocabulary.frequencyOf(word.folded, typed.stems.at(i)).entries >
                            m_vocabulary.entryCount();
        topic.inMostEntries = topic.typedStems.isEmpty() ? inMost : topic.inMostEntries && inMost;
        topic.typedStems.append(typed.stems.at(i));
        if (word.isPrefix)
            topic.typedPrefixes.append(word.folded);
        topic.inIndex = topic.inIndex || indexed;
    }
    for (const SynonymTable::Match &match : matches) {
        QueryTopic &topic = topicWithId(topics.ofGroup(match.group));
        if (topic.groups.contains(match.group))
            continue;
        topic.groups.append(match.group);
        topic.inMostEntries = false; // a synonym group is a topic of its own
        const bool inIndex = isInIndex(match.group);
        topic.inIndex = topic.inIndex || inIndex;
        topic.leadsNowhere = topic.leadsNowhere || !inIndex;
        if (topic.text.isEmpty()) {
            for (qsizetype k = match.firstWord; k < match.firstWord + match.wordCount; ++k)
                addText(topic, typed.words.at(k).text);
        }
    }
    QList<QueryTopic> result;
    for (int id : std::as_const(order))
        result.append(byId.value(id));
    return result;
}

void QueryBuilder::addSynonyms(const QList<SynonymTable::Match> &matches, const TopicMap &topics,
                               QueryPlan &plan) const {
    const int entries = m_vocabulary.entryCount();
    for (const SynonymTable::Match &match : matches) {
        for (const SynonymPhrase &synonym : m_synonyms.group(match.group)) {
            TermFrequency frequency{entries, entries};
            bool indexed = true;
            for (qsizetype k = 0; k < synonym.stems.size() && indexed; ++k) {
                indexed = m_vocabulary.isIndexed(synonym.folded.at(k), synonym.stems.at(k), false);
                frequency = QueryPlan::lesser(
                    frequency, m_vocabulary.frequencyOf(synonym.folded.at(k), synonym.stems.at(k)));
            }
            if (indexed)
                plan.add({quoted(synonym.text),
                          QStringLiteral("w:") + synonym.stems.join(QLatin1Char(' ')),
                          topics.ofGroup(match.group), kSynonymWeight, frequency});
        }
    }
}

FtsQuery QueryBuilder::buildWords(const QString &typedText) const {
    const CorrectedWords typed = correctedWords(typedText);
    TopicMap topics(typed.words.size());
    const QList<SynonymTable::Match> matches = m_synonyms.matchesIn(typed.words, typed.stems);
    QList<bool> inPhrase(typed.words.size(), false);
    for (const SynonymTable::Match &match : matches) {
        topics.join(match);
        for (qsizetype k = match.firstWord;
             match.wordCount > 1 && k < match.firstWord + match.wordCount; ++k)
            inPhrase[k] = true;
    }
    FtsQuery query;
    query.onlyCommonWords =
        !typed.words.isEmpty() &&
        std::all_of(typed.common.cbegin(), typed.common.cend(), [](bool common) { return common; });
    QueryPlan plan(m_vocabulary);
    if (query.onlyCommonWords)
        addCommonPhrase(typed, plan);
    else
        addTypedWords(typed, inPhrase, topics, plan);
    addSynonyms(matches, topics, plan);
    plan.limitCost(qMax(kMinRowsPerPhrase, m_vocabulary.entryCount() / 16));
    query.matchExpression = plan.matchExpression();
    query.phrases = plan.rankedPhrases();
    query.suggestion = typed.suggestion;
    if (!query.onlyCommonWords)
        query.topics = topicsOf(typed, inPhrase, matches, topics);
    return query;
}

FtsQuery QueryBuilder::buildSubstrings(const QString &typedText) const {
    FtsQuery query;
    const QList<QueryWord> words = QueryTokenizer::split(typedText);
    QStringList alternatives;
    auto add = [&](const QString &text) {
        const QString phrase = quoted(text);
        if (!alternatives.contains(phrase))
            alternatives.append(phrase);
    };
    QStringList stems;
    for (const QueryWord &word : words) {
        stems.append(word.folded);
        const QList<uint> characters = word.text.toUcs4();
        if (characters.size() < kTrigram) {
            query.shortWords.append(word.text);
            continue;
        }
        add(word.text);
        // Text without spaces arrives as long runs: each trigram also counts, so that a
        // sentence finds entries that share some of its words.
        for (qsizetype i = 0; characters.size() > kTrigram && i + kTrigram <= characters.size();
             ++i)
            add(QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData() + i),
                                  kTrigram));
    }
    for (const SynonymTable::Match &match : m_synonyms.matchesIn(words, stems)) {
        for (const SynonymPhrase &phrase : m_synonyms.group(match.group)) {
            if (phrase.text.toUcs4().size() >= kTrigram)
                add(phrase.text);
        }
    }
    query.matchExpression = alternatives.join(QStringLiteral(" OR "));
    if (!query.matchExpression.isEmpty())
        query.shortWords.clear();
    return query;
}

} // namespace pr
