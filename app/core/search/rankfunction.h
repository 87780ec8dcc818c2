// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

struct sqlite3;

namespace pr {

// One quoted phrase of a MATCH expression, as the ranking sees it.
struct RankedPhrase {
    int topic = 0;     // phrases of one topic are alternatives: a word, its synonyms
    double weight = 0; // idf times how much this kind of phrase counts
};

// The FTS5 ranking function pr_rank(PLAN), used as "rank MATCH 'pr_rank(...)'": BM25F with
// per-column length normalisation and column weights (question 10, answer 1, related 2).
// Unlike FTS5's bm25() it takes each phrase's weight from the plan instead of counting its
// documents with one extra query per phrase, which made every keystroke slow; and it scores
// topics, not phrases: a topic counts with its best phrase plus a little for the others,
// so an answer that uses five synonyms of "cost" does not beat one that names the cost once
// and also answers the rest of the question.
class RankFunction {
public:
    static constexpr const char *kName = "pr_rank";

    static bool registerWith(sqlite3 *db, QString *error);
    // The value for "rank MATCH ?": pr_rank('topic:weight,...') for the phrases in order.
    static QString rankExpression(const QList<RankedPhrase> &phrases);
};

} // namespace pr
