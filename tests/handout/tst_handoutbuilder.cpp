// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "handout/handoutbuilder.h"
#include "handout/handoutqrtext.h"
#include "handout/handoutselection.h"
#include "system/qrcode.h"
#include "translation/languagepackloader.h"

#include <QRegularExpression>
#include <QtTest>

using namespace pr;

namespace {

HandoutRequest request(const QStringList &ids, bool myQuestions,
                       const QStringList &questions = {}) {
    HandoutRequest r;
    r.entryIds = ids;
    r.includeMyQuestions = myQuestions;
    r.myQuestions = questions;
    r.printedOn = QDate(2026, 12, 3);
    return r;
}

int count(const QString &html, const QString &what) {
    return int(html.count(what));
}

} // namespace

class TestHandoutBuilder : public QObject {
    Q_OBJECT

    Pack m_english;

    Pack translated(const QString &language) const {
        const LanguagePackLoadResult result = LanguagePackLoader(m_english).load(
            QStringLiteral(PR_SOURCE_DIR "/i18n/packs/") + language);
        if (!result.ok())
            qFatal("the %s pack cannot be loaded", qPrintable(language));
        return result.translated->pack;
    }

private slots:
    void initTestCase() {
        const PackReadResult read = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(read.ok());
        m_english = *read.pack;
    }

    void chosenAnswersComeInTheChosenOrderEachWithItsQuestionTextAndFacts() {
        const QString html = HandoutBuilder(m_english).html(
            request({QStringLiteral("risks"), QStringLiteral("cost")}, false));
        const Entry *risks = m_english.entry(QStringLiteral("risks"));
        const Entry *cost = m_english.entry(QStringLiteral("cost"));
        const qsizetype risksAt = html.indexOf(risks->question.toHtmlEscaped());
        const qsizetype costAt = html.indexOf(cost->question.toHtmlEscaped());
        QVERIFY(risksAt > 0);
        QVERIFY(costAt > risksAt);
        QCOMPARE(count(html, QStringLiteral("<section class=\"handout-answer\">")), 2);
        QCOMPARE(count(html, QStringLiteral("class=\"handout-facts\"")), 2);
        // Every fact the issue lists, once per answer.
        QCOMPARE(count(html, QStringLiteral("Publisher: Not named in the source text")), 2);
        QCOMPARE(count(html, QStringLiteral("Last reviewed: not stated by the publisher")), 2);
        QCOMPARE(
            count(html, QStringLiteral("FAQ: Top 10 Questions to Ask, version <bdi>1.0.0</bdi>")),
            2);
        QCOMPARE(count(html, QStringLiteral("Language: English")), 2);
        QCOMPARE(count(html, QStringLiteral("Translation: Original text, not a translation.")), 2);
        QCOMPARE(count(html, QStringLiteral("Printed: 3 December 2026")), 2);
        QVERIFY(html.contains(HandoutBuilder::discussNotice()));
        QVERIFY(html.contains(QStringLiteral("information to discuss with a clinician")));
        // The answer as the reader shows it, with the publisher's framing.
        QCOMPARE(count(html, QStringLiteral("class=\"source-framing\"")), 2);
        QVERIFY(!html.contains(QStringLiteral("<section class=\"handout-my-questions\">")));
    }

    void theFullAnswerTextIsPrinted() {
        const QString html =
            HandoutBuilder(m_english).html(request({QStringLiteral("how-it-works")}, false));
        QString plain = html;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        // Every paragraph of the answer's Markdown appears (its first words, as text).
        const QString markdown = m_english.entry(QStringLiteral("how-it-works"))->answerMarkdown;
        for (const QString &paragraph :
             markdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            const QString words = paragraph.simplified().section(QLatin1Char(' '), 0, 3);
            if (words.contains(QLatin1Char('[')) || words.contains(QLatin1Char('*')) ||
                words.startsWith(QLatin1Char('-')))
                continue;
            QVERIFY2(plain.contains(words), qPrintable(words));
        }
    }

    void crossReferencesArePrintedAsTextNotLinks() {
        const HandoutBuilder builder(m_english);
        QString all;
        QStringList ids;
        for (const Entry &e : m_english.entries())
            ids.append(e.id);
        const QString html = builder.html(request(ids, false));
        QVERIFY(!html.contains(QStringLiteral("href=\"reader:/entry")));
        QVERIFY(!html.contains(QStringLiteral("href=\"entry:")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // Each "See ..." topic of the pack is still named.
        for (const Entry &e : m_english.entries())
            for (const CrossReference &x : e.seeAlso)
                QVERIFY2(html.contains(x.label.toHtmlEscaped()), qPrintable(x.label));
    }

    void referencesAreListedWithWhatTheCheckFound() {
        // The bundled answers cite none of the source's references inline: each answer says
        // so, and the source's list follows the answers once, each with its check.
        const QString html = HandoutBuilder(m_english).html(
            request({QStringLiteral("cost"), QStringLiteral("risks")}, true));
        QCOMPARE(count(html, QStringLiteral("References in this answer")), 2);
        QCOMPARE(count(html, QStringLiteral("This answer cites none of the references")), 2);
        QCOMPARE(count(html, QStringLiteral("References the source lists")), 1);
        QCOMPARE(count(html, QStringLiteral("Reference check: ")),
                 int(m_english.references().size()));
        const QRegularExpression check(QStringLiteral(
            "Reference check: (Confirmed|Details not verified|Details differ|Not found|Not "
            "checked)"));
        QVERIFY(check.match(html).hasMatch());
        QVERIFY(html.indexOf(QStringLiteral("References the source lists")) <
                html.indexOf(QStringLiteral("<section class=\"handout-my-questions\">")));
        // Only "my questions": no references at all.
        QVERIFY(!HandoutBuilder(m_english)
                     .html(request({}, true))
                     .contains(QStringLiteral("Reference check")));
    }

    void anAnswerThatCitesReferencesListsThemUnderIt() {
        QList<Entry> entries = m_english.entries();
        entries[0].answerMarkdown += QStringLiteral(" See the review [@") +
                                     m_english.references().at(1).id + QStringLiteral("].");
        const Pack cited(m_english.manifest(), entries, m_english.references());
        const QString html = HandoutBuilder(cited).html(request({entries[0].id}, false));
        QCOMPARE(count(html, QStringLiteral("Reference check: ")), 1);
        QVERIFY(!html.contains(QStringLiteral("References the source lists")));
    }

    void myQuestionsAloneComeWithRoomToWriteTheAnswers() {
        const QStringList questions = {QStringLiteral("Can I drive home?"),
                                       QStringLiteral("هل يمكنني القيادة؟")};
        HandoutRequest r = request({}, true, questions);
        QString html = HandoutBuilder(m_english).html(r);
        QVERIFY(html.contains(QStringLiteral("<section class=\"handout-my-questions\">")));
        QVERIFY(!html.contains(QStringLiteral("<section class=\"handout-answer\">")));
        QVERIFY(html.contains(QStringLiteral("Can I drive home?")));
        QVERIFY(html.contains(QStringLiteral("dir=\"auto\">هل يمكنني القيادة؟")));
        QCOMPARE(count(html, QStringLiteral("class=\"writing-space\"")), 2);
        QVERIFY(html.contains(QStringLiteral("<title>My questions</title>")));
        QVERIFY(html.contains(QStringLiteral("Printed: 3 December 2026")));
        r.writingSpace = false;
        html = HandoutBuilder(m_english).html(r);
        QCOMPARE(count(html, QStringLiteral("class=\"writing-space\"")), 0);
    }

    void anEmptyQuestionListSaysHowToFillIt() {
        const QString html = HandoutBuilder(m_english).html(request({}, true));
        QVERIFY(html.contains(QStringLiteral("No questions yet.")));
    }

    void answersAndMyQuestionsTogetherPutTheQuestionsLast() {
        const QString html = HandoutBuilder(m_english).html(
            request({QStringLiteral("cost")}, true, {QStringLiteral("Mine?")}));
        QVERIFY(html.indexOf(QStringLiteral("handout-answer")) <
                html.indexOf(QStringLiteral("<section class=\"handout-my-questions\">")));
        QCOMPARE(count(html, QStringLiteral("class=\"handout-facts\"")), 2);
    }

    void thePrintStyleIsLightWithAPageBreakBeforeEachAnswerAndTheReadersTextSize() {
        HandoutRequest r = request({QStringLiteral("cost"), QStringLiteral("risks")}, true);
        r.textScale = 1.5;
        const QString html = HandoutBuilder(m_english).html(r);
        QVERIFY(html.contains(QStringLiteral("class=\"light handout\"")));
        QVERIFY(!html.contains(QStringLiteral("class=\"dark")));
        QVERIFY(html.contains(QStringLiteral(".handout-answer + .handout-answer, .handout-answer "
                                             "+ .handout-my-questions {\n    break-before: page")));
        QVERIFY(html.contains(QStringLiteral("html { font-size: 150.0%; }")));
        QVERIFY(html.contains(QStringLiteral("orphans: 3; widows: 3; break-inside: avoid")));
        // Self-contained: no style sheet or image to fetch.
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    }

    void unknownIdsAreNamedAndLeftOut() {
        const HandoutRequest r = request({QStringLiteral("cost"), QStringLiteral("nope")}, false);
        QCOMPARE(HandoutBuilder(m_english).unknownIds(r), QStringList{QStringLiteral("nope")});
        QCOMPARE(count(HandoutBuilder(m_english).html(r), QStringLiteral("handout-answer\">")), 1);
    }

    void aSpanishHandoutIsInSpanishAndSaysTheTranslationIsNotReviewed() {
        const Pack spanish = translated(QStringLiteral("es"));
        const QString html = HandoutBuilder(spanish).html(request({QStringLiteral("cost")}, false));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"es\" dir=\"ltr\"")));
        QVERIFY(html.contains(spanish.entry(QStringLiteral("cost"))->question.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("Language: Español")));
        QVERIFY(html.contains(QStringLiteral("3 diciembre 2026")));
        // The interface strings are not translated here (no translator installed): the status
        // is the translation notice's, which names the review.
        QVERIFY(html.contains(QStringLiteral("has not been checked by a clinician")));
    }

    void anArabicHandoutIsRightToLeft() {
        const Pack arabic = translated(QStringLiteral("ar"));
        const QString html = HandoutBuilder(arabic).html(
            request({QStringLiteral("cost")}, true, {QStringLiteral("Mine?")}));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\"")));
        QVERIFY(html.contains(arabic.entry(QStringLiteral("cost"))->question.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("العربية")));
    }

    void theCommandLineChoiceIsParsedAndUnknownIdsAreRefusedByName() {
        HandoutSelection s =
            HandoutSelection::parse(QStringLiteral("cost, risks,my-questions,cost"), m_english);
        QVERIFY(s.ok());
        QCOMPARE(s.entryIds, (QStringList{QStringLiteral("cost"), QStringLiteral("risks")}));
        QVERIFY(s.myQuestions);
        s = HandoutSelection::parse(QStringLiteral("my-questions"), m_english);
        QVERIFY(s.ok());
        QVERIFY(s.entryIds.isEmpty());
        s = HandoutSelection::parse(QStringLiteral("cost,../../etc,nope"), m_english);
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(QStringLiteral("../../etc, nope")));
        QVERIFY(s.error.contains(QStringLiteral("what-is")));
        s = HandoutSelection::parse(QStringLiteral(",,"), m_english);
        QVERIFY(!s.ok());
        QVERIFY(s.error.contains(QStringLiteral("nothing was chosen")));
    }

    void theKioskQrTextCarriesTheQuestionsAndFitsTheCode() {
        const QStringList questions = {QStringLiteral("How much does it cost?"),
                                       QStringLiteral("هل يمكنني القيادة بعد الجلسة؟")};
        const HandoutQrText qr = HandoutQrText::make(questions, QrCode::maximumInputBytes);
        QCOMPARE(qr.included, 2);
        QCOMPARE(qr.leftOut, 0);
        QVERIFY(qr.text.contains(QStringLiteral("1. How much does it cost?")));
        QVERIFY(qr.text.contains(QStringLiteral("2. هل يمكنني القيادة بعد الجلسة؟")));
        QVERIFY(QrCode::encode(qr.text).isValid());

        QStringList many;
        for (int i = 0; i < 60; ++i)
            many.append(QStringLiteral("Question number %1 about the treatment?").arg(i));
        const HandoutQrText cut = HandoutQrText::make(many, QrCode::maximumInputBytes);
        QVERIFY(cut.included > 0);
        QCOMPARE(cut.included + cut.leftOut, 60);
        QVERIFY(cut.leftOut > 0);
        QVERIFY(cut.text.toUtf8().size() <= QrCode::maximumInputBytes);
        QVERIFY(QrCode::encode(cut.text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestHandoutBuilder)
#include "tst_handoutbuilder.moc"
