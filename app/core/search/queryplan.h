// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "rankfunction.h"
#include "vocabulary.h"

#include <QList>
#include <QString>

namespace pr {

// The phrases of one query, with what each costs (entries it matches) and counts for (its
// topic and weight). limitCost() decides which to look for where, so that a keystroke in a
// pack of 10,000 entries does not rank all of them because the reader typed "is".
class QueryPlan {
public:
    struct Phrase {
        QString expression; // a quoted FTS5 phrase, perhaps with * for a prefix
        QString key;        // phrases with the same key are the same search
        int topic = 0;
        double kindWeight = 1;     // a typed word 1; a synonym or a neighbour pair less
        TermFrequency frequency;   // upper estimate of the entries it matches
        bool optional = false;     // may be left out although its topic then goes unasked
        bool questionOnly = false; // set by limitCost()
        bool dropped = false;      // set by limitCost()
    };

    explicit QueryPlan(const Vocabulary &vocabulary)
        : m_vocabulary(vocabulary) {}

    // Keeps the first phrase of a key, with the larger weight of the two.
    void add(const Phrase &phrase);
    // A phrase in more than maxRows entries is looked for in questions only, or, if still too
    // common, left out, unless it is its topic's cheapest. Then the most common phrases go
    // until all together match at most four times maxRows entries.
    void limitCost(int maxRows);

    QString matchExpression() const;
    // Topics numbered from 0 in order of appearance; weights are kindWeight times idf.
    QList<RankedPhrase> rankedPhrases() const;
    const QList<Phrase> &phrases() const { return m_phrases; }

    static TermFrequency lesser(TermFrequency a, TermFrequency b);

private:
    static int cost(const Phrase &phrase);
    double inverseDocumentFrequency(int entries) const;

    const Vocabulary &m_vocabulary;
    QList<Phrase> m_phrases;
};

} // namespace pr
