// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace pr {

// In how many entries a term occurs: anywhere, and in the question.
struct TermFrequency {
    int entries = 0;
    int inQuestions = 0;
};

// The words of an index with their frequencies: for typo tolerance ("insurence" ->
// "insurance"), for leaving out what cannot match, and for weighing and planning a query
// (rare words count more, and words in half the entries are costly to rank).
// All words are folded (QueryTokenizer::fold).
class Vocabulary {
public:
    void setEntryCount(int entries) { m_entryCount = entries; }
    int entryCount() const { return m_entryCount; }

    // A word of the index.
    void addIndexedWord(const QString &word, TermFrequency frequency);
    // The stem of some indexed word, when it differs from the word.
    void addIndexedStem(const QString &stem, TermFrequency frequency);
    // A word a reader may mean although no entry uses it (a synonym such as "price"): known,
    // and offered as a correction.
    void addSynonymWord(const QString &word);
    // A word that carries no topic ("would", "my"; CommonWords): never corrected, and never
    // matched on its own. With its stem, words of that stem count as common too ("هلْ", "others").
    void addCommonWord(const QString &word, const QString &stem = {});

    // An everyday word from a broad list ("get", "want"): when no entry uses it, it is no topic
    // the pack fails to answer, and it is never corrected.
    void addEverydayWord(const QString &word, const QString &stem = {});
    bool isEverydayWord(const QString &word, const QString &stem = {}) const;

    qsizetype indexedWordCount() const { return m_indexed.size(); }
    bool isCommonWord(const QString &word, const QString &stem = {}) const;

    // asPrefix: the word is still being typed, so a word that starts with it counts.
    bool isKnown(const QString &word, const QString &stem, bool asPrefix) const;
    // Whether the index has the word, its stem, or (asPrefix) a word starting with it.
    bool isIndexed(const QString &word, const QString &stem, bool asPrefix) const;
    // The closest indexed or synonym word within allowedEdits(), preferring words in more
    // entries; empty if none. It starts with the same letter (readers rarely mistype the first,
    // and "pain" is not "main") and is no common or everyday word ("loss" is not "less").
    QString closestWord(const QString &word, bool asPrefix) const;

    // Upper estimates of the entries a query word (by word or stem) or prefix would match.
    TermFrequency frequencyOf(const QString &word, const QString &stem) const;
    TermFrequency frequencyOfPrefix(const QString &prefix) const;

    // How many typing mistakes to forgive in a word of this length: none in short words, where
    // a correction is more often wrong than right.
    static int allowedEdits(qsizetype length);

private:
    TermFrequency capped(qint64 entries, qint64 inQuestions) const;

    int m_entryCount = 0;
    QMap<QString, TermFrequency> m_indexed;
    QHash<QString, TermFrequency> m_stems;
    QMap<QString, int> m_synonyms; // values unused; a map for prefix lookups
    QSet<QString> m_common;
    QSet<QString> m_commonStems;
    QSet<QString> m_everyday;
    QSet<QString> m_everydayStems;
};

} // namespace pr
