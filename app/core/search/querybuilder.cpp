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
        const bool known =
            m_synonyms.containsStem(stem) || m_vocabulary.isKnown(word.folded, stem, word.isPrefix);
        const QString replacement = known || !isLettersOnly(word.folded)
                                        ? QString()
                                        : m_vocabulary.closestWord(word.folded, word.isPrefix);
        if (!replacement.isEmpty() && replacement != word.folded) {
            corrected.replace(word.start + shift, word.text.size(), replacement);
            shift += replacement.size() - word.text.size();
            word.text = replacement;
            word.folded = replacement;
            word.isPrefix = false;
            stem = m_stemmer.stem(replacement);
            anyCorrected = true;
        }
        result.stems.append(stem);
    }
    if (anyCorrected)
        result.suggestion = corrected.simplified();
    return result;
}

void QueryBuilder::addTypedWords(const CorrectedWords &typed, TopicMap &topics,
                                 QueryPlan &plan) const {
    const QList<QueryWord> &words = typed.words;
    const QStringList &stems = typed.stems;
    QList<TermFrequency> frequencies; // of each word, or of the prefix for the typed word
    QList<bool> indexed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QueryWord &word = words.at(i);
        const double weight = m_vocabulary.isCommonWord(word.folded) ? kCommonWordWeight : 1.0;
        indexed.append(m_vocabulary.isIndexed(word.folded, stems.at(i), false));
        frequencies.append(m_vocabulary.frequencyOf(word.folded, stems.at(i)));
        if (indexed.at(i))
            plan.add({quoted(word.text), QStringLiteral("w:") + stems.at(i), topics.ofWord(i),
                      weight, frequencies.at(i)});
        const bool asPrefix = word.isPrefix && word.folded.size() >= 2 &&
                              m_vocabulary.isIndexed(word.folded, stems.at(i), true);
        if (asPrefix) {
            const TermFrequency prefixFrequency = m_vocabulary.frequencyOfPrefix(word.folded);
            plan.add({quoted(word.text) + QLatin1Char('*'), QStringLiteral("p:") + word.folded,
                      topics.ofWord(i), weight, prefixFrequency});
            if (!indexed.at(i))
                frequencies.last() = prefixFrequency;
        }
        if (i == 0 || !indexed.at(i - 1) || !(indexed.at(i) || asPrefix))
            continue;
        const bool bothCommon = weight < 1.0 && m_vocabulary.isCommonWord(words.at(i - 1).folded);
        QueryPlan::Phrase pair{quoted(words.at(i - 1).text + QLatin1Char(' ') + word.text) +
                                   (asPrefix ? QStringLiteral("*") : QString()),
                               QStringLiteral("b:") + stems.at(i - 1) + QLatin1Char(' ') +
                                   (asPrefix ? word.folded + QLatin1Char('*') : stems.at(i)),
                               topics.newTopic(),
                               bothCommon ? kNeighbourPairWeight * kCommonWordWeight
                                          : kNeighbourPairWeight,
                               QueryPlan::lesser(frequencies.at(i - 1), frequencies.at(i))};
        pair.optional = true;
        plan.add(pair);
    }
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
    for (const SynonymTable::Match &match : matches)
        topics.join(match);
    QueryPlan plan(m_vocabulary);
    addTypedWords(typed, topics, plan);
    addSynonyms(matches, topics, plan);
    plan.limitCost(qMax(kMinRowsPerPhrase, m_vocabulary.entryCount() / 16));
    FtsQuery query;
    query.matchExpression = plan.matchExpression();
    query.phrases = plan.rankedPhrases();
    query.suggestion = typed.suggestion;
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
