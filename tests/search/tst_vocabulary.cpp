// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/vocabulary.h"

#include <QTest>

using namespace pr;

class TestVocabulary : public QObject {
    Q_OBJECT

    Vocabulary m_vocabulary;

private slots:
    void init() {
        m_vocabulary = Vocabulary();
        m_vocabulary.setEntryCount(100);
        m_vocabulary.addIndexedWord(QStringLiteral("insurance"), {12, 3});
        m_vocabulary.addIndexedWord(QStringLiteral("insured"), {2, 0});
        m_vocabulary.addIndexedWord(QStringLiteral("cost"), {20, 5});
        m_vocabulary.addIndexedWord(QStringLiteral("costs"), {4, 0});
        m_vocabulary.addIndexedWord(QStringLiteral("coat"), {1, 0});
        m_vocabulary.addIndexedWord(QStringLiteral("2024"), {9, 0});
        m_vocabulary.addIndexedStem(QStringLiteral("insur"), {13, 3});
        m_vocabulary.addSynonymWord(QStringLiteral("price"));
        m_vocabulary.addCommonWord(QStringLiteral("would"));
    }

    void knowsIndexedWordsTheirStemsSynonymsAndCommonWords() {
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("cost"), QStringLiteral("cost"), false));
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("insure"), QStringLiteral("insur"), false));
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("price"), QStringLiteral("price"), false));
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("would"), QStringLiteral("would"), false));
        QVERIFY(
            !m_vocabulary.isKnown(QStringLiteral("insurence"), QStringLiteral("insurenc"), false));
    }

    void knowsAWordBeingTypedByTheWordsItBegins() {
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("insura"), QStringLiteral("insura"), true));
        QVERIFY(!m_vocabulary.isKnown(QStringLiteral("insura"), QStringLiteral("insura"), false));
        QVERIFY(m_vocabulary.isKnown(QStringLiteral("pri"), QStringLiteral("pri"), true));
    }

    void countsOnlyWordsOfTheIndexAsIndexed() {
        QVERIFY(
            m_vocabulary.isIndexed(QStringLiteral("insurance"), QStringLiteral("insur"), false));
        QVERIFY(!m_vocabulary.isIndexed(QStringLiteral("price"), QStringLiteral("price"), false));
        QVERIFY(!m_vocabulary.isIndexed(QStringLiteral("would"), QStringLiteral("would"), false));
    }

    void correctsATypoToTheClosestWord() {
        QCOMPARE(m_vocabulary.closestWord(QStringLiteral("insurence"), false),
                 QStringLiteral("insurance"));
        QCOMPARE(m_vocabulary.closestWord(QStringLiteral("pirce"), false), QStringLiteral("price"));
    }

    void correctsAWordBeingTypedByTheStartOfKnownWords() {
        QCOMPARE(m_vocabulary.closestWord(QStringLiteral("insuren"), true),
                 QStringLiteral("insurance"));
    }

    void prefersTheWordInMoreEntriesAmongEquallyCloseOnes() {
        QCOMPARE(m_vocabulary.closestWord(QStringLiteral("cosst"), false), QStringLiteral("cost"));
        QCOMPARE(m_vocabulary.closestWord(QStringLiteral("cozt"), false), QStringLiteral("cost"));
    }

    void leavesShortWordsAndFarWordsUncorrected() {
        QVERIFY(m_vocabulary.closestWord(QStringLiteral("cot"), false).isEmpty());
        QVERIFY(m_vocabulary.closestWord(QStringLiteral("banana"), false).isEmpty());
    }

    void neverOffersANumberAsACorrection() {
        QVERIFY(m_vocabulary.closestWord(QStringLiteral("2025"), false).isEmpty());
    }

    void estimatesMatchesOfAWordFromTheWordItsStemAndTheStemAsAWord() {
        const TermFrequency costs =
            m_vocabulary.frequencyOf(QStringLiteral("costs"), QStringLiteral("cost"));
        QCOMPARE(costs.entries, 24);
        QCOMPARE(costs.inQuestions, 5);
    }

    void estimatesMatchesOfAPrefixFromAllTheWordsItBegins() {
        QCOMPARE(m_vocabulary.frequencyOfPrefix(QStringLiteral("co")).entries, 25);
        QCOMPARE(m_vocabulary.frequencyOfPrefix(QStringLiteral("zz")).entries, 0);
    }

    void neverEstimatesMoreThanTheEntriesThereAre() {
        m_vocabulary.addIndexedWord(QStringLiteral("the"), {100, 60});
        m_vocabulary.addIndexedWord(QStringLiteral("then"), {80, 10});
        QCOMPARE(m_vocabulary.frequencyOfPrefix(QStringLiteral("the")).entries, 100);
    }
};

QTEST_APPLESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
