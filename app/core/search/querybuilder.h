// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "rankfunction.h"
#include "synonymtable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

class QueryPlan;
class Stemmer;
class TopicMap;
class Vocabulary;
struct CorrectedWords;

// One thing a reader asks about: a word of theirs that is not a common word, joined with the
// words of a synonym phrase it is part of and the groups that phrase brings in.
struct QueryTopic {
    QString text;              // the reader's words for it, as typed (corrected)
    QStringList typedStems;    // stems of the reader's words that stand for themselves
    QStringList typedPrefixes; // the word still being typed, folded, if it is one of them
    QList<int> groups;         // synonym groups it brings in
    bool inIndex = false;      // a word or synonym phrase of it is in some entry
    bool leadsNowhere = false; // one of its groups is in no entry: a topic the pack does not answer
    bool inMostEntries = false; // only words in most entries ("ketamine" in a ketamine FAQ)
};

// What to ask the index for one piece of typed text.
struct FtsQuery {
    QString matchExpression;     // FTS5 MATCH text built from quoted words; empty if none
    QList<RankedPhrase> phrases; // Words mode: one per phrase of matchExpression, in order
    QStringList shortWords;      // Substrings mode: words too short for a trigram MATCH
    QString suggestion;          // the typed text with corrected words; empty if none was corrected
    QList<QueryTopic> topics; // Words mode: what the reader asks about; empty if only common words
    bool onlyCommonWords = false; // every word was a common word: looked for as one phrase
    bool isEmpty() const { return matchExpression.isEmpty() && shortWords.isEmpty(); }
};

// Turns what a reader typed into an FTS5 query. Typed text never reaches MATCH as syntax: it
// is split into words and every word is quoted, so quotes, operators, brackets and column names
// are just text. The query asks, all OR'ed:
//   each word ("cost"), and the word still being typed as a prefix too ("cos"*)
//   each pair of neighbouring words as a phrase ("how long"), so word order counts
//   every phrase of each synonym group a word or run of words belongs to ("price" -> "cost")
// A word and the synonyms it brings in form one topic for the ranking (RankFunction).
// Common words ("does", "it") do not match on their own, only inside a pair or synonym phrase
// with a topic word; a query of common words only is looked for as one phrase (or a prefix).
// An unknown word (not in the index, the synonyms or the common words) is replaced by the
// closest known word, and the corrected text is offered as a suggestion.
// In a large pack, ranking every entry that contains "the" or "is" would take too long: a
// phrase in very many entries is looked for in questions only, or left out if a topic has a
// rarer one. Phrases the index cannot match are left out as well.
class QueryBuilder {
public:
    enum class Mode { Words, Substrings };

    QueryBuilder(Mode mode, const Stemmer &stemmer, const SynonymTable &synonyms,
                 const Vocabulary &vocabulary);

    FtsQuery build(const QString &typedText) const;

    // An FTS5 string literal: the text in double quotes, inner quotes doubled.
    static QString quoted(const QString &text);

    static constexpr int kTrigram = 3;
    // How many entries one phrase may match before it is restricted to questions (in packs
    // of more than 16 times this many entries, a sixteenth of the pack).
    static constexpr int kMinRowsPerPhrase = 400;
    // What a kind of phrase counts for, relative to a typed word.
    static constexpr double kSynonymWeight = 0.7;
    static constexpr double kNeighbourPairWeight = 0.5;

private:
    FtsQuery buildWords(const QString &typedText) const;
    CorrectedWords correctedWords(const QString &typedText) const;
    void addTypedWords(const CorrectedWords &typed, const QList<bool> &inPhrase, TopicMap &topics,
                       QueryPlan &plan) const;
    void addCommonPhrase(const CorrectedWords &typed, QueryPlan &plan) const;
    QList<QueryTopic> topicsOf(const CorrectedWords &typed, const QList<bool> &inPhrase,
                               const QList<SynonymTable::Match> &matches,
                               const TopicMap &topics) const;
    bool isInIndex(int group) const;
    void addSynonyms(const QList<SynonymTable::Match> &matches, const TopicMap &topics,
                     QueryPlan &plan) const;
    FtsQuery buildSubstrings(const QString &typedText) const;

    Mode m_mode;
    const Stemmer &m_stemmer;
    const SynonymTable &m_synonyms;
    const Vocabulary &m_vocabulary;
};

} // namespace pr
