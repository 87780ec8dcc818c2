// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/querytokenizer.h"

#include <QTest>

using namespace pr;

class TestQueryTokenizer : public QObject {
    Q_OBJECT

    static QStringList folded(const QList<QueryWord> &words) {
        QStringList result;
        for (const QueryWord &w : words)
            result.append(w.folded);
        return result;
    }

private slots:
    void splitsOnEverythingThatIsNotALetterOrDigit() {
        const QList<QueryWord> words =
            QueryTokenizer::split(QStringLiteral("\"side\" AND (effects) OR NOT* cost:$250?"));
        QCOMPARE(folded(words), (QStringList{QStringLiteral("side"), QStringLiteral("and"),
                                             QStringLiteral("effects"), QStringLiteral("or"),
                                             QStringLiteral("not"), QStringLiteral("cost"),
                                             QStringLiteral("250")}));
    }

    void keepsWhereEachWordStartsAndHowItWasTyped() {
        const QList<QueryWord> words = QueryTokenizer::split(QStringLiteral("  Is it SAFE"));
        QCOMPARE(words.size(), 3);
        QCOMPARE(words.at(2).text, QStringLiteral("SAFE"));
        QCOMPARE(words.at(2).folded, QStringLiteral("safe"));
        QCOMPARE(words.at(2).start, 8);
    }

    void marksOnlyAWordStillBeingTypedAsPrefix() {
        QVERIFY(QueryTokenizer::split(QStringLiteral("insur")).last().isPrefix);
        QVERIFY(!QueryTokenizer::split(QStringLiteral("insur ")).last().isPrefix);
        QVERIFY(!QueryTokenizer::split(QStringLiteral("price?")).last().isPrefix);
        const QList<QueryWord> words = QueryTokenizer::split(QStringLiteral("side eff"));
        QVERIFY(!words.first().isPrefix);
        QVERIFY(words.last().isPrefix);
    }

    void foldsCaseAndLatinDiacritics() {
        QCOMPARE(QueryTokenizer::fold(QStringLiteral("Café")), QStringLiteral("cafe"));
        QCOMPARE(QueryTokenizer::fold(QStringLiteral("NAÏVE")), QStringLiteral("naive"));
        QCOMPARE(QueryTokenizer::fold(QStringLiteral("Ångström")), QStringLiteral("angstrom"));
    }

    void leavesMarksOfOtherScriptsInPlace() {
        const QString hindi = QStringLiteral("\u0926\u0935\u093E"); // दवा, "medicine"
        QCOMPARE(QueryTokenizer::fold(hindi), hindi);
    }

    void dropsEmojiAndKeepsWordsAroundThem() {
        const QList<QueryWord> words =
            QueryTokenizer::split(QStringLiteral("pain\U0001F622\U0001F48A relief"));
        QCOMPARE(folded(words), (QStringList{QStringLiteral("pain"), QStringLiteral("relief")}));
    }

    void findsNoWordsInPunctuationOrAnEmptyString() {
        QVERIFY(QueryTokenizer::split(QString()).isEmpty());
        QVERIFY(QueryTokenizer::split(QStringLiteral("  \"*()^:-+ \U0001F600")).isEmpty());
    }

    void readsAtMostTwelveWordsOfALongPaste() {
        const QString paste = QStringLiteral("word ").repeated(2048); // 10 KB
        const QList<QueryWord> words = QueryTokenizer::split(paste);
        QCOMPARE(words.size(), QueryTokenizer::kMaxWords);
        QVERIFY(!words.last().isPrefix);
    }

    void cutsOverlongWords() {
        const QList<QueryWord> words = QueryTokenizer::split(QStringLiteral("a").repeated(500));
        QCOMPARE(words.size(), 1);
        QCOMPARE(words.first().text.size(), QueryTokenizer::kMaxWordLength);
    }

    void splitsScriptsWithoutSpacesOnlyAtPunctuation() {
        const QList<QueryWord> words = QueryTokenizer::split(QStringLiteral("副作用は？費用"));
        QCOMPARE(folded(words), (QStringList{QStringLiteral("副作用は"), QStringLiteral("費用")}));
    }
};

QTEST_APPLESS_MAIN(TestQueryTokenizer)
#include "tst_querytokenizer.moc"
