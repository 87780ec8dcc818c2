// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/stemmer.h"
#include "search/synonymtable.h"

#include <QTest>

using namespace pr;

class TestSynonymTable : public QObject {
    Q_OBJECT

    Stemmer m_stemmer{QByteArrayLiteral("en")};
    SynonymTable m_table;

    QList<SynonymTable::Match> matches(const QString &typed) const {
        const QList<QueryWord> words = QueryTokenizer::split(typed);
        QStringList stems;
        for (const QueryWord &w : words)
            stems.append(m_stemmer.stem(w.folded));
        return m_table.matchesIn(words, stems);
    }
    QList<int> groups(const QString &typed) const {
        QList<int> result;
        for (const SynonymTable::Match &m : matches(typed))
            result.append(m.group);
        return result;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_stemmer.isValid());
        m_table = SynonymTable(
            {{QStringLiteral("cost"), QStringLiteral("price"), QStringLiteral("how much")},
             {QStringLiteral("risks"), QStringLiteral("side effects"), QStringLiteral("Safe")}},
            m_stemmer);
    }

    void findsTheGroupOfATypedWord() {
        QCOMPARE(groups(QStringLiteral("price")), QList<int>{0});
        QCOMPARE(groups(QStringLiteral("is it safe?")), QList<int>{1});
    }

    void comparesWordsByTheirStems() {
        QCOMPARE(groups(QStringLiteral("prices ")), QList<int>{0});
        QCOMPARE(groups(QStringLiteral("risky ")), QList<int>{});
        QCOMPARE(groups(QStringLiteral("risk ")), QList<int>{1});
    }

    void findsPhrasesOnlyAsARunOfWords() {
        const QList<SynonymTable::Match> found = matches(QStringLiteral("what side effects"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().group, 1);
        QCOMPARE(found.first().firstWord, 1);
        QCOMPARE(found.first().wordCount, 2);
        QCOMPARE(groups(QStringLiteral("effects on my side ")), QList<int>{});
    }

    void letsAWordBeingTypedMatchTheGroupWordsItBegins() {
        QCOMPARE(groups(QStringLiteral("pri")), QList<int>{0});
        QCOMPARE(groups(QStringLiteral("side eff")), QList<int>{1});
        QCOMPARE(groups(QStringLiteral("pr")), QList<int>{});   // too short to guess
        QCOMPARE(groups(QStringLiteral("pri ")), QList<int>{}); // no longer being typed
    }

    void listsEveryWordOfEveryGroupFolded() {
        const QStringList words = m_table.words();
        QVERIFY(words.contains(QStringLiteral("safe")));
        QVERIFY(words.contains(QStringLiteral("effects")));
        QVERIFY(m_table.containsStem(m_stemmer.stem(QStringLiteral("prices"))));
    }

    void skipsPhrasesWithoutWords() {
        const SynonymTable table(
            {{QStringLiteral("???"), QStringLiteral("cost"), QStringLiteral("fee")}}, m_stemmer);
        QCOMPARE(table.group(0).size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestSynonymTable)
#include "tst_synonymtable.moc"
