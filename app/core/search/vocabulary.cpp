// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "vocabulary.h"

#include "editdistance.h"

#include <algorithm>

namespace pr {
namespace {

bool containsDigit(const QString &word) {
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

template <typename Value>
bool hasKeyStartingWith(const QMap<QString, Value> &map, const QString &prefix) {
    const auto next = map.lowerBound(prefix);
    return next != map.cend() && next.key().startsWith(prefix);
}

} // namespace

void Vocabulary::addIndexedWord(const QString &word, TermFrequency frequency) {
    m_indexed.insert(word, frequency);
}

void Vocabulary::addIndexedStem(const QString &stem, TermFrequency frequency) {
    m_stems.insert(stem, frequency);
}

void Vocabulary::addSynonymWord(const QString &word) {
    m_synonyms.insert(word, 0);
}

void Vocabulary::addCommonWord(const QString &word, const QString &stem) {
    m_common.insert(word);
    if (!stem.isEmpty())
        m_commonStems.insert(stem);
}

void Vocabulary::addEverydayWord(const QString &word, const QString &stem) {
    m_everyday.insert(word);
    if (!stem.isEmpty())
        m_everydayStems.insert(stem);
}

bool Vocabulary::isEverydayWord(const QString &word, const QString &stem) const {
    return m_everyday.contains(word) || (!stem.isEmpty() && m_everydayStems.contains(stem));
}

bool Vocabulary::isCommonWord(const QString &word, const QString &stem) const {
    if (m_common.contains(word))
        return true;
    return !stem.isEmpty() && (m_common.contains(stem) || m_commonStems.contains(stem));
}

bool Vocabulary::isIndexed(const QString &word, const QString &stem, bool asPrefix) const {
    if (m_indexed.contains(word) || m_indexed.contains(stem) || m_stems.contains(stem))
        return true;
    return asPrefix && hasKeyStartingWith(m_indexed, word);
}

bool Vocabulary::isKnown(const QString &word, const QString &stem, bool asPrefix) const {
    if (isIndexed(word, stem, asPrefix) || isCommonWord(word, stem) || isEverydayWord(word, stem) ||
        m_synonyms.contains(word))
        return true;
    return asPrefix && hasKeyStartingWith(m_synonyms, word);
}

QString Vocabulary::closestWord(const QString &word, bool asPrefix) const {
    const int limit = allowedEdits(word.size());
    if (limit == 0)
        return {};
    QString best;
    int bestDistance = limit + 1;
    int bestCount = -1;
    // In a short word only a changed or swapped letter is taken for a typo: "cozt" is "cost",
    // but "pain" is not "panic", nor, while it is typed, the start of "maintain".
    const bool shortWord = word.size() < 5;
    if (shortWord && asPrefix)
        return {};
    auto consider = [&](const QString &candidate, int count) {
        if (shortWord && candidate.size() != word.size())
            return;
        if (!asPrefix && qAbs(candidate.size() - word.size()) > limit)
            return;
        if (asPrefix && candidate.size() + limit < word.size())
            return;
        const int distance = asPrefix ? EditDistance::toPrefixOf(word, candidate, limit)
                                      : EditDistance::between(word, candidate, limit);
        if (distance > limit || containsDigit(candidate)) // "2024" is no correction of "2023"
            return;
        if (candidate.at(0) != word.at(0) || m_common.contains(candidate) ||
            m_everyday.contains(candidate))
            return;
        if (distance < bestDistance || (distance == bestDistance && count > bestCount)) {
            best = candidate;
            bestDistance = distance;
            bestCount = count;
        }
    };
    for (auto it = m_indexed.cbegin(); it != m_indexed.cend(); ++it)
        consider(it.key(), it.value().entries);
    for (auto it = m_synonyms.cbegin(); it != m_synonyms.cend(); ++it)
        consider(it.key(), 0);
    return best;
}

TermFrequency Vocabulary::capped(qint64 entries, qint64 inQuestions) const {
    return {int(qMin<qint64>(entries, m_entryCount)), int(qMin<qint64>(inQuestions, m_entryCount))};
}

TermFrequency Vocabulary::frequencyOf(const QString &word, const QString &stem) const {
    // A query word matches the word itself, the words with its stem, and the word that is its
    // stem ("costs" finds "cost"): at most the sum of the three.
    const TermFrequency asWord = m_indexed.value(word);
    const TermFrequency asStem = m_stems.value(stem);
    const TermFrequency stemAsWord = stem == word ? TermFrequency{} : m_indexed.value(stem);
    return capped(qint64(asWord.entries) + asStem.entries + stemAsWord.entries,
                  qint64(asWord.inQuestions) + asStem.inQuestions + stemAsWord.inQuestions);
}

TermFrequency Vocabulary::frequencyOfPrefix(const QString &prefix) const {
    qint64 entries = 0;
    qint64 inQuestions = 0;
    for (auto it = m_indexed.lowerBound(prefix);
         it != m_indexed.cend() && it.key().startsWith(prefix); ++it) {
        entries += it.value().entries;
        inQuestions += it.value().inQuestions;
    }
    return capped(entries, inQuestions);
}

int Vocabulary::allowedEdits(qsizetype length) {
    if (length < 4)
        return 0;
    return length < 8 ? 1 : 2;
}

} // namespace pr
