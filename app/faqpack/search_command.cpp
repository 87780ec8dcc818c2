#include "command.h"
#include "safety/safetynotices.h"
#include "search/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr::cli {
namespace {

// Snippets are HTML: for a terminal, matched words go in [brackets] and entities are decoded.
QString terminalText(QString html) {
    html.replace(QStringLiteral("<mark>"), QStringLiteral("["))
        .replace(QStringLiteral("</mark>"), QStringLiteral("]"));
    return unescapedHitText(html).simplified();
}

QJsonObject toJson(const QString &query, const SearchResults &results,
                   const QList<SafetyNotice> &notices) {
    QJsonArray noticeArray;
    for (const SafetyNotice &notice : notices)
        noticeArray.append(notice.toJson());
    QJsonArray hits;
    for (const SearchHit &hit : results.hits) {
        hits.append(QJsonObject{{QStringLiteral("id"), hit.entryId},
                                {QStringLiteral("question"), hit.question},
                                {QStringLiteral("score"), hit.score},
                                {QStringLiteral("snippet"), hit.snippetHtml}});
    }
    return QJsonObject{{QStringLiteral("query"), query},
                       {QStringLiteral("notices"), noticeArray},
                       {QStringLiteral("suggestion"), results.suggestion},
                       {QStringLiteral("results"), hits}};
}

void printReadable(const SearchResults &results, const QList<SafetyNotice> &notices,
                   QTextStream &out) {
    for (const SafetyNotice &notice : notices)
        out << notice.plainText() << "\n\n";
    if (!results.suggestion.isEmpty())
        out << "Did you mean: " << results.suggestion << "\n\n";
    if (results.hits.isEmpty()) {
        out << "No matching questions.\n";
        return;
    }
    int rank = 0;
    for (const SearchHit &hit : results.hits) {
        out << ++rank << ". " << hit.question << "  [" << hit.entryId << ", score "
            << QString::number(hit.score, 'f', 2) << "]\n";
        out << "   " << terminalText(hit.snippetHtml) << "\n";
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
                                                 "results), suggestion, results [{id, question, "
                                                 "score, snippet}]."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Show at most N results (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(json);
    parser.addOption(limit);
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
    const std::optional<Pack> pack = loadPack(parser, streams);
    if (!pack)
        return 1;
    const SearchIndex index(*pack);
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
