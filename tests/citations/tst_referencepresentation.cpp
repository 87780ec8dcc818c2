// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/referencepresentation.h"
#include "citationtesthelpers.h"

#include <QTest>

using namespace pr;

class TestReferencePresentation : public QObject {
    Q_OBJECT

    Pack m_pack;
    CitationFormatter m_apa{CitationStyle::Apa};

private slots:
    void initTestCase() { m_pack = test::bundledPack(); }

    void showsOneReferenceWithBadgesSourceTextAndTheCheckOnDemand() {
        const QString html =
            ReferencePresentation(m_apa).html(*m_pack.reference(QStringLiteral("ref7-li2016")), 7);
        QVERIFY(html.startsWith(QStringLiteral(
            "<article class=\"reference\" id=\"ref-ref7-li2016\" aria-label=\"Reference 7\">")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"number\">7.</span> Li, L., &amp; "
                                             "Vlisides, P. E. (2016).")));
        QVERIFY(
            html.contains(QStringLiteral("<li class=\"badge badge-differs\">Details differ</li>")));
        QVERIFY(html.contains(QStringLiteral("Li, L., &amp; Vlisides, P. E. (2020).")));
        QVERIFY(html.contains(QStringLiteral("<details class=\"check\">")));
        QVERIFY(html.contains(QStringLiteral("<li>published 2016, not 2020</li>")));
        QVERIFY(html.contains(QStringLiteral(
            "DOI: <a class=\"external\" href=\"https://doi.org/10.3389/fnhum.2016.00612\">"
            "10.3389/fnhum.2016.00612</a>")));
        QVERIFY(!html.contains(QStringLiteral("PMID:")));
        QVERIFY(!html.contains(QStringLiteral("pubmed.ncbi")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    void marksTheNinthReferenceIncomplete() {
        const QString html = ReferencePresentation(m_apa).html(
            *m_pack.reference(QStringLiteral("ref9-tye-truncated")), 9);
        QVERIFY(html.contains(
            QStringLiteral("<li class=\"badge badge-incomplete\">Incomplete in the source</li>")));
        QVERIFY(!html.contains(QStringLiteral("class=\"identifiers\"")));
    }

    void writesTheSameForTheCommandLine() {
        const QString text = ReferencePresentation(m_apa).text(
            *m_pack.reference(QStringLiteral("ref6-luckenbaugh2014")), 6);
        QVERIFY(text.startsWith(QStringLiteral("6. Luckenbaugh, D. A.,")));
        QVERIFY(text.contains(QStringLiteral("\n   [Details differ] ")));
        QVERIFY(text.contains(QStringLiteral("\n   As the source prints it: Luckenbaugh, D. A.")));
        QVERIFY(text.contains(QStringLiteral(
            "\n   DOI: 10.1016/j.jad.2014.02.017 <https://doi.org/10.1016/j.jad.2014.02.017>\n")));
        QVERIFY(text.endsWith(
            QStringLiteral("PMID: 24679390 <https://pubmed.ncbi.nlm.nih.gov/24679390/>\n")));
    }
};

QTEST_GUILESS_MAIN(TestReferencePresentation)
#include "tst_referencepresentation.moc"
