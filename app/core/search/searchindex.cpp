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
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "stemmer.h"
#include "synonymtable.h"
#include "vocabulary.h"

#include <optional>

namespace pr {
namespace {

// highlight() and snippet() mark matches with these; IndexWriter::indexableText keeps them
// out of the indexed text.
const QChar kOpen = QChar(1);
const QChar kClose = QChar(2);

void collectMarked(const MarkedText &text, QStringList *words) {
    // Neighbouring matches share one mark ("side effects").
    for (const QString &marked : text.markedStrings()) {
        for (const QueryWord &word : QueryTokenizer::split(marked, int(marked.size()))) {
            const QString lower = word.text.toLower();
            if (!words->contains(lower))
                words->append(lower);
        }
    }
}

// Substrings mode, words shorter than a trigram: an excerpt around the first occurrence.
MarkedText substringSnippet(const QString &plain, const QStringList &words) {
    constexpr qsizetype kContext = 40;
    qsizetype at = -1;
    for (const QString &w : words) {
        const qsizetype i = plain.indexOf(w, 0, Qt::CaseInsensitive);
        if (i >= 0 && (at < 0 || i < at))
            at = i;
    }
    const qsizetype begin = qMax<qsizetype>(0, at - kContext);
    const QString excerpt = plain.mid(begin, 2 * kContext + 20);
    QString text = (begin > 0 ? QStringLiteral("\u2026") : QString()) + excerpt;
    QList<TextRange> ranges;
    for (const QString &w : words) {
        if (w.isEmpty())
            continue;
        for (qsizetype i = text.indexOf(w, 0, Qt::CaseInsensitive); i >= 0;
             i = text.indexOf(w, i + w.size(), Qt::CaseInsensitive))
            ranges.append({i, w.size()});
    }
    if (begin + excerpt.size() < plain.size())
        text += QStringLiteral("\u2026");
    return MarkedText::withRanges(text, ranges);
}

} // namespace

struct SearchIndex::State {
    explicit State(const Pack &p)
        : pack(p)
        , language(SearchLanguage::forTag(p.manifest().language))
        , stemmer(language.stemmerAlgorithm) {}

    bool build(const std::function<bool()> &cancelled);
    // Which synonym groups lead to some entry (SynonymTable::setFoundInIndex).
    QList<bool> synonymGroupsFound() const;
    void findMatches(const FtsQuery &query, int limit, SearchResults *results) const;
    bool runMatch(SqliteStatement &sql, const FtsQuery &query, int limit, bool ranked,
                  SearchResults *results) const;
    void findSubstrings(const FtsQuery &query, int limit, SearchResults *results) const;
    // The hit for an index row (the entry's position in the pack); nullopt for a stray row.
    std::optional<SearchHit> hitAtRow(qint64 row) const;

    Pack pack;
    SearchLanguage language;
    Stemmer stemmer;
    SqliteDatabase db; // declared before the statements, so it is closed after them
    SynonymTable synonyms;
    Vocabulary vocabulary;
    std::optional<QueryBuilder> builder;
    double relativeFloor = RelevanceFilter::kRelativeFloor;
    std::unique_ptr<SqliteStatement> rankedQuery;
    std::unique_ptr<SqliteStatement> bm25Query;
    QString error;
};

bool SearchIndex::State::build(const std::function<bool()> &cancelled) {
    if (!db.isOpen()) {
        error = db.lastError();
        return false;
    }
    if (language.analysis == SearchLanguage::Analysis::Stemmed &&
        !SnowballTokenizer::registerWith(db.handle(), &error)) {
        language = SearchLanguage{}; // words without stems still make a good index
        error.clear();
    }
    const bool substrings = language.analysis == SearchLanguage::Analysis::Substrings;
    QString rankError;
    const bool customRanking = !substrings && RankFunction::registerWith(db.handle(), &rankError);
    if (!IndexWriter::write(db, pack, language, &error, cancelled))
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
        QStringLiteral("SELECT rowid, rank, highlight(%1, 0, char(1), char(2)), "
                       "snippet(%1, 1, char(1), char(2), '\u2026', 24), "
                       "highlight(%1, 1, char(1), char(2)), highlight(%1, 2, char(1), char(2)) "
                       "FROM %1 WHERE %1 MATCH ?1 %2 ORDER BY rank LIMIT ?3");
    const QString table = QLatin1String(IndexWriter::kTable);
    bm25Query = std::make_unique<SqliteStatement>(db.handle(), select.arg(table, QString()));
    if (!bm25Query->isValid()) {
        error = bm25Query->errorString();
        return false;
    }
    if (customRanking) {
        rankedQuery = std::make_unique<SqliteStatement>(
            db.handle(), select.arg(table, QStringLiteral("AND rank MATCH ?2")));
        if (!rankedQuery->isValid()) {
            error = rankedQuery->errorString();
            return false;
        }
    }
    return true;
}

QList<bool> SearchIndex::State::synonymGroupsFound() const {
    QList<bool> found;
    SqliteStatement sql(db.handle(), QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT 1")
                                         .arg(QLatin1String(IndexWriter::kTable)));
    for (qsizetype g = 0; g < synonyms.groupCount(); ++g) {
        QStringList phrases;
        for (const SynonymPhrase &phrase : synonyms.group(int(g)))
            phrases.append(QueryBuilder::quoted(phrase.text));
        sql.bind(1, phrases.join(QStringLiteral(" OR ")));
        found.append(!phrases.isEmpty() && sql.next());
        sql.reset();
    }
    return found;
}

bool SearchIndex::State::runMatch(SqliteStatement &sql, const FtsQuery &query, int limit,
                                  bool ranked, SearchResults *results) const {
    sql.reset();
    sql.bind(1, query.matchExpression);
    if (ranked)
        sql.bind(2, RankFunction::rankExpression(query.phrases));
    sql.bind(3, qint64(limit));
    while (sql.next()) {
        std::optional<SearchHit> found = hitAtRow(sql.integer(0));
        if (!found)
            continue;
        SearchHit &hit = *found;
        hit.score = -sql.real(1);
        hit.markedQuestion = MarkedText::fromDelimited(sql.text(2), kOpen, kClose);
        hit.snippet = MarkedText::fromDelimited(sql.text(3), kOpen, kClose);
        collectMarked(hit.markedQuestion, &hit.matchedWords);
        collectMarked(MarkedText::fromDelimited(sql.text(4), kOpen, kClose), &hit.matchedWords);
        collectMarked(MarkedText::fromDelimited(sql.text(5), kOpen, kClose), &hit.matchedWords);
        results->hits.append(hit);
    }
    const bool ok = !sql.failed();
    sql.reset();
    return ok;
}

std::optional<SearchHit> SearchIndex::State::hitAtRow(qint64 row) const {
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
    // The text is plain, so a word is looked for as it is: no pattern, nothing to escape.
    QStringList conditions;
    for (qsizetype i = 0; i < query.shortWords.size(); ++i)
        conditions.append(QStringLiteral("instr(lower(question), lower(?%1)) > 0 OR "
                                         "instr(lower(answer), lower(?%1)) > 0")
                              .arg(i + 1));
    SqliteStatement sql(
        db.handle(),
        QStringLiteral("SELECT rowid FROM %1 WHERE %2 ORDER BY rowid LIMIT ?%3")
            .arg(QLatin1String(IndexWriter::kTable), conditions.join(QStringLiteral(" OR ")))
            .arg(query.shortWords.size() + 1));
    int at = 1;
    for (const QString &word : query.shortWords)
        sql.bind(at++, word);
    sql.bind(at, qint64(limit));
    while (sql.next()) {
        const qint64 row = sql.integer(0);
        std::optional<SearchHit> found = hitAtRow(row);
        if (!found)
            continue;
        SearchHit &hit = *found;
        const Entry &entry = pack.entries().at(row);
        hit.markedQuestion =
            substringSnippet(IndexWriter::indexableText(entry.question), query.shortWords);
        hit.snippet = substringSnippet(
            IndexWriter::indexableText(MarkdownPlainText::fromMarkdown(entry.answerMarkdown)),
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

SearchIndex::SearchIndex(const Pack &pack, const std::function<bool()> &cancelled)
    : d(std::make_unique<State>(pack)) {
    if (!d->build(cancelled))
        d->builder.reset();
}

SearchIndex::~SearchIndex() = default;

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
    SqliteStatement sql(
        d->db.handle(),
        QStringLiteral("SELECT rowid, highlight(%1, 0, char(1), char(2)), "
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
        sql.bind(1, expression.join(QStringLiteral(" OR ")));
        bool any = false;
        while (sql.next()) {
            any = true;
            QStringList words;
            for (int column = 1; column <= 3; ++column)
                collectMarked(MarkedText::fromDelimited(sql.text(column), kOpen, kClose), &words);
            for (QString &word : words)
                word = QueryTokenizer::fold(word);
            const std::optional<SearchHit> hit = d->hitAtRow(sql.integer(0));
            if (hit && !d->synonyms.isMentionedBy(g, words))
                review.unmentionedIn.append(hit->entryId);
        }
        sql.reset();
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
