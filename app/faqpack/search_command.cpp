// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "safety/safetynotices.h"
#include "search/relevancefilter.h"
#include "search/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {
namespace {

// For a terminal, matched words go in [brackets].
QString terminalText(const MarkedText &text) {
    return text.withDelimiters(QStringLiteral("["), QStringLiteral("]")).simplified();
}

QJsonArray hitsAsJson(const QList<SearchHit> &hits) {
    QJsonArray array;
    for (const SearchHit &hit : hits) {
        array.append(QJsonObject{{QStringLiteral("id"), hit.entryId},
                                 {QStringLiteral("question"), hit.question},
                                 {QStringLiteral("score"), hit.score},
                                 {QStringLiteral("snippet"), hit.snippet.toHtml()}});
    }
    return array;
}

// "answers", "not-answered" or "nothing-asked".
QString outcomeName(SearchOutcome outcome) {
    switch (outcome) {
    case SearchOutcome::Answers:
        return QStringLiteral("answers");
    case SearchOutcome::NotAnswered:
        return QStringLiteral("not-answered");
    case SearchOutcome::NothingAsked:
        break;
    }
    return QStringLiteral("nothing-asked");
}

QJsonObject toJson(const QString &query, const SearchResults &results,
                   const QList<SafetyNotice> &notices) {
    QJsonArray noticeArray;
    for (const SafetyNotice &notice : notices)
        noticeArray.append(notice.toJson());
    QJsonObject json{{QStringLiteral("query"), query},
                     {QStringLiteral("notices"), noticeArray},
                     {QStringLiteral("suggestion"), results.suggestion},
                     {QStringLiteral("outcome"), outcomeName(results.outcome)},
                     {QStringLiteral("answered"), results.outcome == SearchOutcome::Answers}};
    json.insert(QStringLiteral("results"), hitsAsJson(results.hits));
    json.insert(QStringLiteral("related"), hitsAsJson(results.related));
    json.insert(QStringLiteral("unansweredTopics"),
                QJsonArray::fromStringList(results.unansweredTopics));
    return json;
}

void printHits(const QList<SearchHit> &hits, QTextStream &out) {
    int rank = 0;
    for (const SearchHit &hit : hits) {
        out << ++rank << ". " << hit.question << "  [" << hit.entryId << ", score "
            << QString::number(hit.score, 'f', 2) << "]\n";
        out << "   " << terminalText(hit.snippet) << "\n";
    }
}

void printReadable(const SearchResults &results, const QList<SafetyNotice> &notices,
                   QTextStream &out) {
    for (const SafetyNotice &notice : notices)
        out << notice.plainText() << "\n\n";
    if (!results.suggestion.isEmpty())
        out << "Did you mean: " << results.suggestion << "\n\n";
    if (results.outcome == SearchOutcome::Answers) {
        printHits(results.hits, out);
        return;
    }
    out << "This FAQ does not answer that";
    if (!results.unansweredTopics.isEmpty())
        out << " (" << results.unansweredTopics.join(QStringLiteral(", ")) << ")";
    out << ". Ask your clinic or clinician.\n";
    if (!results.related.isEmpty()) {
        out << "\nRelated questions (they do not answer it):\n";
        printHits(results.related, out);
    }
}

} // namespace

int runSearch(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Search the questions and answers as the app does; best first."));
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QStringLiteral("Words to search for, as a reader types them."));
    parser.addOption(packOption());
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON object: query, notices (the "
                                                 "safety notices the app shows above the "
                                                 "results), suggestion, outcome (answers, "
                                                 "not-answered, nothing-asked), answered, "
                                                 "results [{id, question, score, snippet}], "
                                                 "related (same fields: the closest questions "
                                                 "when not answered), unansweredTopics."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Show at most N results (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption floor(QStringLiteral("floor"),
                                   QStringLiteral("For tuning: list answers scoring at least F "
                                                  "times the best (0 to 1; default %1).")
                                       .arg(RelevanceFilter::kRelativeFloor),
                                   QStringLiteral("F"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addOption(floor);
    if (!parseArguments(parser, QStringLiteral("search"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().isEmpty()) {
        streams.err << "faqpack search: give the words to search for\n";
        return 2;
    }
    bool limitOk = false;
    const int maxResults = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxResults < 1) {
        streams.err << "faqpack search: --limit must be a positive number\n";
        return 2;
    }
    bool floorOk = true;
    const double relativeFloor = parser.isSet(floor) ? parser.value(floor).toDouble(&floorOk)
                                                     : RelevanceFilter::kRelativeFloor;
    if (!floorOk || relativeFloor < 0 || relativeFloor > 1) {
        streams.err << "faqpack search: --floor must be a number from 0 to 1\n";
        return 2;
    }
    const std::optional<Pack> pack = loadPack(parser, streams);
    if (!pack)
        return 1;
    SearchIndex index(*pack);
    index.setRelativeFloor(relativeFloor);
    if (!index.isReady()) {
        streams.err << "faqpack search: cannot build the index: " << index.errorString() << '\n';
        return 1;
    }
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    const SearchResults results = index.search(query, maxResults);
    const QList<SafetyNotice> notices = systemSafetyNotices(streams).forSearch(query, *pack);
    if (parser.isSet(json))
        streams.out
            << QJsonDocument(toJson(query, results, notices)).toJson(QJsonDocument::Indented);
    else
        printReadable(results, notices, streams.out);
    return 0;
}

} // namespace pr::cli
