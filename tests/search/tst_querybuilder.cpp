// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/querybuilder.h"
#include "search/stemmer.h"
#include "search/synonymtable.h"
#include "search/vocabulary.h"

#include <QRegularExpression>
#include <QTest>

using namespace pr;

class TestQueryBuilder : public QObject {
    Q_OBJECT

    Stemmer m_stemmer{QByteArrayLiteral("en")};
    SynonymTable m_synonyms;
    Vocabulary m_vocabulary;

    FtsQuery build(const QString &typed) const {
        return QueryBuilder(QueryBuilder::Mode::Words, m_stemmer, m_synonyms, m_vocabulary)
            .build(typed);
    }
    // The quoted phrases of an expression, with a trailing * for prefixes.
    static QStringList phrasesOf(const QString &expression) {
        static const QRegularExpression phrase(QStringLiteral("\"((?:[^\"]|\"\")*)\"(\\*?)"));
        QStringList result;
        for (auto it = phrase.globalMatch(expression); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            result.append(m.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\"")) +
                          m.captured(2));
        }
        return result;
    }
    // What is left of an expression without its phrases: only FTS5 syntax of our own.
    static QString syntaxOf(const QString &expression) {
        QString rest = expression;
        rest.remove(QRegularExpression(QStringLiteral("\"((?:[^\"]|\"\")*)\"\\*?")));
        return rest.remove(QStringLiteral(" OR ")).remove(QStringLiteral("(question : )"));
    }

private slots:
    void initTestCase() {
        m_synonyms = SynonymTable(
            {{QStringLiteral("cost"), QStringLiteral("price"), QStringLiteral("fee"),
              QStringLiteral("how much")},
             {QStringLiteral("risks"), QStringLiteral("side effects"), QStringLiteral("safe")}},
            m_stemmer);
        m_vocabulary.setEntryCount(10);
        const QStringList indexed = {
            QStringLiteral("cost"),  QStringLiteral("fee"),       QStringLiteral("how"),
            QStringLiteral("much"),  QStringLiteral("insurance"), QStringLiteral("pay"),
            QStringLiteral("risks"), QStringLiteral("side"),      QStringLiteral("effects"),
            QStringLiteral("or"),    QStringLiteral("not"),       QStringLiteral("is")};
        for (const QString &w : indexed)
            m_vocabulary.addIndexedWord(w, {2, 1});
        m_vocabulary.addIndexedStem(QStringLiteral("insur"), {2, 1});
        m_vocabulary.addIndexedStem(QStringLiteral("risk"), {2, 1});
        m_vocabulary.addIndexedStem(QStringLiteral("effect"), {2, 1});
        for (const QString &w : m_synonyms.words())
            m_vocabulary.addSynonymWord(w);
        m_vocabulary.addCommonWord(QStringLiteral("my"));
        m_vocabulary.addCommonWord(QStringLiteral("is"));
        m_vocabulary.addCommonWord(QStringLiteral("it"));
        m_vocabulary.addIndexedWord(QStringLiteral("it"), {2, 1});
    }

    void quotesEveryWordSoThatOperatorsAreJustWords() {
        const FtsQuery query = build(QStringLiteral("cost OR NOT (fee) question: \"pay\" NEAR*"));
        QVERIFY(!query.matchExpression.isEmpty());
        QCOMPARE(syntaxOf(query.matchExpression), QString());
        QVERIFY(phrasesOf(query.matchExpression).contains(QStringLiteral("OR")));
        QVERIFY(phrasesOf(query.matchExpression).contains(QStringLiteral("NOT")));
    }

    void doublesQuotesInsidePhrases() {
        QCOMPARE(QueryBuilder::quoted(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void searchesTheWordBeingTypedAlsoAsAPrefix() {
        const QStringList typing = phrasesOf(build(QStringLiteral("insur")).matchExpression);
        QVERIFY(typing.contains(QStringLiteral("insur*")));
        const QStringList done = phrasesOf(build(QStringLiteral("insurance ")).matchExpression);
        QVERIFY(done.contains(QStringLiteral("insurance")));
        QVERIFY(!done.contains(QStringLiteral("insurance*")));
    }

    void asksForNeighbouringWordsAsAPhrase() {
        const QStringList phrases =
            phrasesOf(build(QStringLiteral("insurance pay ")).matchExpression);
        QVERIFY(phrases.contains(QStringLiteral("insurance pay")));
        QVERIFY(phrases.contains(QStringLiteral("insurance")));
        QVERIFY(phrases.contains(QStringLiteral("pay")));
    }

    void asksForTheWordsOfASynonymPhraseOnlyAsThatPhrase() {
        // "how much" is a phrase of the cost group: "how" and "much" alone mean nothing else.
        const QStringList phrases = phrasesOf(build(QStringLiteral("how much ")).matchExpression);
        QVERIFY(phrases.contains(QStringLiteral("how much")));
        QVERIFY(phrases.contains(QStringLiteral("cost")));
        QVERIFY(!phrases.contains(QStringLiteral("how")));
        QVERIFY(!phrases.contains(QStringLiteral("much")));
    }

    void neverAsksForACommonWordOnItsOwn() {
        const FtsQuery query = build(QStringLiteral("is it insurance"));
        const QStringList phrases = phrasesOf(query.matchExpression);
        QVERIFY(!phrases.contains(QStringLiteral("is")));
        QVERIFY(!phrases.contains(QStringLiteral("it")));
        QVERIFY(phrases.contains(QStringLiteral("insurance")));
        QCOMPARE(query.topics.size(), 1);
        QCOMPARE(query.topics.constFirst().text, QStringLiteral("insurance"));
    }

    void looksForAQueryOfCommonWordsOnlyAsOnePhraseOrPrefix() {
        FtsQuery query = build(QStringLiteral("is it"));
        QVERIFY(query.onlyCommonWords);
        QCOMPARE(phrasesOf(query.matchExpression),
                 (QStringList{QStringLiteral("is it*"), QStringLiteral("is it")}));
        query = build(QStringLiteral("is it "));
        QCOMPARE(phrasesOf(query.matchExpression), QStringList{QStringLiteral("is it")});
        QVERIFY(query.topics.isEmpty());
    }

    void tellsWhichTopicsTheIndexHasNoWordFor() {
        const FtsQuery query = build(QStringLiteral("insurance pregnancy "));
        QCOMPARE(query.topics.size(), 2);
        QVERIFY(query.topics.at(0).inIndex);
        QVERIFY(!query.topics.at(1).inIndex);
        QCOMPARE(query.topics.at(1).text, QStringLiteral("pregnancy"));
    }

    void bringsInTheSynonymsOfATypedWord() {
        const QStringList phrases = phrasesOf(build(QStringLiteral("price ")).matchExpression);
        QVERIFY(phrases.contains(QStringLiteral("cost")));
        QVERIFY(phrases.contains(QStringLiteral("fee")));
        QVERIFY(phrases.contains(QStringLiteral("how much")));
    }

    void bringsInTheSynonymsOfATypedPhrase() {
        const QStringList phrases =
            phrasesOf(build(QStringLiteral("side effects")).matchExpression);
        QVERIFY(phrases.contains(QStringLiteral("risks")));
    }

    void leavesOutWhatTheIndexCannotMatch() {
        const QStringList phrases =
            phrasesOf(build(QStringLiteral("my price is safe ")).matchExpression);
        QVERIFY(!phrases.contains(QStringLiteral("my")));
        QVERIFY(!phrases.contains(QStringLiteral("price")));
        QVERIFY(!phrases.contains(QStringLiteral("safe")));
        QVERIFY(!phrases.contains(QStringLiteral("is"))); // a common word, not alone
        QVERIFY(phrases.contains(QStringLiteral("risks")));
    }

    void correctsAnUnknownWordAndSuggestsTheCorrectedText() {
        const FtsQuery query = build(QStringLiteral("Insurnce pay"));
        QCOMPARE(query.suggestion, QStringLiteral("insurance pay"));
        QVERIFY(phrasesOf(query.matchExpression).contains(QStringLiteral("insurance")));
    }

    void needsNoCorrectionForAWordWhoseStemIsIndexed() {
        // "insurence" stems to "insur" like "insurance": the stem already finds it.
        const FtsQuery query = build(QStringLiteral("insurence pay"));
        QVERIFY(query.suggestion.isEmpty());
        QVERIFY(phrasesOf(query.matchExpression).contains(QStringLiteral("insurence")));
    }

    // A common word never matches on its own (issue 15): it counts only beside its neighbour,
    // and less than the other word. (This test used to index the list with -1.)
    void weighsEverydayWordsOnlyWithTheirNeighbourAndLessThanOtherWords() {
        const FtsQuery query = build(QStringLiteral("is fee "));
        const QStringList phrases = phrasesOf(query.matchExpression);
        QCOMPARE(query.phrases.size(), phrases.size());
        QVERIFY2(!phrases.contains(QStringLiteral("is")), qPrintable(query.matchExpression));
        const qsizetype pair = phrases.indexOf(QStringLiteral("is fee"));
        const qsizetype fee = phrases.indexOf(QStringLiteral("fee"));
        QVERIFY2(pair >= 0 && fee >= 0, qPrintable(query.matchExpression));
        QVERIFY(query.phrases.at(pair).weight < query.phrases.at(fee).weight);
    }

    void suggestsNothingWhenEveryWordIsKnown() {
        QVERIFY(build(QStringLiteral("insurance pay")).suggestion.isEmpty());
        QVERIFY(build(QStringLiteral("is it my price")).suggestion.isEmpty());
    }

    void buildsNothingFromNothing() {
        QVERIFY(build(QString()).isEmpty());
        QVERIFY(build(QStringLiteral("  \"()*: \U0001F600")).isEmpty());
        QVERIFY(build(QStringLiteral("zzzzqqq")).isEmpty());
    }

    void givesEveryPhraseARankingWeight() {
        const FtsQuery query = build(QStringLiteral("how much does insurance pay"));
        QCOMPARE(query.phrases.size(), phrasesOf(query.matchExpression).size());
        for (const RankedPhrase &p : query.phrases)
            QVERIFY(p.weight > 0);
    }

    void putsAWordAndItsSynonymsIntoOneTopic() {
        const FtsQuery query = build(QStringLiteral("cost "));
        const QStringList phrases = phrasesOf(query.matchExpression);
        const qsizetype cost = phrases.indexOf(QStringLiteral("cost"));
        const qsizetype fee = phrases.indexOf(QStringLiteral("fee"));
        QVERIFY(cost >= 0 && fee >= 0);
        QCOMPARE(query.phrases.at(fee).topic, query.phrases.at(cost).topic);
        QVERIFY(query.phrases.at(cost).weight > query.phrases.at(fee).weight);
    }

    void keepsSeparateWordsInSeparateTopics() {
        const FtsQuery query = build(QStringLiteral("insurance pay "));
        const QStringList phrases = phrasesOf(query.matchExpression);
        QVERIFY(query.phrases.at(phrases.indexOf(QStringLiteral("insurance"))).topic !=
                query.phrases.at(phrases.indexOf(QStringLiteral("pay"))).topic);
    }

    void findsSubstringsForLanguagesWithoutSpaces() {
        const SynonymTable none;
        const Vocabulary empty;
        const QueryBuilder builder(QueryBuilder::Mode::Substrings, m_stemmer, none, empty);
        const FtsQuery query = builder.build(QStringLiteral("副作用は"));
        const QStringList phrases = phrasesOf(query.matchExpression);
        QVERIFY(phrases.contains(QStringLiteral("副作用は")));
        QVERIFY(phrases.contains(QStringLiteral("副作用")));
        QVERIFY(phrases.contains(QStringLiteral("作用は")));
        QCOMPARE(builder.build(QStringLiteral("痛み")).shortWords,
                 QStringList{QStringLiteral("痛み")});
    }
};

QTEST_APPLESS_MAIN(TestQueryBuilder)
#include "tst_querybuilder.moc"
