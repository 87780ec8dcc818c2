// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/queryplan.h"

#include <QTest>

using namespace pr;

class TestQueryPlan : public QObject {
    Q_OBJECT

    Vocabulary m_vocabulary;

    static QueryPlan::Phrase phrase(const QString &word, int topic, TermFrequency frequency,
                                    bool optional = false) {
        QueryPlan::Phrase p{QLatin1Char('"') + word + QLatin1Char('"'), word, topic, 1.0,
                            frequency};
        p.optional = optional;
        return p;
    }

private slots:
    void initTestCase() { m_vocabulary.setEntryCount(10000); }

    void keepsRarePhrasesInAllColumns() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("glutamate"), 0, {40, 2}));
        plan.limitCost(500);
        QCOMPARE(plan.matchExpression(), QStringLiteral("\"glutamate\""));
    }

    void looksForACommonPhraseInQuestionsOnly() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("cost"), 0, {3000, 300}));
        plan.limitCost(500);
        QCOMPARE(plan.matchExpression(), QStringLiteral("(question : \"cost\")"));
    }

    void dropsAVeryCommonPhraseWhenItsTopicHasAnother() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("the"), 0, {9900, 6000}));
        plan.add(phrase(QStringLiteral("fee"), 0, {100, 5}));
        plan.limitCost(500);
        QCOMPARE(plan.matchExpression(), QStringLiteral("\"fee\""));
    }

    void keepsTheCheapestPhraseOfEveryTopic() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("the"), 0, {9900, 6000}));
        plan.add(phrase(QStringLiteral("what"), 0, {9000, 5000}));
        plan.limitCost(500);
        QCOMPARE(plan.matchExpression(), QStringLiteral("(question : \"what\")"));
    }

    void dropsOptionalPhrasesEntirely() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("fee"), 0, {100, 5}));
        plan.add(phrase(QStringLiteral("is it"), 1, {9000, 5000}, true));
        plan.limitCost(500);
        QCOMPARE(plan.matchExpression(), QStringLiteral("\"fee\""));
    }

    void dropsTheCostliestPhrasesUntilTheQueryIsAffordable() {
        QueryPlan plan(m_vocabulary);
        for (int i = 0; i < 6; ++i)
            plan.add(phrase(QStringLiteral("word%1").arg(i), 0, {400 - i, 1}));
        plan.limitCost(500);
        QCOMPARE(plan.rankedPhrases().size(), 5); // 4 x 500 rows at most
        QVERIFY(!plan.matchExpression().contains(QStringLiteral("word0")));
    }

    void mergesPhrasesWithTheSameKeyKeepingTheLargerWeight() {
        QueryPlan plan(m_vocabulary);
        QueryPlan::Phrase synonym = phrase(QStringLiteral("cost"), 0, {10, 1});
        synonym.kindWeight = 0.5;
        plan.add(synonym);
        plan.add(phrase(QStringLiteral("cost"), 0, {10, 1}));
        QCOMPARE(plan.phrases().size(), 1);
        QCOMPARE(plan.phrases().first().kindWeight, 1.0);
    }

    void weighsRarePhrasesMoreAndNumbersTopicsFromZero() {
        QueryPlan plan(m_vocabulary);
        plan.add(phrase(QStringLiteral("rare"), 7, {5, 1}));
        plan.add(phrase(QStringLiteral("common"), 3, {400, 1}));
        plan.limitCost(500);
        const QList<RankedPhrase> ranked = plan.rankedPhrases();
        QCOMPARE(ranked.at(0).topic, 0);
        QCOMPARE(ranked.at(1).topic, 1);
        QVERIFY(ranked.at(0).weight > ranked.at(1).weight);
    }
};

QTEST_APPLESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
