// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "search/searchindex.h"

#include <QTest>
#include <memory>

using namespace pr;

// Patients ask in their own words, often misspelled; the right answer of the bundled FAQ must
// be among the first three results.
class TestBundledSearch : public QObject {
    Q_OBJECT

    std::unique_ptr<SearchIndex> m_index;

private slots:
    void initTestCase() {
        const PackReadResult result = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(result.ok());
        QVERIFY2(!result.pack->synonyms().isEmpty(), "the bundled pack has synonyms.json");
        m_index = std::make_unique<SearchIndex>(*result.pack);
        QVERIFY2(m_index->isReady(), qPrintable(m_index->errorString()));
    }

    void findsTheRightAnswerInTheTopThree_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> cases = {
            {"price", "cost"},
            {"cost", "cost"},
            {"how much", "cost"},
            {"afford", "cost"},
            {"how expensive is it", "cost"},
            {"can I afford ketamine", "cost"},
            {"prise", "cost"},
            {"insurence", "insurance"},
            {"insurance pay", "insurance"},
            {"will my insurance pay for it", "insurance"},
            {"is it covered by medicare", "insurance"},
            {"insurance coverge", "insurance"},
            {"copay", "insurance"},
            {"side effects", "risks"},
            {"side efects", "risks"},
            {"dangerous", "risks"},
            {"is it safe", "risks"},
            {"nausea", "risks"},
            {"will I throw up", "risks"},
            {"dizzy", "risks"},
            {"seizures", "risks"},
            {"is ketamine addictive", "risks"},
            {"hallucinations", "risks"},
            {"halucinations", "risks"},
            {"how long does it last", "how-long"},
            {"how long will the effects last", "how-long"},
            {"how many sessions do I need", "how-long"},
            {"depresion", "benefits"},
            {"can it help my depression", "benefits"},
            {"does it help with anxiety", "benefits"},
            {"ptsd", "benefits"},
            {"what happens after", "after-treatment"},
            {"what will I feel afterwards", "after-treatment"},
            {"will I feel relaxed", "after-treatment"},
            {"when does it wear off", "after-treatment"},
            {"doesn't work", "no-response"},
            {"what if it does not help me", "no-response"},
            {"I didn't respond", "no-response"},
            {"more information", "more-information"},
            {"where can I learn more", "more-information"},
            {"glutamate", "how-it-works"},
            {"how does it work in the brain", "how-it-works"},
            {"what does it do to my brain", "how-it-works"},
            {"what is ketamine", "what-is"},
            {"explain ketamine treatment", "what-is"},
            {"is it an anesthetic", "what-is"},
        };
        for (const auto &[typed, expected] : cases)
            QTest::newRow(typed) << QString::fromUtf8(typed) << QString::fromUtf8(expected);
    }

    void findsTheRightAnswerInTheTopThree() {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const SearchResults results = m_index->search(typed, 3);
        QStringList top;
        for (const SearchHit &hit : results.hits)
            top.append(hit.entryId);
        QVERIFY2(top.contains(expected), qPrintable(top.join(QLatin1Char(','))));
    }

    void findsTheCostQuestionFirstForPriceAlthoughTheFaqSaysCost() {
        const SearchResults results = m_index->search(QStringLiteral("price"));
        QCOMPARE(results.hits.value(0).entryId, QStringLiteral("cost"));
        QVERIFY(
            results.hits.value(0).snippet.toHtml().contains(QStringLiteral("<mark>cost</mark>")));
    }

    void offersTheCorrectedWordForAMisspelling() {
        QCOMPARE(m_index->search(QStringLiteral("depresion")).suggestion,
                 QStringLiteral("depression"));
        QCOMPARE(m_index->search(QStringLiteral("halucinations")).suggestion,
                 QStringLiteral("hallucinations"));
    }

    void leavesEverydayWordsUncorrected() {
        QVERIFY(m_index->search(QStringLiteral("would my plan pay")).suggestion.isEmpty());
        QVERIFY(m_index->search(QStringLiteral("will it help")).suggestion.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundledSearch)
#include "tst_bundledsearch.moc"
