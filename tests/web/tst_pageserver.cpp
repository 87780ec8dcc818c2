// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "signing/trustnotices.h"
#include "translation/cataloguetranslator.h"
#include "translation/interfacecatalogue.h"
#include "web/pageserver.h"

#include <QFile>
#include <QTest>

using namespace pr;

class TestPageServer : public QObject {
    Q_OBJECT

    PageServer m_server;

    QString page(const QString &url) const {
        return QString::fromUtf8(m_server.serve(QUrl(url)).body);
    }

private slots:
    void initTestCase() {
        const PackReadResult result = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(result.ok());
        m_server.setPack(*result.pack);
    }

    void servesEveryAnswerAsASemanticPageWithLangAndDir() {
        for (const Entry &e : m_server.pack().entries()) {
            const WebReply reply = m_server.serve(PageServer::entryUrl(e.id));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.mimeType, QByteArrayLiteral("text/html;charset=utf-8"));
            const QString html = QString::fromUtf8(reply.body);
            QVERIFY(html.contains(QStringLiteral("<html lang=\"en\" dir=\"ltr\"")));
            QVERIFY(
                html.contains(QStringLiteral("<h1 id=\"question\">") + e.question.toHtmlEscaped()));
            QVERIFY(html.contains(QStringLiteral("<main>")));
            QVERIFY(!html.contains(QStringLiteral("<script")));
        }
    }

    void showsProvenanceAndTheClinicianFramingOnEveryAnswer() {
        const QString html = page(QStringLiteral("reader:/entry/cost"));
        QVERIFY(html.contains(QStringLiteral("Publisher: Not named in the source text")));
        QVERIFY(html.contains(QStringLiteral("Last reviewed: not stated by the publisher")));
        QVERIFY(html.contains(QStringLiteral("discuss with your clinician")));
    }

    void framesAnEnglishSourceInEnglishUnderAnotherInterfaceLanguageWhenAsked() {
        QFile ts(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/ar/patient-reader_ar.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        PackProblems problems;
        std::optional<InterfaceCatalogue> arabic = InterfaceCatalogue::parse(
            ts.readAll(), QStringLiteral("patient-reader_ar.ts"), QStringLiteral("ar"), &problems);
        QVERIFY(arabic);
        CatalogueTranslator interface;
        interface.setCatalogue(*arabic);
        QCoreApplication::installTranslator(&interface);
        const QString framedForTheReader = page(QStringLiteral("reader:/entry/cost"));
        PageServer source(m_server.pack());
        source.setFraming(PageRenderer::Framing::PackLanguage);
        const QString framedAsTheSource =
            QString::fromUtf8(source.serve(QUrl(QStringLiteral("reader:/entry/cost"))).body);
        const Manifest &manifest = m_server.pack().manifest();
        const QString arabicTrust =
            TrustNotices::summary(manifest.trust, QLocale(manifest.language));
        const QString englishTrust =
            TrustNotices::summary(manifest.trust, QLocale(manifest.language), true);
        QCoreApplication::removeTranslator(&interface);

        const QString arabicFraming =
            interface.translate("PageRenderer", "Last reviewed: not stated by the publisher");
        QVERIFY(!arabicFraming.isEmpty());
        QVERIFY(framedForTheReader.contains(arabicFraming.toHtmlEscaped()));
        QVERIFY(!framedAsTheSource.contains(arabicFraming.toHtmlEscaped()));
        QVERIFY(framedAsTheSource.contains(
            QStringLiteral("Last reviewed: not stated by the publisher")));
        QVERIFY(
            framedAsTheSource.contains(QStringLiteral("Question %1 of %2")
                                           .arg(m_server.pack().indexOf(QStringLiteral("cost")) + 1)
                                           .arg(m_server.pack().entries().size())));
        QVERIFY(framedAsTheSource.contains(QStringLiteral("discuss with your clinician")));
        QVERIFY(framedAsTheSource.contains(englishTrust.toHtmlEscaped()));
        QVERIFY(arabicTrust != englishTrust);
        QVERIFY(!framedAsTheSource.contains(arabicTrust.toHtmlEscaped()));
    }

    // Issue 14: "See Benefits & Brain Changes" names another page of the publisher's site, not
    // the answer about benefits, so the bundled pack no longer links it.
    void linksCrossReferencesInThePackAndMarksTheOthers() {
        const QString after = page(QStringLiteral("reader:/entry/after-treatment"));
        QVERIFY(after.contains(QStringLiteral("<span class=\"not-included\">Benefits &amp; Brain "
                                              "Changes")));
        QVERIFY(!after.contains(QStringLiteral("href=\"reader:/entry/benefits\"")));
        const PackReadResult minimal =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"));
        QVERIFY(minimal.ok());
        const QString first = QString::fromUtf8(
            PageServer(*minimal.pack).serve(QUrl(QStringLiteral("reader:/entry/first"))).body);
        QVERIFY(first.contains(QStringLiteral("href=\"reader:/entry/second\">Second</a>")));
        const QString risks = page(QStringLiteral("reader:/entry/risks"));
        QVERIFY(risks.contains(QStringLiteral("<span class=\"not-included\">Side Effects")));
        QVERIFY(!risks.contains(QStringLiteral("href=\"reader:/entry/side")));
    }

    void listsTheAnswersThatReferToThisOne() {
        // The bundled pack has no cross-reference inside the pack any more (issue 14).
        QVERIFY(!page(QStringLiteral("reader:/entry/benefits"))
                     .contains(QStringLiteral("Answers that refer to this one")));
        const PackReadResult minimal =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"));
        QVERIFY(minimal.ok());
        const QString html = QString::fromUtf8(
            PageServer(*minimal.pack).serve(QUrl(QStringLiteral("reader:/entry/second"))).body);
        QVERIFY(html.contains(QStringLiteral("Answers that refer to this one")));
        QVERIFY(html.contains(QStringLiteral("href=\"reader:/entry/first\">What is first?")));
    }

    void highlightsTheWordsGivenInTheUrl() {
        const QString html =
            page(QStringLiteral("reader:/entry/insurance?highlight=insurance%20plan"));
        QVERIFY(html.contains(QStringLiteral("<mark>insurance</mark>")));
        QVERIFY(html.contains(QStringLiteral("<mark>plan</mark>")));
    }

    void servesTheHomePageWithEveryQuestion() {
        const QString html = page(QStringLiteral("reader:/home"));
        for (const Entry &e : m_server.pack().entries())
            QVERIFY(html.contains(e.question.toHtmlEscaped()));
    }

    void servesTheStyleSheetAndNothingOutsideIt() {
        const WebReply css = m_server.serve(QUrl(QStringLiteral("reader:/style/answer.css")));
        QCOMPARE(css.status, 200);
        QCOMPARE(css.mimeType, QByteArrayLiteral("text/css;charset=utf-8"));
        QVERIFY(css.body.contains("max-width"));
        QCOMPARE(
            m_server
                .serve(QUrl(QStringLiteral("reader:/style/../packs/ketamine-faq-en/manifest.json")))
                .status,
            404);
        QCOMPARE(m_server.serve(QUrl(QStringLiteral("reader:/style/missing.css"))).status, 404);
    }

    void answersUnknownPagesWithANotFoundPage() {
        const WebReply reply = m_server.serve(QUrl(QStringLiteral("reader:/entry/%3Cscript%3E")));
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.body.contains("<script>"));
        QCOMPARE(m_server.serve(QUrl(QStringLiteral("https://example.org/"))).status, 404);
    }

    void showsAQrCodeOfTheSourceOnlyWhenAsked() {
        const PackReadResult mini =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"));
        QVERIFY(mini.ok());
        PageServer server(*mini.pack);
        const QUrl url = PageServer::entryUrl(QStringLiteral("first"));
        QVERIFY(!QString::fromUtf8(server.serve(url).body).contains(QStringLiteral("<svg")));
        server.setSourceQrCode(true);
        const QString html = QString::fromUtf8(server.serve(url).body);
        QVERIFY(html.contains(QStringLiteral("<svg")));
        QVERIFY(html.contains(QStringLiteral("QR code of https://example.org/faq")));
        // The bundled FAQ names no source address, so there is nothing to encode.
        m_server.setSourceQrCode(true);
        QVERIFY(!page(QStringLiteral("reader:/entry/cost")).contains(QStringLiteral("<svg")));
        m_server.setSourceQrCode(false);
    }

    void followsTheDarkTheme() {
        m_server.setPageStyle({PageTheme::Dark, ReadingFont::Default});
        QVERIFY(page(QStringLiteral("reader:/home")).contains(QStringLiteral("class=\"dark\"")));
        m_server.setPageStyle({PageTheme::HighContrast, ReadingFont::Dyslexic});
        QVERIFY(page(QStringLiteral("reader:/home"))
                    .contains(QStringLiteral("class=\"contrast font-dyslexic\"")));
        m_server.setPageStyle({});
    }
};

QTEST_GUILESS_MAIN(TestPageServer)
#include "tst_pageserver.moc"
