// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace pr;

// The bundled FAQ must stay faithful to the publisher's text, which is kept beside the tests.
class TestBundledPack : public QObject {
    Q_OBJECT

    Pack m_pack;
    QString m_source;

private slots:
    void initTestCase() {
        const PackReadResult result = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(result.ok());
        QVERIFY(result.problems.isEmpty());
        m_pack = *result.pack;
        QFile source(QStringLiteral(PR_FIXTURES_DIR "/ketamine-faq-source.txt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        m_source = QString::fromUtf8(source.readAll()).simplified();
    }

    void holdsTheTenQuestionsInTheSourceOrder() {
        QCOMPARE(m_pack.entries().size(), 10);
        qsizetype previous = -1;
        for (const Entry &e : m_pack.entries()) {
            const qsizetype at = m_source.indexOf(e.question);
            QVERIFY2(at > previous, qPrintable(e.question));
            previous = at;
        }
        QCOMPARE(m_pack.entries().first().question, QStringLiteral("What is ketamine therapy?"));
    }

    void reproducesEveryAnswerParagraphWordForWord() {
        for (const Entry &e : m_pack.entries()) {
            const QStringList paragraphs =
                e.answerMarkdown.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
            QVERIFY(!paragraphs.isEmpty());
            for (QString p : paragraphs) {
                p.replace(QRegularExpression(
                              QStringLiteral("\\[([^\\]]*)\\]\\((?:entry|topic):[^)]*\\)")),
                          QStringLiteral("\\1"));
                QVERIFY2(m_source.contains(p.simplified()),
                         qPrintable(e.id + QLatin1Char(':') + p));
            }
        }
    }

    void leavesOutTheCommentWidget() {
        for (const Entry &e : m_pack.entries()) {
            QVERIFY(!e.answerMarkdown.contains(QStringLiteral("Notify of")));
            QVERIFY(!e.answerMarkdown.contains(QStringLiteral("View all comments")));
        }
    }

    void keepsEverySeeLineAsCrossReferences() {
        QCOMPARE(m_pack.entry(QStringLiteral("risks"))->seeAlso,
                 (QList<CrossReference>{{QStringLiteral("Side Effects"), {}},
                                        {QStringLiteral("Contraindications"), {}}}));
        QCOMPARE(m_pack.entry(QStringLiteral("benefits"))->seeAlso.size(), 4);
        const Entry *after = m_pack.entry(QStringLiteral("after-treatment"));
        QCOMPARE(after->seeAlso.size(), 1);
        QCOMPARE(after->seeAlso.first().label, QStringLiteral("Benefits & Brain Changes"));
        // Issue 14: the label names a page of the publisher's site about brain changes, not the
        // answer about benefits: it is not linked, and makes no back-link the source lacks.
        QVERIFY(!after->seeAlso.first().isInPack());
        QVERIFY(m_pack.referrersOf(QStringLiteral("benefits")).isEmpty());
    }

    void holdsAllNineReferencesWithTheNinthIncomplete() {
        QCOMPARE(m_pack.references().size(), 9);
        for (const Reference &r : m_pack.references()) {
            QVERIFY2(m_source.contains(r.sourceText), qPrintable(r.id));
            QVERIFY(r.checkStatus != CheckStatus::Unchecked);
        }
        QVERIFY(m_pack.references().last().incomplete);
        QCOMPARE(m_pack.references().last().sourceText,
                 QStringLiteral("Tye, S. J., Miller, S. R., & Blough, B"));
        QCOMPARE(m_pack.references().at(6).checkStatus, CheckStatus::DetailsDiffer);
        QCOMPARE(m_pack.references().at(6).doi(), QStringLiteral("10.3389/fnhum.2016.00612"));
        QCOMPARE(m_pack.references().at(2).checkStatus, CheckStatus::NotFound);
        QVERIFY(m_pack.references().at(2).doi().isEmpty());
    }

    void statesItsPublisherAndReviewHonestly() {
        QVERIFY(!m_pack.manifest().publisher.isEmpty());
        QVERIFY(!m_pack.manifest().lastReviewed.isValid());
        QVERIFY(!m_pack.manifest().disclaimer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundledPack)
#include "tst_bundledpack.moc"
