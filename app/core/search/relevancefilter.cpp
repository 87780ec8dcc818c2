// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "relevancefilter.h"

#include "querytokenizer.h"
#include "stemmer.h"
#include "synonymtable.h"

namespace pr {

bool RelevanceFilter::covers(const SearchHit &hit, const QueryTopic &topic) const {
    QStringList folded;
    QStringList stems;
    for (const QString &word : hit.matchedWords) {
        folded.append(QueryTokenizer::fold(word));
        stems.append(m_stemmer.stem(folded.constLast()));
    }
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (topic.typedStems.contains(stems.at(i)) || topic.typedStems.contains(folded.at(i)))
            return true;
        for (const QString &prefix : topic.typedPrefixes) {
            if (folded.at(i).startsWith(prefix))
                return true;
        }
    }
    for (int group : topic.groups) {
        if (m_synonyms.isMentionedBy(group, folded))
            return true;
    }
    return false;
}

void RelevanceFilter::apply(const FtsQuery &query, const QList<SearchHit> &found, int limit,
                            SearchResults *results) const {
    // The pack's own subject ("ketamine", in nearly every entry) says nothing about which entry
    // answers: when the query has another topic, an answer must cover one of those.
    QList<QueryTopic> deciding;
    for (const QueryTopic &topic : query.topics) {
        if (!topic.inMostEntries)
            deciding.append(topic);
    }
    if (deciding.isEmpty())
        deciding = query.topics;
    QList<SearchHit> covering;
    for (const SearchHit &hit : found) {
        const bool coversATopic =
            deciding.isEmpty() ||
            std::any_of(deciding.cbegin(), deciding.cend(),
                        [&](const QueryTopic &topic) { return covers(hit, topic); });
        if (coversATopic)
            covering.append(hit);
    }
    for (const QueryTopic &topic : query.topics) {
        if (!topic.inIndex || topic.leadsNowhere)
            results->unansweredTopics.append(topic.text);
    }
    const QList<SearchHit> &closest = covering.isEmpty() ? found : covering;
    if (!results->unansweredTopics.isEmpty() || covering.isEmpty()) {
        results->outcome = SearchOutcome::NotAnswered;
        results->related = closest.mid(0, kRelatedCount);
        return;
    }
    const double floor = covering.constFirst().score * m_relativeFloor;
    for (const SearchHit &hit : std::as_const(covering)) {
        if (hit.score >= floor && results->hits.size() < limit)
            results->hits.append(hit);
    }
    results->outcome = SearchOutcome::Answers;
}

} // namespace pr
