// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/checkreport.h"
#include "citations/sourcetextfacts.h"
#include "citationtesthelpers.h"

#include <QTest>

using namespace pr;

class TestReferenceCheck : public QObject {
    Q_OBJECT

    Pack m_pack;

    CheckReport report(const char *id) const {
        const Reference *r = m_pack.reference(QString::fromLatin1(id));
        if (!r)
            qFatal("no reference %s", id);
        return ReferenceCheck::report(*r);
    }
    static QStringList badgeKeys(const CheckReport &report) {
        QStringList keys;
        for (const CheckBadge &b : report.badges)
            keys.append(b.key);
        return keys;
    }

private slots:
    void initTestCase() { m_pack = test::bundledPack(); }

    void givesEveryReferenceTheBadgeOfItsCheckStatus_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("badges");
        const QStringList confirmed{QStringLiteral("confirmed")};
        const QStringList differs{QStringLiteral("differs")};
        const QStringList notFound{QStringLiteral("not-found")};
        QTest::newRow("1") << QStringLiteral("ref1-sanacora2017") << confirmed;
        // Issue 14: its check confirmed the work, not its volume, issue and pages.
        QTest::newRow("2") << QStringLiteral("ref2-wilkinson2017")
                           << QStringList{QStringLiteral("details-not-verified")};
        QTest::newRow("3") << QStringLiteral("ref3-davis2019") << notFound;
        QTest::newRow("4") << QStringLiteral("ref4-murrough2015") << notFound;
        QTest::newRow("5") << QStringLiteral("ref5-krystal2013") << notFound;
        QTest::newRow("6") << QStringLiteral("ref6-luckenbaugh2014") << differs;
        QTest::newRow("7") << QStringLiteral("ref7-li2016") << differs;
        QTest::newRow("8") << QStringLiteral("ref8-yatham2018") << differs;
        QTest::newRow("9 is also incomplete")
            << QStringLiteral("ref9-tye-truncated")
            << QStringList{QStringLiteral("not-found"), QStringLiteral("incomplete")};
    }

    void givesEveryReferenceTheBadgeOfItsCheckStatus() {
        QFETCH(QString, id);
        QTEST(badgeKeys(ReferenceCheck::report(*m_pack.reference(id))), "badges");
    }

    void labelsBadgesForReaders() {
        QCOMPARE(ReferenceCheck::statusBadge(CheckStatus::Confirmed).label,
                 QStringLiteral("Confirmed"));
        QCOMPARE(ReferenceCheck::statusBadge(CheckStatus::DetailsDiffer).label,
                 QStringLiteral("Details differ"));
        QCOMPARE(ReferenceCheck::statusBadge(CheckStatus::NotFound).label,
                 QStringLiteral("Not found"));
        QCOMPARE(ReferenceCheck::incompleteBadge().label,
                 QStringLiteral("Incomplete in the source"));
    }

    void saysWhatTheCheckFoundForTheSeventhReference() {
        const CheckReport r = report("ref7-li2016");
        QCOMPARE(r.findings.first(), QStringLiteral("published 2016, not 2020"));
        QVERIFY(r.findings.contains(QStringLiteral("DOI 10.3389/fnhum.2016.00612")));
        QVERIFY(r.findings.contains(QStringLiteral("pages 612, not 612529")));
        QVERIFY(r.findings.contains(QStringLiteral("volume not confirmed (the source gives 14)")));
        QVERIFY(r.findingsText().startsWith(
            QStringLiteral("published 2016, not 2020; volume not confirmed")));
        QVERIFY(r.evidence.startsWith(
            QStringLiteral("REAL-BUT-DETAILS-DIFFER: published 29 Nov 2016")));
    }

    void namesTheAuthorTheSourceLeftOut() {
        const CheckReport r = report("ref6-luckenbaugh2014");
        QCOMPARE(r.findings.first(),
                 QStringLiteral("the source leaves out an author: Guevara, Sara"));
        QVERIFY(r.findings.contains(QStringLiteral("PMID 24679390")));
        QVERIFY(r.findings.contains(QStringLiteral("PMCID PMC4065787")));
    }

    void doesNotCountAuthorsTheSourceElidedOnPurpose() {
        for (const char *id : {"ref1-sanacora2017", "ref8-yatham2018"}) {
            for (const QString &finding : report(id).findings)
                QVERIFY2(!finding.contains(QStringLiteral("leaves out")), qPrintable(finding));
        }
    }

    void notesAYearTheSourceDoesNotGive() {
        QCOMPARE(report("ref8-yatham2018").findings,
                 (QStringList{QStringLiteral("published 2018 (the source gives no year)"),
                              QStringLiteral("DOI 10.1111/bdi.12609"),
                              QStringLiteral("PMID 29536616")}));
    }

    void addsOnlyTheDoiToConfirmedReferencesThatHaveOne() {
        QCOMPARE(report("ref1-sanacora2017").findings,
                 QStringList{QStringLiteral("DOI 10.1001/jamapsychiatry.2017.0080")});
        QCOMPARE(report("ref2-wilkinson2017").findings,
                 QStringList{QStringLiteral("DOI 10.1016/j.bpsc.2017.01.011")});
    }

    void findsNothingToCorrectInWorksThatWereNotFound() {
        for (const char *id :
             {"ref3-davis2019", "ref4-murrough2015", "ref5-krystal2013", "ref9-tye-truncated"}) {
            const CheckReport r = report(id);
            QVERIFY(r.findings.isEmpty());
            QVERIFY(r.headline.contains(QStringLiteral("could not find")));
            QVERIFY(!r.evidence.isEmpty());
        }
        QVERIFY(report("ref9-tye-truncated").headline.contains(QStringLiteral("cut off")));
        QVERIFY(!report("ref3-davis2019").headline.contains(QStringLiteral("cut off")));
    }

    void keepsTheEvidenceWordForWord() {
        for (const Reference &r : m_pack.references())
            QCOMPARE(ReferenceCheck::report(r).evidence, r.checkNote);
    }

    void readsYearVolumeIssueAndPagesFromTheSourceText() {
        const SourceTextFacts facts = SourceTextFacts::read(
            m_pack.reference(QStringLiteral("ref1-sanacora2017"))->sourceText);
        QCOMPARE(facts.year, QStringLiteral("2017"));
        QCOMPARE(facts.volume, QStringLiteral("74"));
        QCOMPARE(facts.issue, QStringLiteral("4"));
        QCOMPARE(facts.pages, QStringLiteral("399-405"));
        QVERIFY(facts.elidesAuthors);
        QVERIFY(facts.mentions(QStringLiteral("JAMA Psychiatry")));
        const SourceTextFacts truncated =
            SourceTextFacts::read(QStringLiteral("Tye, S. J., & Blough, B"));
        QVERIFY(truncated.year.isEmpty());
        QVERIFY(truncated.volume.isEmpty());
        QVERIFY(!truncated.elidesAuthors);
    }

    void reportsAnUncheckedReferenceAsSuch() {
        Reference r;
        r.id = QStringLiteral("x");
        r.csl = test::json(R"({"id":"x","title":"T","DOI":"10.1/x"})");
        const CheckReport report = ReferenceCheck::report(r);
        QCOMPARE(report.badges,
                 QList<CheckBadge>{ReferenceCheck::statusBadge(CheckStatus::Unchecked)});
        QCOMPARE(report.badges.first().key, QStringLiteral("unchecked"));
        QVERIFY(report.findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReferenceCheck)
#include "tst_referencecheck.moc"
