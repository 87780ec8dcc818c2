// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

// faqpack refs, run as the program authors use.
class TestRefsCommand : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run faqpack(const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(PR_FAQPACK), QStringList{QStringLiteral("refs")} + arguments);
        if (!process.waitForFinished(30000))
            qFatal("faqpack did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void printsEveryReferenceWithItsBadgeAndWhatTheCheckFound() {
        const Run run = faqpack({});
        QCOMPARE(run.exitCode, 0);
        // Issue 14: first, what the list as a whole is worth.
        QVERIFY(run.out.startsWith(QStringLiteral("The source does not tie any statement")));
        QVERIFY(run.out.contains(QStringLiteral("Could not be found: 4.\n\n1. Sanacora, G., Frye, "
                                                "M. A.,")));
        QVERIFY(run.out.contains(
            QStringLiteral("\n9. Tye, S. J., Miller, S. R., & Blough, B. (n.d.).")));
        QVERIFY(run.out.contains(QStringLiteral("[Not found] [Incomplete in the source]")));
        QVERIFY(run.out.contains(
            QStringLiteral("The check found: published 2016, not 2020; volume not confirmed (the "
                           "source gives 14); "
                           "pages 612, not 612529; DOI 10.3389/fnhum.2016.00612\n")));
        QVERIFY(run.out.contains(
            QStringLiteral("As the source prints it: Li, L., & Vlisides, P. E. (2020).")));
        QVERIFY(run.out.contains(
            QStringLiteral("PMID: 24679390 <https://pubmed.ncbi.nlm.nih.gov/24679390/>")));
        QCOMPARE(run.out.count(QStringLiteral("\n   [")), 9); // one badge line per reference
    }

    void formatsInTheChosenStyle() {
        const Run run = faqpack({QStringLiteral("--style"), QStringLiteral("vancouver"),
                                 QStringLiteral("ref7-li2016")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral(
            "7. Li L, Vlisides PE. Ketamine: 50 years of modulating the mind. Frontiers in Human "
            "Neuroscience. 2016 Nov 29:612. doi:10.3389/fnhum.2016.00612\n")));
    }

    void followsTheStyleInThePacksManifest() {
        const Run run = faqpack(
            {QStringLiteral("--pack"), QStringLiteral(PR_FIXTURES_DIR "/packs/cited-answers")});
        QCOMPARE(run.exitCode, 0);
        // After the summary of the list (issue 14).
        QVERIFY2(run.out.contains(QStringLiteral(".\n\n1. Example AB, van Test JP.")),
                 qPrintable(run.out));
    }

    void exportsRisBibTeXAndCslJson() {
        const Run ris = faqpack({QStringLiteral("--format"), QStringLiteral("ris")});
        QCOMPARE(ris.exitCode, 0);
        QCOMPARE(ris.out.count(QStringLiteral("TY  - JOUR\r\n")), 9);
        QCOMPARE(ris.out.count(QStringLiteral("ER  - \r\n")), 9);
        const Run bib = faqpack({QStringLiteral("--format"), QStringLiteral("bibtex"),
                                 QStringLiteral("ref6-luckenbaugh2014")});
        QCOMPARE(bib.exitCode, 0);
        QVERIFY(bib.out.startsWith(QStringLiteral("@article{ref6-luckenbaugh2014,\n")));
        QCOMPARE(bib.out.count(QLatin1Char('@')), 1);
        const Run json = faqpack({QStringLiteral("--format"), QStringLiteral("csl-json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 9);
    }

    void rejectsUnknownFormatsStylesAndReferences() {
        QCOMPARE(faqpack({QStringLiteral("--format"), QStringLiteral("docx")}).exitCode, 2);
        QCOMPARE(faqpack({QStringLiteral("--style"), QStringLiteral("mla")}).exitCode, 2);
        const Run missing = faqpack({QStringLiteral("no-such-reference")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no reference \"no-such-reference\"")));
        QVERIFY(missing.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefsCommand)
#include "tst_refscommand.moc"
