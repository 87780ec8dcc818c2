// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "queryplan.h"

#include "indexwriter.h"

#include <QHash>
#include <cmath>

namespace pr {

void QueryPlan::add(const Phrase &phrase) {
    for (Phrase &existing : m_phrases) {
        if (existing.key == phrase.key) {
            existing.kindWeight = qMax(existing.kindWeight, phrase.kindWeight);
            return;
        }
    }
    m_phrases.append(phrase);
}

int QueryPlan::cost(const Phrase &phrase) {
    return phrase.questionOnly ? phrase.frequency.inQuestions : phrase.frequency.entries;
}

TermFrequency QueryPlan::lesser(TermFrequency a, TermFrequency b) {
    return {qMin(a.entries, b.entries), qMin(a.inQuestions, b.inQuestions)};
}

void QueryPlan::limitCost(int maxRows) {
    QHash<int, int> keptPerTopic;
    for (Phrase &phrase : m_phrases) {
        phrase.questionOnly = phrase.frequency.entries > maxRows;
        phrase.dropped = phrase.questionOnly && phrase.frequency.inQuestions > maxRows;
        if (!phrase.dropped)
            ++keptPerTopic[phrase.topic];
    }
    // Every topic the reader asked for keeps its cheapest phrase, in questions only.
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        const Phrase &phrase = m_phrases.at(i);
        if (phrase.optional || keptPerTopic.value(phrase.topic) > 0)
            continue;
        qsizetype cheapest = i;
        for (qsizetype j = i + 1; j < m_phrases.size(); ++j) {
            if (m_phrases.at(j).topic == phrase.topic &&
                m_phrases.at(j).frequency.inQuestions <
                    m_phrases.at(cheapest).frequency.inQuestions)
                cheapest = j;
        }
        m_phrases[cheapest].dropped = false;
        ++keptPerTopic[phrase.topic];
    }
    qint64 total = 0;
    for (const Phrase &phrase : std::as_const(m_phrases))
        total += phrase.dropped ? 0 : cost(phrase);
    while (total > 4 * qint64(maxRows)) {
        qsizetype costliest = -1;
        for (qsizetype i = 0; i < m_phrases.size(); ++i) {
            const Phrase &phrase = m_phrases.at(i);
            const bool mayGo = phrase.optional || keptPerTopic.value(phrase.topic) > 1;
            if (!phrase.dropped && mayGo &&
                (costliest < 0 || cost(phrase) > cost(m_phrases.at(costliest))))
                costliest = i;
        }
        if (costliest < 0)
            break;
        m_phrases[costliest].dropped = true;
        --keptPerTopic[m_phrases.at(costliest).topic];
        total -= cost(m_phrases.at(costliest));
    }
}

QString QueryPlan::matchExpression() const {
    QStringList parts;
    for (const Phrase &phrase : m_phrases) {
        if (phrase.dropped)
            continue;
        parts.append(phrase.questionOnly
                         ? QStringLiteral("(%1 : %2)")
                               .arg(QLatin1String(IndexWriter::kQuestionColumn), phrase.expression)
                         : phrase.expression);
    }
    return parts.join(QStringLiteral(" OR "));
}

double QueryPlan::inverseDocumentFrequency(int entries) const {
    const double n = m_vocabulary.entryCount();
    return std::log(1.0 + (n - entries + 0.5) / (entries + 0.5));
}

QList<RankedPhrase> QueryPlan::rankedPhrases() const {
    QList<RankedPhrase> ranked;
    QHash<int, int> numbers;
    for (const Phrase &phrase : m_phrases) {
        if (phrase.dropped)
            continue;
        const int topic = int(numbers.size());
        const int number = numbers.value(phrase.topic, topic);
        numbers.insert(phrase.topic, number);
        ranked.append(
            {number, phrase.kindWeight * inverseDocumentFrequency(phrase.frequency.entries)});
    }
    return ranked;
}

} // namespace pr
