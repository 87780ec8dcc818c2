// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "searchindex.h"

#include "commonwords.h"
#include "content/pack.h"
#include "indexwriter.h"
#include "markdownplaintext.h"
#include "querybuilder.h"
#include "querytokenizer.h"
#include "rankfunction.h"
#include "relevancefilter.h"
#include "searchlanguage.h"
#include "snowballtokenizer.h"
#include "stemmer.h"
#include "storage/sqlconnection.h"
#include "synonymtable.h"
#include "vocabulary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace pr {
namespace {

const QString kMarkOpen = QStringLiteral("<mark>");
const QString kMarkClose = QStringLiteral("</mark>");
const QChar kRawOpen = QChar(1);
const QChar kRawClose = QChar(2);

void collectMarked(const QString &text, const QString &open, const QString &close,
                   QStringList *words) {
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = text.indexOf(open, from);
        if (begin < 0)
            return;
        const qsizetype end = text.indexOf(close, begin + open.size());
        if (end < 0)
            return;
        // Neighbouring matches share one mark ("<mark>side effects</mark>").
        const QString marked = text.mid(begin + open.size(), end - begin - open.size());
        for (const QueryWord &word : QueryTokenizer::split(marked, int(marked.size()))) {
            const QString lower = word.text.toLower();
            if (!words->contains(lower))
                words->append(lower);
        }
        from = end + close.size();
    }
}

// Substrings mode, words shorter than a trigram: an excerpt around the first occurrence.
QString substringSnippet(const QString &plain, const QStringList &words) {
    constexpr qsizetype kContext = 40;
    qsizetype at = -1;
    for (const QString &w : words) {
        const qsizetype i = plain.indexOf(w, 0, Qt::CaseInsensitive);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    const qsizetype begin = qMax<qsizetype>(0, at - kContext);
    QString excerpt = plain.mid(begin, 2 * kContext + 20);
    QString html = (begin > 0 ? QStringLiteral("\u2026") : QString()) + excerpt.toHtmlEscaped();
    for (const QString &w : words) {
        const QString escaped = w.toHtmlEscaped();
        html.replace(escaped, kMarkOpen + escaped + kMarkClose, Qt::CaseInsensitive);
    }
    if (begin + excerpt.size() < plain.size())
        html += QStringLiteral("\u2026");
    return html;
}

} // namespace

struct SearchIndex::State {
    explicit State(const Pack &p)
        : pack(p)
        , language(SearchLanguage::forTag(p.manifest().language))
        , stemmer(language.stemmerAlgorithm) {}

    bool build();
    // Which synonym groups lead to some entry (SynonymTable::setFoundInIndex).
    QList<bool> synonymGroupsFound() const;
    void findMatches(const FtsQuery &query, int limit, SearchResults *results) const;
    bool runMatch(QSqlQuery &sql, const FtsQuery &query, int limit, bool ranked,
                  SearchResults *results) const;
    void findSubstrings(const FtsQuery &query, int limit, SearchResults *results) const;
    // The hit for an index row (the entry's position in the pack); nullopt for a stray row.
    std::optional<SearchHit> hitAtRow(qlonglong row) const;

    Pack pack;
    SearchLanguage language;
    Stemmer stemmer;
    std::unique_ptr<SqlConnection> connection;
    SynonymTable synonyms;
    Vocabulary vocabulary;
    std::optional<QueryBuilder> builder;
    double relativeFloor = RelevanceFilter::kRelativeFloor;
    mutable std::optional<QSqlQuery> rankedQuery;
    mutable std::optional<QSqlQuery> bm25Query;
    QString error;
};

bool SearchIndex::State::build() {
    QSqlError openError;
    connection = SqlConnection::open(SqlConnection::memoryPath(), &openError);
    if (!connection) {
        error = openError.text();
        return false;
    }
    QSqlDatabase db = connection->database();
    if (language.analysis == SearchLanguage::Analysis::Stemmed &&
        !SnowballTokenizer::registerWith(connection->handle(), &error)) {
        language = SearchLanguage{}; // words without stems still make a good index
        error.clear();
    }
    const bool substrings = language.analysis == SearchLanguage::Analysis::Substrings;
    QString rankError;
    const bool customRanking =
        !substrings && RankFunction::registerWith(connection->handle(), &rankError);
    if (!IndexWriter::write(db, pack, language, &error))
        return false;
    if (!substrings && !IndexWriter::readVocabulary(db, &vocabulary, &error))
        return false;
    if (!substrings) {
        for (const QString &word : CommonWords::forLanguage(pack.manifest().language))
            vocabulary.addCommonWord(word, stemmer.stem(word));
        for (const QString &word : CommonWords::broadForLanguage(pack.manifest().language))
            vocabulary.addEverydayWord(word, stemmer.stem(word));
    }
    synonyms =
        SynonymTable(pack.synonyms(), stemmer, [this](const QString &folded, const QString &stem) {
            return vocabulary.isCommonWord(folded, stem);
        });
    if (!substrings) {
        for (const QString &word : synonyms.words())
            vocabulary.addSynonymWord(word);
    }
    if (!substrings)
        synonyms.setFoundInIndex(synonymGroupsFound());
    builder.emplace(substrings ? QueryBuilder::Mode::Substrings : QueryBuilder::Mode::Words,
                    stemmer, synonyms, vocabulary);
    // FTS5 sorts by rank itself and computes snippets only for the rows returned. The bm25
    // query serves languages without the custom ranking, and is the fallback should a ranked
    // query ever fail.
    const QString select =
        QStringLiteral("SELECT rowid, rank, highlight(%1, 0, '%2', '%3'), "
                       "snippet(%1, 1, '%2', '%3', '\u2026', 24), "
                       "highlight(%1, 1, char(1), char(2)), highlight(%1, 2, char(1), char(2)) "
                       "FROM %1 WHERE %1 MATCH ? %4 ORDER BY rank LIMIT ?");
    const QString table = QLatin1String(IndexWriter::kTable);
    bm25Query.emplace(db);
    bm25Query->setForwardOnly(true);
    if (!bm25Query->prepare(select.arg(table, kMarkOpen, kMarkClose, QString()))) {
        error = bm25Query->lastError().text();
        return false;
    }
    if (customRanking) {
        rankedQuery.emplace(db);
        rankedQuery->setForwardOnly(true);
        if (!rankedQuery->prepare(
                select.arg(table, kMarkOpen, kMarkClose, QStringLiteral("AND rank MATCH ?")))) {
            error = rankedQuery->lastError().text();
            return false;
        }
    }
    return true;
}

QList<bool> SearchIndex::State::synonymGroupsFound() const {
    QList<bool> found;
    QSqlQuery sql(connection->database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT 1")
                    .arg(QLatin1String(IndexWriter::kTable)));
    for (qsizetype g = 0; g < synonyms.groupCount(); ++g) {
        QStringList phrases;
        for (const SynonymPhrase &phrase : synonyms.group(int(g)))
            phrases.append(QueryBuilder::quoted(phrase.text));
        sql.bindValue(0, phrases.join(QStringLiteral(" OR ")));
        found.append(!phrases.isEmpty() && sql.exec() && sql.next());
        sql.finish();
    }
    return found;
}

bool SearchIndex::State::runMatch(QSqlQuery &sql, const FtsQuery &query, int limit, bool ranked,
                                  SearchResults *results) const {
    int parameter = 0;
    sql.bindValue(parameter++, query.matchExpression);
    if (ranked)
        sql.bindValue(parameter++, RankFunction::rankExpression(query.phrases));
    sql.bindValue(parameter, limit);
    if (!sql.exec())
        return false;
    while (sql.next()) {
        std::optional<SearchHit> found = hitAtRow(sql.value(0).toLongLong());
        if (!found)
            continue;
        SearchHit &hit = *found;
        hit.score = -sql.value(1).toDouble();
        hit.questionHtml = sql.value(2).toString();
        hit.snippetHtml = sql.value(3).toString();
        collectMarked(hit.questionHtml, kMarkOpen, kMarkClose, &hit.matchedWords);
        collectMarked(sql.value(4).toString(), kRawOpen, kRawClose, &hit.matchedWords);
        collectMarked(sql.value(5).toString(), kRawOpen, kRawClose, &hit.matchedWords);
        results->hits.append(hit);
    }
    sql.finish();
    return true;
}

std::optional<SearchHit> SearchIndex::State::hitAtRow(qlonglong row) const {
    if (row < 0 || row >= pack.entries().size())
        return std::nullopt;
    SearchHit hit;
    hit.entryId = pack.entries().at(row).id;
    hit.question = pack.entries().at(row).question;
    return hit;
}

void SearchIndex::State::findMatches(const FtsQuery &query, int limit,
                                     SearchResults *results) const {
    const bool ranked = rankedQuery && query.phrases.size() > 0;
    if (ranked && runMatch(*rankedQuery, query, limit, true, results))
        return;
    results->hits.clear();
    runMatch(*bm25Query, query, limit, false, results); // finds nothing if even this fails
}

void SearchIndex::State::findSubstrings(const FtsQuery &query, int limit,
                                        SearchResults *results) const {
    QStringList conditions;
    for (qsizetype i = 0; i < query.shortWords.size(); ++i)
        conditions.append(
            QStringLiteral("question LIKE ? ESCAPE '\\' OR answer LIKE ? ESCAPE '\\'"));
    QSqlQuery like(connection->database());
    like.setForwardOnly(true);
    like.prepare(
        QStringLiteral("SELECT rowid FROM %1 WHERE %2 ORDER BY rowid LIMIT ?")
            .arg(QLatin1String(IndexWriter::kTable), conditions.join(QStringLiteral(" OR "))));
    int at = 0;
    for (const QString &word : query.shortWords) {
        QString escaped = word.toHtmlEscaped();
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        like.bindValue(at++, pattern);
        like.bindValue(at++, pattern);
    }
    like.bindValue(at, limit);
    if (!like.exec())
        return;
    while (like.next()) {
        const qlonglong row = like.value(0).toLongLong();
        std::optional<SearchHit> found = hitAtRow(row);
        if (!found)
            continue;
        SearchHit &hit = *found;
        const Entry &entry = pack.entries().at(row);
        hit.questionHtml = substringSnippet(entry.question, query.shortWords);
        hit.snippetHtml = substringSnippet(MarkdownPlainText::fromMarkdown(entry.answerMarkdown),
                                           query.shortWords);
        for (const QString &word : query.shortWords) {
            const bool inQuestion = entry.question.contains(word, Qt::CaseInsensitive);
            hit.score += inQuestion ? 2 : 1;
            hit.matchedWords.append(word.toLower());
        }
        results->hits.append(hit);
    }
    std::stable_sort(results->hits.begin(), results->hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
}

SearchIndex::SearchIndex(const Pack &pack)
    : d(std::make_unique<State>(pack)) {
    if (!d->build())
        d->builder.reset();
}

SearchIndex::~SearchIndex() {
    d->rankedQuery.reset(); // before the connection is removed
    d->bm25Query.reset();
}

void SearchIndex::setRelativeFloor(double floor) {
    d->relativeFloor = qBound(0.0, floor, 1.0);
}

bool SearchIndex::isReady() const {
    return d->builder.has_value();
}

QString SearchIndex::errorString() const {
    return d->error;
}

QString SearchIndex::analysisDescription() const {
    switch (d->language.analysis) {
    case SearchLanguage::Analysis::Stemmed:
        return QStringLiteral("words and Snowball stems (%1)")
            .arg(QString::fromLatin1(d->language.stemmerAlgorithm));
    case SearchLanguage::Analysis::Words:
        return QStringLiteral("words");
    case SearchLanguage::Analysis::Substrings:
        return QStringLiteral("trigrams");
    }
    return {};
}

QList<SearchIndex::SynonymGroupReview> SearchIndex::reviewSynonyms() const {
    QList<SynonymGroupReview> reviews;
    if (!isReady() || d->language.analysis == SearchLanguage::Analysis::Substrings)
        return reviews;
    QSqlQuery sql(d->connection->database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT rowid, highlight(%1, 0, char(1), char(2)), "
                               "highlight(%1, 1, char(1), char(2)), "
                               "highlight(%1, 2, char(1), char(2)) FROM %1 WHERE %1 MATCH ?")
                    .arg(QLatin1String(IndexWriter::kTable)));
    for (int g = 0; g < int(d->synonyms.groupCount()); ++g) {
        const QList<SynonymPhrase> &phrases = d->synonyms.group(g);
        if (phrases.isEmpty())
            continue;
        SynonymGroupReview review;
        review.group = g;
        review.firstPhrase = phrases.constFirst().text;
        QStringList expression;
        for (const SynonymPhrase &phrase : phrases)
            expression.append(QueryBuilder::quoted(phrase.text));
        sql.bindValue(0, expression.join(QStringLiteral(" OR ")));
        bool any = false;
        if (sql.exec()) {
            while (sql.next()) {
                any = true;
                QStringList words;
                for (int column = 1; column <= 3; ++column)
                    collectMarked(sql.value(column).toString(), kRawOpen, kRawClose, &words);
                for (QString &word : words)
                    word = QueryTokenizer::fold(word);
                const std::optional<SearchHit> hit = d->hitAtRow(sql.value(0).toLongLong());
                if (hit && !d->synonyms.isMentionedBy(g, words))
                    review.unmentionedIn.append(hit->entryId);
            }
        }
        sql.finish();
        review.leadsNowhere = !any;
        reviews.append(review);
    }
    return reviews;
}

SearchResults SearchIndex::search(const QString &typedText, int limit) const {
    SearchResults results;
    if (!isReady() || limit <= 0)
        return results;
    const FtsQuery query = d->builder->build(typedText);
    if (query.isEmpty() && query.topics.isEmpty())
        return results;
    SearchResults found;
    const int wanted = qMax(limit, RelevanceFilter::kRelatedCount);
    if (!query.matchExpression.isEmpty())
        d->findMatches(query, wanted, &found);
    else if (!query.shortWords.isEmpty())
        d->findSubstrings(query, wanted, &found);
    RelevanceFilter(d->stemmer, d->synonyms, d->relativeFloor)
        .apply(query, found.hits, limit, &results);
    if (!results.hits.isEmpty() || !results.related.isEmpty())
        results.suggestion = query.suggestion;
    // A common word matched inside a pair ("the cost") is still not highlighted on its own.
    for (SearchHit &hit : results.hits) {
        hit.matchedWords.removeIf([this](const QString &word) {
            const QString folded = QueryTokenizer::fold(word);
            return d->vocabulary.isCommonWord(folded, d->stemmer.stem(folded));
        });
        for (const QString &word : std::as_const(hit.matchedWords)) {
            if (!results.matchedTerms.contains(word))
                results.matchedTerms.append(word);
        }
    }
    return results;
}

} // namespace pr
