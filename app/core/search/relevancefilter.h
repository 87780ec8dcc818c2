// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "querybuilder.h"
#include "searchresults.h"

#include <QList>

namespace pr {

class Stemmer;
class SynonymTable;

// Decides which of the entries the index found answer the query, and whether the pack answers
// it at all. An entry is an answer only if it covers a topic of the query (a word of the
// reader's, or a synonym group that it mentions by one of the group's own words: matching on
// common words or through another word's stem is not enough) and scores at least
// kRelativeFloor of the best answer. The pack does not answer the query when a topic is in no
// entry (an unknown word, or a synonym group that leads nowhere, such as "driving" in a pack
// that never discusses it) or when no entry covers a topic; the entries found are then only
// "related". See docs/search.md for how the floor was tuned.
class RelevanceFilter {
public:
    static constexpr double kRelativeFloor = 0.35;
    static constexpr int kRelatedCount = 3;

    RelevanceFilter(const Stemmer &stemmer, const SynonymTable &synonyms,
                    double relativeFloor = kRelativeFloor)
        : m_stemmer(stemmer)
        , m_synonyms(synonyms)
        , m_relativeFloor(relativeFloor) {}

    // found: what the index returned, best first. Fills hits or related, outcome and
    // unansweredTopics of results.
    void apply(const FtsQuery &query, const QList<SearchHit> &found, int limit,
               SearchResults *results) const;

private:
    bool covers(const SearchHit &hit, const QueryTopic &topic) const;

    const Stemmer &m_stemmer;
    const SynonymTable &m_synonyms;
    double m_relativeFloor;
};

} // namespace pr
