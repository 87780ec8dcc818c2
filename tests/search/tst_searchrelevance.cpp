// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "search/relevancefilter.h"
#include "search/searchindex.h"
#include "translation/languagepackloader.h"

#include <QTest>
#include <memory>

using namespace pr;

// Search must never mislead (issue 15), in English, Spanish and Arabic: common words alone find
// nothing and are never highlighted, weak matches are not listed, and a topic that no answer
// discusses is "not answered here", with the closest questions only as related.
class TestSearchRelevance : public QObject {
    Q_OBJECT

    std::optional<Pack> m_english;
    std::map<QString, std::unique_ptr<SearchIndex>> m_indexes;

    const SearchIndex &index(const QString &language) { return *m_indexes.at(language); }

    static QStringList idsOf(const QList<SearchHit> &hits) {
        QStringList ids;
        for (const SearchHit &hit : hits)
            ids.append(hit.entryId);
        return ids;
    }

    void addCases(const QList<std::tuple<const char *, const char *, const char *>> &cases) {
        for (const auto &[language, typed, expected] : cases)
            QTest::newRow(QByteArray(QByteArray(language) + ": " + typed).constData())
                << QString::fromUtf8(language) << QString::fromUtf8(typed)
                << QString::fromUtf8(expected);
    }

private slots:
    void initTestCase() {
        const PackReadResult english = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(english.ok());
        m_english = *english.pack;
        m_indexes[QStringLiteral("en")] = std::make_unique<SearchIndex>(*m_english);
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("ar")}) {
            const LanguagePackLoadResult loaded =
                LanguagePackLoader(*m_english)
                    .load(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/") + language);
            QVERIFY2(loaded.translated, qPrintable(language));
            m_indexes[language] = std::make_unique<SearchIndex>(loaded.translated->pack);
        }
        for (const auto &[language, searchIndex] : m_indexes)
            QVERIFY2(searchIndex->isReady(), qPrintable(searchIndex->errorString()));
    }

    // Where the FAQ has the answer, it is among the first three.
    void findsTheAnswerAmongCommonWords_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        addCases({
            {"en", "does it hurt", "risks"},
            {"en", "is it safe", "risks"},
            {"en", "how much does it cost", "cost"},
            {"en", "can I afford it", "cost"},
            {"en", "what happens after a session", "after-treatment"},
            // Everyday words the pack never uses ("get", "want") are no topic of their own.
            {"en", "will I get addicted", "risks"},
            {"en", "I want to know the cost", "cost"},
            {"es", "quiero saber el precio", "cost"},
            {"es", "¿duele?", "risks"},
            {"es", "efectos secundarios", "risks"},
            {"es", "¿es seguro?", "risks"},
            {"es", "¿cuánto cuesta?", "cost"},
            {"es", "nauseas", "risks"},
            {"es", "náuseas", "risks"},
            {"es", "¿cubre el seguro médico la terapia?", "insurance"},
            {"ar", "الآثار الجانبية", "risks"},
            {"ar", "هل هو آمن", "risks"},
            {"ar", "هل يؤلم", "risks"},
            {"ar", "كم التكلفة", "cost"},
            {"ar", "هل يغطي التأمين", "insurance"},
            {"ar", "مخدّر", "what-is"},
            {"ar", "دوار", "risks"}, // the answer says "والدوار" ("and dizziness")
            {"ar", "العلاج النفسي", "benefits"},
            {"ar", "مخدر", "what-is"},
        });
    }
    void findsTheAnswerAmongCommonWords() {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const SearchResults results = index(language).search(typed, 3);
        QCOMPARE(results.outcome, SearchOutcome::Answers);
        QVERIFY2(idsOf(results.hits).contains(expected),
                 qPrintable(idsOf(results.hits).join(QLatin1Char(','))));
    }

    // Driving, pregnancy, alcohol, other medicines and words no answer uses: not answered here.
    void saysTheFaqDoesNotAnswerATopicNoAnswerDiscusses_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // unused
        addCases({
            {"en", "can I drive home", ""},
            {"en", "can I drive after my session", ""},
            {"en", "is it safe during pregnancy", ""},
            {"en", "I am breastfeeding", ""},
            {"en", "can I drink alcohol", ""},
            {"en", "can I take it with my other medicines", ""},
            {"en", "does it interact with lithium", ""},
            {"en", "can children have it", ""},
            {"en", "does it cause pain", ""},
            {"en", "does it cause memory loss", ""},
            // No answer discusses suicidal thoughts: never an answer about benefits.
            {"en", "I feel suicidal", ""},
            {"es", "tengo pensamientos suicidas", ""},
            {"es", "¿puedo conducir después?", ""},
            {"es", "estoy embarazada", ""},
            {"es", "¿puedo beber alcohol?", ""},
            {"es", "¿puedo tomarla con otros medicamentos?", ""},
            {"ar", "هل يمكنني القيادة بعد الجلسة", ""},
            {"ar", "أنا حامل", ""},
            {"ar", "هل يمكنني شرب الكحول", ""},
            {"ar", "هل يمكن تناوله مع أدوية أخرى", ""},
        });
    }
    void saysTheFaqDoesNotAnswerATopicNoAnswerDiscusses() {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        const SearchResults results = index(language).search(typed);
        QCOMPARE(results.outcome, SearchOutcome::NotAnswered);
        QVERIFY2(results.hits.isEmpty(), qPrintable(idsOf(results.hits).join(QLatin1Char(','))));
        QVERIFY(!results.unansweredTopics.isEmpty());
    }

    void offersTheClosestQuestionsOnlyAsRelated() {
        const SearchResults results =
            index(QStringLiteral("en")).search(QStringLiteral("is it safe during pregnancy"));
        QCOMPARE(results.outcome, SearchOutcome::NotAnswered);
        QVERIFY(idsOf(results.related).contains(QStringLiteral("risks")));
        QVERIFY(results.related.size() <= 3);
        QVERIFY(results.matchedTerms.isEmpty()); // nothing to highlight: nothing answers it
    }

    // "does it hurt" used to list five answers that matched only "does" and "it".
    void neitherMatchesNorHighlightsCommonWords_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("common");
        addCases({{"en", "does it hurt", "it"},
                  {"en", "can I drive home", "can"},
                  {"en", "how is the cost", "how"},
                  {"es", "¿cuánto cuesta el tratamiento?", "el"},
                  {"ar", "هل يغطي التأمين", "هل"}});
    }
    void neitherMatchesNorHighlightsCommonWords() {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, common);
        const SearchResults results = index(language).search(typed);
        QVERIFY2(!results.matchedTerms.contains(common),
                 qPrintable(results.matchedTerms.join(QLatin1Char(','))));
        for (const SearchHit &hit : results.hits)
            QVERIFY2(!hit.matchedWords.contains(common), qPrintable(hit.entryId));
    }

    void looksForAQueryOfCommonWordsOnlyAsAPhrase() {
        const SearchResults whatIs = index(QStringLiteral("en")).search(QStringLiteral("what is"));
        QCOMPARE(whatIs.hits.value(0).entryId, QStringLiteral("what-is"));
        const SearchResults queEs = index(QStringLiteral("es")).search(QStringLiteral("qué es"));
        QCOMPARE(queEs.hits.value(0).entryId, QStringLiteral("what-is"));
        // Arabic "هلْ" (with a sukun) is the common word "هل" and is found as it is typed.
        const SearchResults hal = index(QStringLiteral("ar")).search(QStringLiteral("هلْ"));
        QCOMPARE(hal.outcome, SearchOutcome::Answers);
    }

    // "efectos secundarios" used to list the insurance answer: the risks group's "seguridad"
    // shares its stem with insurance's "seguro".
    void resolvesAnAmbiguousWordByTheOtherWords() {
        const SearchIndex &es = index(QStringLiteral("es"));
        QCOMPARE(idsOf(es.search(QStringLiteral("efectos secundarios")).hits),
                 QStringList{QStringLiteral("risks")});
        QVERIFY(!idsOf(es.search(QStringLiteral("¿es seguro?")).hits)
                     .contains(QStringLiteral("insurance")));
        QCOMPARE(es.search(QStringLiteral("seguro médico")).hits.value(0).entryId,
                 QStringLiteral("insurance"));
    }

    void listsOnlyAnswersAboveTheRelevanceFloor() {
        for (const auto &[language, searchIndex] : m_indexes) {
            for (const QString &typed :
                 {QStringLiteral("ketamine insurance"), QStringLiteral("terapia seguro"),
                  QStringLiteral("تأمين العلاج")}) {
                const SearchResults results = searchIndex->search(typed);
                for (const SearchHit &hit : results.hits)
                    QVERIFY2(hit.score >=
                                 results.hits.constFirst().score * RelevanceFilter::kRelativeFloor,
                             qPrintable(language + QLatin1Char(' ') + hit.entryId));
            }
        }
        // A precise question lists few answers, not six to nine of the ten.
        QVERIFY(index(QStringLiteral("en")).search(QStringLiteral("does it hurt")).hits.size() <=
                2);
    }

    // Only the groups of topics that no answer discusses lead nowhere: any other would turn a
    // question the FAQ answers into "not answered".
    void leadsNowhereOnlyForTheTopicsNoAnswerDiscusses() {
        const QMap<QString, QStringList> unanswered = {
            {QStringLiteral("en"),
             {QStringLiteral("drive"), QStringLiteral("pregnancy"), QStringLiteral("alcohol"),
              QStringLiteral("other medicines")}},
            {QStringLiteral("es"),
             {QStringLiteral("conducir"), QStringLiteral("embarazo"), QStringLiteral("alcohol"),
              QStringLiteral("otros medicamentos")}},
            {QStringLiteral("ar"),
             {QStringLiteral("القيادة"), QStringLiteral("الحمل"), QStringLiteral("الكحول"),
              QStringLiteral("أدوية أخرى")}}};
        for (const auto &[language, searchIndex] : m_indexes) {
            QStringList nowhere;
            for (const SearchIndex::SynonymGroupReview &review : searchIndex->reviewSynonyms()) {
                if (review.leadsNowhere)
                    nowhere.append(review.firstPhrase);
            }
            QCOMPARE(nowhere, unanswered.value(language));
        }
    }

    // "ketamine" is in every entry of a ketamine FAQ: it decides nothing when there is another
    // topic.
    void listsOnlyAnswersToTheTopicBesidesThePacksSubject() {
        const SearchResults results =
            index(QStringLiteral("en")).search(QStringLiteral("is ketamine safe for older people"));
        QCOMPARE(idsOf(results.hits), QStringList{QStringLiteral("risks")});
        // Alone, the subject still finds every entry.
        QCOMPARE(index(QStringLiteral("en")).search(QStringLiteral("ketamine")).hits.size(), 10);
    }

    void neverOffersTheTypedWordAsACorrection_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); // the suggestion, or empty
        addCases({{"ar", "مخدّر", ""},
                  {"ar", "مُخَدِّر", ""},
                  {"ar", "الاكتئاب", ""},
                  {"ar", "الاكتءاب", "الاكتئاب"},
                  {"es", "depresion", ""},
                  {"es", "depresión", ""},
                  {"es", "alucinasiones", "alucinaciones"},
                  {"en", "depresion", "depression"},
                  // A short word is not "corrected" into another word: "pain" is no "panic".
                  {"en", "does it cause pain", ""},
                  {"en", "memory loss ", ""}});
    }
    void neverOffersTheTypedWordAsACorrection() {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const SearchResults results = index(language).search(typed);
        QCOMPARE(results.suggestion, expected);
    }
};

QTEST_GUILESS_MAIN(TestSearchRelevance)
#include "tst_searchrelevance.moc"
