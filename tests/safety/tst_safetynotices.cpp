// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "safety/safetynotices.h"
#include "translation/languagepackloader.h"
#include "web/pagerenderer.h"
#include "web/pageserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pr;

// One decision for the search panel, the answer pages and faqpack: SafetyNotices.
class TestSafetyNotices : public QObject {
    Q_OBJECT

    Pack m_pack;
    SafetyNotices m_notices = SafetyNotices::bundled();

    static Pack packWith(const Entry &entry, QHash<QString, QString> helpTexts = {}) {
        Manifest m;
        m.id = QStringLiteral("test");
        m.title = QStringLiteral("Test");
        m.language = QStringLiteral("en");
        m.version = QStringLiteral("1");
        m.publisher = QStringLiteral("Test Publisher");
        m.disclaimer = QStringLiteral("Discuss this with your clinician.");
        return Pack(m, {entry}, {}, {}, std::move(helpTexts));
    }

    static Entry entry(const QString &answer) {
        Entry e;
        e.id = QStringLiteral("one");
        e.question = QStringLiteral("What happens?");
        e.answerMarkdown = answer;
        return e;
    }

private slots:
    void initTestCase() {
        const PackReadResult read = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(read.ok());
        m_pack = *read.pack;
    }

    void searchesInThreeLanguages_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("notice");
        QTest::newRow("en suicidal") << QStringLiteral("suicidal") << true;
        QTest::newRow("en self-harm") << QStringLiteral("self-harm") << true;
        QTest::newRow("en overdose") << QStringLiteral("overdose") << true;
        QTest::newRow("en depression") << QStringLiteral("depression") << false;
        QTest::newRow("en cost") << QStringLiteral("cost") << false;
        QTest::newRow("es ideas suicidas") << QStringLiteral("ideas suicidas") << true;
        QTest::newRow("es autolesiones") << QStringLiteral("autolesiones") << true;
        QTest::newRow("es precio") << QStringLiteral("precio") << false;
        QTest::newRow("ar انتحار") << QStringLiteral("انتحار") << true;
        QTest::newRow("ar جرعة زائدة") << QStringLiteral("جرعة زائدة") << true;
        QTest::newRow("ar التكلفة") << QStringLiteral("التكلفة") << false;
    }
    void searchesInThreeLanguages() {
        QFETCH(QString, query);
        QFETCH(bool, notice);
        const QList<SafetyNotice> notices = m_notices.forSearch(query, m_pack);
        QCOMPARE(!notices.isEmpty(), notice);
        if (notice) {
            QCOMPARE(notices.first().kind, SafetyNotice::crisisHelpKind());
            QVERIFY(notices.first().text.emergency.contains(QLatin1String("emergency number")));
            QVERIFY(!notices.first().lines.isEmpty());
        }
    }

    void noBundledAnswerTouchesCrisisTopicsByItself() {
        for (const Entry &e : m_pack.entries())
            QVERIFY2(m_notices.forEntry(e, {}, m_pack).isEmpty(), qPrintable(e.id));
    }

    void anAnswerOpenedFromACrisisSearchShowsTheNotice() {
        const Entry *benefits = m_pack.entry(QStringLiteral("benefits"));
        QVERIFY(!m_notices.forEntry(*benefits, {QStringLiteral("suicidal")}, m_pack).isEmpty());
    }

    void anAnswerAboutOverdoseShowsTheNotice() {
        const Pack pack = packWith(entry(QStringLiteral("Too much can cause an overdose.")));
        QCOMPARE(m_notices.forEntry(pack.entries().first(), {}, pack).size(), 1);
    }

    void aLanguagePackTranslatesTheNotice() {
        const Pack pack = packWith(
            entry(QStringLiteral("texto")),
            {{QStringLiteral("help/title"), QStringLiteral("Si está pensando en hacerse daño")}});
        const QList<SafetyNotice> notices = m_notices.forSearch(QStringLiteral("suicidio"), pack);
        QCOMPARE(notices.first().text.title, QStringLiteral("Si está pensando en hacerse daño"));
    }

    // The shipped language packs, merged with the English pack as the app merges them.
    void theShippedLanguagePacksTranslateTheNotice_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("autolesiones")
                            << QStringLiteral("Si está pensando en hacerse daño");
        QTest::newRow("ar") << QStringLiteral("ar") << QStringLiteral("الانتحار")
                            << QStringLiteral("إذا كنت تفكر في إيذاء نفسك");
    }
    void theShippedLanguagePacksTranslateTheNotice() {
        QFETCH(QString, language);
        QFETCH(QString, query);
        QFETCH(QString, title);
        const LanguagePackLoadResult loaded = LanguagePackLoader(m_pack).load(
            QStringLiteral(PR_SOURCE_DIR "/i18n/packs/") + language);
        QVERIFY(loaded.translated);
        const QList<SafetyNotice> notices = m_notices.forSearch(query, loaded.translated->pack);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().text.title, title);
        for (const HelpLine &line : notices.first().lines)
            QVERIFY2(line.how.contains(line.number), qPrintable(line.how));
    }

    void clinicLinesReplaceTheBundledOnes() {
        SafetyNotices notices = SafetyNotices::bundled();
        HelpLine clinic;
        clinic.name = QStringLiteral("Clinic");
        clinic.number = QStringLiteral("555 0100");
        clinic.fromClinic = true;
        notices.setClinicLines({clinic});
        const QList<SafetyNotice> shown = notices.forSearch(QStringLiteral("suicide"), m_pack);
        QCOMPARE(shown.first().lines, QList<HelpLine>{clinic});
        QCOMPARE(shown.first()
                     .toJson()
                     .value(QLatin1String("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("source"))
                     .toString(),
                 QStringLiteral("clinic settings"));
    }

    void theNoticeComesFirstOnTheAnswerPage() {
        const Pack pack = packWith(entry(QStringLiteral("An overdose needs help.")));
        PageServer server(pack);
        const QString page =
            QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("one"))).body);
        const qsizetype notice = page.indexOf(QLatin1String("class=\"safety-notice\""));
        QVERIFY(notice > 0);
        QVERIFY(notice < page.indexOf(QLatin1String("<h1 id=\"question\"")));
        QVERIFY(notice < page.indexOf(QLatin1String("class=\"whose-words\"")));
        QVERIFY(page.contains(QLatin1String("If you are thinking about harming yourself")));
        QVERIFY(!page.contains(QLatin1String("<svg"))); // no QR code on a desktop
        QVERIFY(!page.contains(SafetyNoticeHtml::printUrl()));
        // Every line names its source and the date it was checked.
        for (const HelpLine &line : server.safetyNotices().help().linesToShow())
            QVERIFY(page.contains(line.checked.toString(Qt::ISODate)));
    }

    void kiosksOfferAQrCodeAndAPrintedSlip() {
        const Pack pack = packWith(entry(QStringLiteral("An overdose needs help.")));
        PageServer server(pack);
        server.setSafetyNoticeOptions({true, true});
        const QString page =
            QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("one"))).body);
        QVERIFY(page.contains(QLatin1String("QR code of these help lines")));
        QVERIFY(page.contains(SafetyNoticeHtml::printUrl()));
        server.setSafetyNoticeOptions({true, false});
        QVERIFY(!QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("one"))).body)
                     .contains(SafetyNoticeHtml::printUrl()));
    }

    // "suicidal" finds the answers about depression, which say nothing about getting help.
    void theAnswerOpenedFromACrisisSearchKeepsTheNotice() {
        PageServer server(m_pack);
        const QUrl url =
            PageServer::entryUrl(QStringLiteral("how-it-works"), {QStringLiteral("depression")},
                                 QStringLiteral("suicidal thoughts"));
        QCOMPARE(PageServer::entryIdOf(url), QStringLiteral("how-it-works"));
        QCOMPARE(server.noticesFor(url).size(), 1);
        const QString page = QString::fromUtf8(server.serve(url).body);
        QVERIFY(page.indexOf(QLatin1String("class=\"safety-notice\"")) <
                page.indexOf(QLatin1String("<h1 id=\"question\"")));
        QVERIFY(page.contains(QLatin1String("<mark>depression</mark>")));
        QVERIFY(server
                    .noticesFor(PageServer::entryUrl(QStringLiteral("how-it-works"),
                                                     {QStringLiteral("depression")}))
                    .isEmpty());
    }

    void noNoticeOnAnOrdinaryAnswer() {
        PageServer server(m_pack);
        const QString page =
            QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("cost"))).body);
        QVERIFY(!page.contains(QLatin1String("safety-notice")));
        QVERIFY(server.noticesFor(PageServer::entryUrl(QStringLiteral("cost"))).isEmpty());
        QVERIFY(!server
                     .noticesFor(PageServer::entryUrl(QStringLiteral("benefits"),
                                                      {QStringLiteral("suicidal")}))
                     .isEmpty());
    }

    // Whose words these are, and the call to talk to a clinician, come before the answer text.
    void everyAnswerSaysWhoseWordsFirst() {
        const PageRenderer renderer(m_pack);
        for (const Entry &e : m_pack.entries()) {
            const QString page = renderer.answerPage(e, {});
            const qsizetype whose = page.indexOf(QLatin1String("class=\"whose-words\""));
            const qsizetype disclaimer = page.indexOf(QLatin1String("class=\"disclaimer\""));
            const qsizetype text = page.indexOf(QLatin1String("<div class=\"answer\">"));
            QVERIFY2(whose > 0 && whose < text, qPrintable(e.id));
            QVERIFY2(disclaimer > whose && disclaimer < text, qPrintable(e.id));
            QCOMPARE(page.count(QLatin1String("class=\"disclaimer\"")), 1);
            QVERIFY(page.contains(QLatin1String("reproduced as published")));
            QVERIFY(page.contains(QLatin1String("not advice from this app or from your clinic")));
            QVERIFY(page.contains(m_pack.manifest().publisher.toHtmlEscaped()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSafetyNotices)
#include "tst_safetynotices.moc"
