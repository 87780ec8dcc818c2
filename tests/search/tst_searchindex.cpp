// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/searchindex.h"
#include "searchtesting.h"

#include <QTest>

using namespace pr;
using namespace pr::searchtesting;

class TestSearchIndex : public QObject {
    Q_OBJECT

    static QStringList ids(const SearchResults &results) {
        QStringList result;
        for (const SearchHit &hit : results.hits)
            result.append(hit.entryId);
        return result;
    }

    static Pack clinicPack() {
        return pack(
            {entry(QStringLiteral("cost"), QStringLiteral("How much does the treatment cost?"),
                   QStringLiteral("Prices vary between clinics.")),
             entry(QStringLiteral("insurance"), QStringLiteral("Does insurance cover it?"),
                   QStringLiteral("Some insurance plans cover part of the cost.")),
             entry(QStringLiteral("risks"), QStringLiteral("What are the risks?"),
                   QStringLiteral("Side effects include nausea and dizziness.")),
             entry(QStringLiteral("after"), QStringLiteral("What happens after a session?"),
                   QStringLiteral("Most people rest at the caf\u00E9 and feel calm.")),
             entry(QStringLiteral("treatments"), QStringLiteral("How many treatments are needed?"),
                   QStringLiteral("Usually a series of six, then boosters."))},
            {{QStringLiteral("cost"), QStringLiteral("price"), QStringLiteral("afford")},
             {QStringLiteral("risks"), QStringLiteral("side effects"), QStringLiteral("safe")}});
    }

private slots:
    void isReadyForAnEnglishPack() {
        const SearchIndex index(clinicPack());
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        QVERIFY(index.analysisDescription().contains(QStringLiteral("Snowball")));
    }

    void ranksAQuestionMatchAboveAnAnswerMatch() {
        const SearchIndex index(clinicPack());
        const QStringList found = ids(index.search(QStringLiteral("cost ")));
        QCOMPARE(found.value(0), QStringLiteral("cost"));
        QVERIFY(found.contains(QStringLiteral("insurance")));
    }

    void findsTheFaqsWordForTheReadersWord() {
        const SearchIndex index(clinicPack());
        QCOMPARE(ids(index.search(QStringLiteral("afford"))).value(0), QStringLiteral("cost"));
        QCOMPARE(ids(index.search(QStringLiteral("is it safe?"))).value(0),
                 QStringLiteral("risks"));
    }

    void findsWordsByTheirStem() {
        const SearchIndex index(clinicPack());
        QCOMPARE(ids(index.search(QStringLiteral("treatment "))).value(0),
                 QStringLiteral("treatments"));
        QCOMPARE(ids(index.search(QStringLiteral("insured "))).value(0),
                 QStringLiteral("insurance"));
    }

    void findsAWordWhileItIsBeingTyped() {
        const SearchIndex index(clinicPack());
        QCOMPARE(ids(index.search(QStringLiteral("insura"))).value(0), QStringLiteral("insurance"));
        QCOMPARE(ids(index.search(QStringLiteral("dizz"))).value(0), QStringLiteral("risks"));
    }

    void ignoresCaseAndDiacritics() {
        const SearchIndex index(clinicPack());
        QCOMPARE(ids(index.search(QStringLiteral("CAFE "))).value(0), QStringLiteral("after"));
        QCOMPARE(ids(index.search(QStringLiteral("Nàusëa "))).value(0), QStringLiteral("risks"));
    }

    void toleratesATypoAndSaysWhatItSearchedFor() {
        const SearchIndex index(clinicPack());
        const SearchResults results = index.search(QStringLiteral("nausia "));
        QCOMPARE(ids(results).value(0), QStringLiteral("risks"));
        QCOMPARE(results.suggestion, QStringLiteral("nausea"));
        QVERIFY(index.search(QStringLiteral("nausea")).suggestion.isEmpty());
    }

    void returnsHitsAsPlainTextWithTheMatchedRanges() {
        const SearchIndex index(
            pack({entry(QStringLiteral("x"), QStringLiteral("Is <b>bold</b> & safe?"),
                        QStringLiteral("Never run <script>alert(1)</script> "
                                       "or other scripts & tags."))}));
        const SearchResults results = index.search(QStringLiteral("script"));
        QCOMPARE(results.hits.size(), 1);
        const SearchHit &hit = results.hits.first();
        QVERIFY2(hit.snippet.text.contains(QStringLiteral("<script>alert(1)</script>")),
                 qPrintable(hit.snippet.text));
        QVERIFY(hit.snippet.text.contains(QStringLiteral("scripts & tags")));
        QVERIFY(hit.snippet.markedStrings().contains(QStringLiteral("script")));
        QCOMPARE(hit.markedQuestion.text, QStringLiteral("Is <b>bold</b> & safe?"));
        QVERIFY(hit.markedQuestion.marks.isEmpty());
        QCOMPARE(hit.question, QStringLiteral("Is <b>bold</b> & safe?"));
    }

    void marksTheMatchedWordsInSafeHtmlWhereHtmlIsMade() {
        const SearchIndex index(
            pack({entry(QStringLiteral("x"), QStringLiteral("Is <b>bold</b> & safe?"),
                        QStringLiteral("Never run <script>alert(1)</script> "
                                       "or other scripts & tags."))}));
        const SearchHit hit = index.search(QStringLiteral("script")).hits.value(0);
        const QString snippetHtml = hit.snippet.toHtml();
        QVERIFY2(snippetHtml.contains(QStringLiteral("&lt;<mark>script</mark>&gt;")),
                 qPrintable(snippetHtml));
        QVERIFY(!snippetHtml.contains(QStringLiteral("<script")));
        QVERIFY(snippetHtml.contains(QStringLiteral("&amp;")));
        QCOMPARE(hit.markedQuestion.toHtml(),
                 QStringLiteral("Is &lt;b&gt;bold&lt;/b&gt; &amp; safe?"));
    }

    void doesNotMatchTheNamesOfEscapedCharacters() {
        const SearchIndex index(pack({entry(QStringLiteral("x"), QStringLiteral("A & B"),
                                            QStringLiteral("x < y > z, say \"hi\""))}));
        QVERIFY(index.search(QStringLiteral("amp ")).hits.isEmpty());
        QVERIFY(index.search(QStringLiteral("lt ")).hits.isEmpty());
        QVERIFY(index.search(QStringLiteral("quot ")).hits.isEmpty());
    }

    // The plain unicode61 and trigram tokenizers know nothing of HTML: escaped text made
    // "amp", "lt" and "quot" indexed words there, found and offered as spellings.
    void indexesNoEntityNamesInAnyLanguage_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("stemmed (en)") << QStringLiteral("en");
        QTest::newRow("words (sw)") << QStringLiteral("sw");
        QTest::newRow("trigrams (ja)") << QStringLiteral("ja");
    }

    void indexesNoEntityNamesInAnyLanguage() {
        QFETCH(QString, language);
        const SearchIndex index(pack({entry(QStringLiteral("x"), QStringLiteral("Pepper & herbs?"),
                                            QStringLiteral("Use < 5 g, say \"enough\" & stop."))},
                                     {}, language));
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        for (const QString &name : {QStringLiteral("amp"), QStringLiteral("lt"),
                                    QStringLiteral("quot"), QStringLiteral("gt")}) {
            const SearchResults results = index.search(name + QLatin1Char(' '));
            QVERIFY2(results.hits.isEmpty(), qPrintable(name));
            QVERIFY2(results.related.isEmpty(), qPrintable(name));
        }
        for (const QString &typo : {QStringLiteral("ampp"), QStringLiteral("quott")}) {
            const QStringList suggested =
                index.search(typo).suggestion.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(!suggested.contains(QStringLiteral("amp")) &&
                         !suggested.contains(QStringLiteral("quot")),
                     qPrintable(typo + QStringLiteral(" -> ") + suggested.join(u' ')));
        }
        QCOMPARE(ids(index.search(QStringLiteral("pepper"))), QStringList{QStringLiteral("x")});
    }

    void showsAnswersAsTextWithoutMarkdownOrLinkTargets() {
        const SearchIndex index(
            pack({entry(QStringLiteral("x"), QStringLiteral("Where?"),
                        QStringLiteral("See **the** [clinic list](entry:clinics) now."))}));
        const SearchResults results = index.search(QStringLiteral("clinic"));
        QCOMPARE(results.hits.size(), 1);
        QCOMPARE(results.hits.first().snippet.toHtml(),
                 QStringLiteral("See the <mark>clinic</mark> list now."));
        QVERIFY(index.search(QStringLiteral("entry ")).hits.isEmpty());
    }

    void listsTheMatchedWordsForHighlightingTheOpenedAnswer() {
        const SearchIndex index(clinicPack());
        const SearchResults results = index.search(QStringLiteral("price"));
        QCOMPARE(results.hits.first().entryId, QStringLiteral("cost"));
        QVERIFY(results.hits.first().matchedWords.contains(QStringLiteral("cost")));
        QVERIFY(results.hits.first().matchedWords.contains(QStringLiteral("prices")));
        QVERIFY(results.matchedTerms.contains(QStringLiteral("cost")));
    }

    void returnsAtMostTheLimitBestFirst() {
        const SearchIndex index(clinicPack());
        const SearchResults results = index.search(QStringLiteral("the"), 2);
        QCOMPARE(results.hits.size(), 2);
        QVERIFY(results.hits.at(0).score >= results.hits.at(1).score);
        QVERIFY(index.search(QStringLiteral("the"), 0).hits.isEmpty());
    }

    void survivesHostileInput_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("unbalanced quotes") << QStringLiteral("\"side effects");
        QTest::newRow("operators") << QStringLiteral("cost AND OR NOT NEAR(a b, 2)");
        QTest::newRow("only operators") << QStringLiteral("AND OR NOT");
        QTest::newRow("brackets") << QStringLiteral("((cost) [risks] {safe}");
        QTest::newRow("column filter") << QStringLiteral("question: cost answer:risks");
        QTest::newRow("star and caret") << QStringLiteral("* ^cost cost* +risks -safe");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE entries; --");
        QTest::newRow("emoji") << QStringLiteral("\U0001F4B0\U0001F48A cost \U0001F9E0");
        QTest::newRow("control characters") << QStringLiteral("cost\x01\x02\t\nrisks");
        QTest::newRow("nul") << QString(QStringLiteral("cost%1risks").arg(QChar(0)));
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("cost");
        QTest::newRow("10 KB paste") << QStringLiteral("what does it cost? ").repeated(540);
        QTest::newRow("one long word") << QStringLiteral("x").repeated(10240);
        QTest::newRow("html") << QStringLiteral("<mark>cost</mark><script>");
        QTest::newRow("right to left")
            << QStringLiteral("\u0627\u0644\u062A\u0643\u0644\u0641\u0629");
    }

    void survivesHostileInput() {
        QFETCH(QString, typed);
        const SearchIndex index(clinicPack());
        const SearchResults results = index.search(typed);
        for (const SearchHit &hit : results.hits) {
            QVERIFY(!hit.entryId.isEmpty());
            QVERIFY(!hit.snippet.toHtml().contains(QStringLiteral("<script")));
        }
        QVERIFY(index.isReady());
        QCOMPARE(index.search(QStringLiteral("cost ")).hits.value(0).entryId,
                 QStringLiteral("cost"));
    }

    void findsNothingInAnEmptyPack() {
        const SearchIndex index(pack({}));
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        QVERIFY(index.search(QStringLiteral("cost")).hits.isEmpty());
        QVERIFY(index.search(QString()).hits.isEmpty());
    }

    void keepsSeveralIndexesApart() {
        const SearchIndex first(clinicPack());
        const SearchIndex second(pack({entry(QStringLiteral("only"), QStringLiteral("Only here?"),
                                             QStringLiteral("Glutamate."))}));
        QVERIFY(first.search(QStringLiteral("glutamate")).hits.isEmpty());
        QCOMPARE(ids(second.search(QStringLiteral("glutamate"))),
                 QStringList{QStringLiteral("only")});
    }

    void stemsOtherLanguagesWithTheirOwnSnowballStemmer() {
        const SearchIndex index(
            pack({entry(QStringLiteral("kosten"), QStringLiteral("Was kostet die Behandlung?"),
                        QStringLiteral("Die Kosten der Behandlungen sind verschieden.")),
                  entry(QStringLiteral("risiken"), QStringLiteral("Welche Risiken gibt es?"),
                        QStringLiteral("\u00DCbelkeit und Schwindel."))},
                 {}, QStringLiteral("de")));
        QVERIFY(index.analysisDescription().contains(QStringLiteral("de")));
        QCOMPARE(ids(index.search(QStringLiteral("Behandlungen "))).value(0),
                 QStringLiteral("kosten"));
        QCOMPARE(ids(index.search(QStringLiteral("ubelkeit "))).value(0),
                 QStringLiteral("risiken"));
    }

    void indexesWordsWithoutStemsInLanguagesSnowballDoesNotKnow() {
        const SearchIndex index(
            pack({entry(QStringLiteral("a"), QStringLiteral("Gharama ni kiasi gani?"),
                        QStringLiteral("Gharama hutofautiana."))},
                 {}, QStringLiteral("sw")));
        QVERIFY(index.isReady());
        QCOMPARE(index.analysisDescription(), QStringLiteral("words"));
        QCOMPARE(ids(index.search(QStringLiteral("ghara"))), QStringList{QStringLiteral("a")});
    }

    void findsSubstringsInLanguagesWrittenWithoutSpaces() {
        const SearchIndex index(
            pack({entry(QStringLiteral("fukusayou"), QStringLiteral("副作用はありますか？"),
                        QStringLiteral("吐き気やめまいが起こることがあります。")),
                  entry(QStringLiteral("hiyou"), QStringLiteral("費用はいくらですか？"),
                        QStringLiteral("費用は病院によって異なります。"))},
                 {}, QStringLiteral("ja")));
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        QCOMPARE(index.analysisDescription(), QStringLiteral("trigrams"));
        QCOMPARE(ids(index.search(QStringLiteral("副作用"))).value(0), QStringLiteral("fukusayou"));
        QCOMPARE(ids(index.search(QStringLiteral("副作用について"))).value(0),
                 QStringLiteral("fukusayou"));
        const SearchResults shortWord = index.search(QStringLiteral("費用"));
        QCOMPARE(ids(shortWord), QStringList{QStringLiteral("hiyou")});
        QVERIFY(
            shortWord.hits.first().snippet.toHtml().contains(QStringLiteral("<mark>費用</mark>")));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
