// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "rankfunction.h"

#include "fts5api.h"
#include "indexwriter.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace pr {
namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kOtherPhrasesShare = 0.3;
constexpr const auto &kColumnWeights = IndexWriter::kColumnWeights;
constexpr int kWeightedColumns = int(std::size(kColumnWeights));

struct Plan {
    std::vector<int> topic;
    std::vector<double> weight;
    int topicCount = 0;
    int columnCount = 0;
    std::vector<double> averageSize;
    // Scratch space for one row, kept to avoid allocating per row.
    std::vector<double> frequency;
    std::vector<double> best;
    std::vector<double> sum;
};

// "0:1.25,0:0.8,1:2.1" -> topics and weights, one per phrase.
bool parsePlan(const char *text, int phraseCount, Plan *plan) {
    const char *p = text ? text : "";
    for (int i = 0; i < phraseCount; ++i) {
        char *end = nullptr;
        const long topic = std::strtol(p, &end, 10);
        if (end == p || *end != ':' || topic < 0 || topic >= phraseCount)
            return false;
        p = end + 1;
        const double weight = std::strtod(p, &end);
        if (end == p)
            return false;
        p = *end == ',' ? end + 1 : end;
        plan->topic.push_back(int(topic));
        plan->weight.push_back(weight);
        plan->topicCount = std::max(plan->topicCount, int(topic) + 1);
    }
    return true;
}

Plan *loadPlan(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *argument, int *rc) {
    if (auto *plan = static_cast<Plan *>(api->xGetAuxdata(fts, 0)))
        return plan;
    auto *plan = new (std::nothrow) Plan;
    if (!plan) {
        *rc = SQLITE_NOMEM;
        return nullptr;
    }
    const int phraseCount = api->xPhraseCount(fts);
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(argument));
    if (!parsePlan(text, phraseCount, plan)) {
        delete plan;
        *rc = SQLITE_ERROR;
        return nullptr;
    }
    plan->columnCount = api->xColumnCount(fts);
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    for (int c = 0; c < plan->columnCount && *rc == SQLITE_OK; ++c) {
        sqlite3_int64 tokens = 0;
        *rc = api->xColumnTotalSize(fts, c, &tokens);
        plan->averageSize.push_back(rows > 0 ? std::max(1.0, double(tokens) / double(rows)) : 1);
    }
    plan->frequency.assign(size_t(phraseCount * plan->columnCount), 0);
    plan->best.assign(size_t(plan->topicCount), 0);
    plan->sum.assign(size_t(plan->topicCount), 0);
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, plan, [](void *p) { delete static_cast<Plan *>(p); });
    else
        delete plan;
    return *rc == SQLITE_OK ? plan : nullptr;
}

void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
          int argumentCount, sqlite3_value **arguments) {
    if (argumentCount != 1) {
        sqlite3_result_error(context, "pr_rank takes one argument", -1);
        return;
    }
    int rc = SQLITE_OK;
    Plan *plan = loadPlan(api, fts, arguments[0], &rc);
    if (!plan) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const int columns = plan->columnCount;
    std::fill(plan->frequency.begin(), plan->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && column < columns)
            plan->frequency[size_t(phrase * columns + column)] += 1;
    }
    double normalisation[kWeightedColumns] = {1, 1, 1};
    for (int c = 0; c < columns && c < kWeightedColumns && rc == SQLITE_OK; ++c) {
        int size = 0;
        rc = api->xColumnSize(fts, c, &size);
        normalisation[c] = 1 - kB + kB * double(size) / plan->averageSize[size_t(c)];
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    std::fill(plan->best.begin(), plan->best.end(), 0.0);
    std::fill(plan->sum.begin(), plan->sum.end(), 0.0);
    for (size_t p = 0; p < plan->topic.size(); ++p) {
        double pseudoFrequency = 0;
        for (int c = 0; c < columns && c < kWeightedColumns; ++c)
            pseudoFrequency += kColumnWeights[c] *
                               plan->frequency[p * size_t(columns) + size_t(c)] / normalisation[c];
        if (pseudoFrequency <= 0)
            continue;
        const double score =
            plan->weight[p] * pseudoFrequency * (kK1 + 1) / (pseudoFrequency + kK1);
        const size_t topic = size_t(plan->topic[p]);
        plan->best[topic] = std::max(plan->best[topic], score);
        plan->sum[topic] += score;
    }
    double total = 0;
    for (int c = 0; c < plan->topicCount; ++c)
        total += plan->best[size_t(c)] +
                 kOtherPhrasesShare * (plan->sum[size_t(c)] - plan->best[size_t(c)]);
    sqlite3_result_double(context, -total); // FTS5 sorts rank ascending
}

} // namespace

bool RankFunction::registerWith(sqlite3 *db, QString *error) {
    fts5_api *api = fts5ApiOf(db);
    if (!api) {
        *error = QStringLiteral("this SQLite has no FTS5");
        return false;
    }
    if (api->xCreateFunction(api, kName, nullptr, &rank, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QString RankFunction::rankExpression(const QList<RankedPhrase> &phrases) {
    QStringList parts;
    parts.reserve(phrases.size());
    for (const RankedPhrase &phrase : phrases)
        parts.append(QString::number(phrase.topic) + QLatin1Char(':') +
                     QString::number(phrase.weight, 'f', 4));
    return QLatin1String(kName) + QStringLiteral("('") + parts.join(QLatin1Char(',')) +
           QStringLiteral("')");
}

} // namespace pr
