// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/citedreferences.h"
#include "citationtesthelpers.h"
#include "content/markdownrenderer.h"
#include "web/pageserver.h"

#include <QTest>

using namespace pr;

class TestInlineCitations : public QObject {
    Q_OBJECT

    Pack m_pack;

    QString render(const QString &markdown) const {
        MarkdownRenderer::Options options;
        options.hasReference = [this](const QString &key) {
            return m_pack.reference(key) != nullptr;
        };
        return MarkdownRenderer(options).toHtml(markdown);
    }

private slots:
    void initTestCase() { m_pack = test::citedAnswersPack(); }

    void turnsACitationIntoANumberedLinkToTheReference() {
        QCOMPARE(render(QStringLiteral("A point [@alpha].")),
                 QStringLiteral("<p>A point <a class=\"citation\" role=\"doc-biblioref\" "
                                "href=\"reader:/reference/alpha\" id=\"cite-1-1\">[1]</a>.</p>\n"));
    }

    void numbersReferencesInOrderOfFirstCitation() {
        const QString html = render(QStringLiteral("One [@gamma]. Two [@alpha]. Again [@gamma]."));
        const qsizetype gamma =
            html.indexOf(QStringLiteral("href=\"reader:/reference/gamma\" id=\"cite-1-1\">[1]"));
        const qsizetype alpha =
            html.indexOf(QStringLiteral("href=\"reader:/reference/alpha\" id=\"cite-2-1\">[2]"));
        const qsizetype again =
            html.indexOf(QStringLiteral("href=\"reader:/reference/gamma\" id=\"cite-1-2\">[1]"));
        QVERIFY(gamma >= 0 && alpha > gamma && again > alpha);
        QCOMPARE(citedReferenceKeys(m_pack,
                                    QStringLiteral("One [@gamma]. Two [@alpha]. Again [@gamma].")),
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
    }

    void showsSeveralKeysInOneCitationInAscendingOrder() {
        const QString html = render(QStringLiteral("First [@beta]. Both [@alpha;@beta]."));
        QVERIFY(html.contains(
            QStringLiteral("id=\"cite-1-2\">[1]</a><a class=\"citation\" role=\"doc-biblioref\" "
                           "href=\"reader:/reference/alpha\" id=\"cite-2-1\">[2]</a>")));
    }

    void marksUnknownKeysAsText() {
        const QString html = render(QStringLiteral("See [@nobody; @alpha] and [@<b>]."));
        QVERIFY(html.contains(QStringLiteral("<span class=\"citation-unknown\">[@nobody]</span>")));
        QVERIFY(
            html.contains(QStringLiteral("<span class=\"citation-unknown\">[@&lt;b&gt;]</span>")));
        QVERIFY(html.contains(QStringLiteral("id=\"cite-1-1\">[1]</a>")));
        QCOMPARE(citedReferenceKeys(m_pack, QStringLiteral("See [@nobody; @alpha].")),
                 QStringList{QStringLiteral("alpha")});
    }

    void leavesCodeLinksAndOrdinaryBracketsAlone() {
        const QString html = render(QStringLiteral(
            "`[@alpha]` and [a link [@alpha]](https://example.org) and [see @alpha, p. 3] and "
            "me@example.org [x]"));
        QVERIFY(!html.contains(QStringLiteral("class=\"citation\"")));
        QVERIFY(html.contains(QStringLiteral("<code>[@alpha]</code>")));
        QVERIFY(html.contains(QStringLiteral("[see @alpha, p. 3]")));
    }

    void treatsCitationsAsTextWhenTheRendererKnowsNoReferences() {
        const QString html = MarkdownRenderer({}).toHtml(QStringLiteral("A point [@alpha]."));
        QCOMPARE(html, QStringLiteral("<p>A point [@alpha].</p>\n"));
    }

    void findsCitationsMd4cReportsInPieces() {
        // The escaped underscore makes md4c report the text in several pieces.
        QCOMPARE(citedReferenceKeys(m_pack, QStringLiteral("Text \\_ [@gamma] and *em* [@alpha]")),
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
        QVERIFY(render(QStringLiteral("Search [@alpha] words")).contains(QStringLiteral("[1]")));
    }

    void stillHighlightsSearchedWordsAroundCitations() {
        MarkdownRenderer::Options options;
        options.hasReference = [](const QString &) { return true; };
        options.highlightTerms = {QStringLiteral("point")};
        const QString html =
            MarkdownRenderer(options).toHtml(QStringLiteral("A point [@x] points."));
        QCOMPARE(html, QStringLiteral("<p>A <mark>point</mark> <a class=\"citation\" "
                                      "role=\"doc-biblioref\" href=\"reader:/reference/x\" "
                                      "id=\"cite-1-1\">[1]</a> <mark>points</mark>.</p>\n"));
    }

    void restartsNumberingInEveryAnswer() {
        PageServer server(m_pack);
        const QString first =
            QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("first"))).body);
        const QString second =
            QString::fromUtf8(server.serve(PageServer::entryUrl(QStringLiteral("second"))).body);
        QVERIFY(
            first.contains(QStringLiteral("href=\"reader:/reference/beta\" id=\"cite-1-1\">[1]")));
        QVERIFY(
            first.contains(QStringLiteral("href=\"reader:/reference/alpha\" id=\"cite-2-1\">[2]")));
        QVERIFY(second.contains(
            QStringLiteral("href=\"reader:/reference/gamma\" id=\"cite-1-1\">[1]")));
        QVERIFY(second.contains(
            QStringLiteral("href=\"reader:/reference/alpha\" id=\"cite-2-1\">[2]")));
        QVERIFY(
            first.contains(QStringLiteral("<span class=\"citation-unknown\">[@nobody]</span>")));
    }

    void listsTheCitedKeysOfEachAnswer() {
        QCOMPARE(citedReferenceKeys(m_pack, m_pack.entry(QStringLiteral("first"))->answerMarkdown),
                 (QStringList{QStringLiteral("beta"), QStringLiteral("alpha")}));
        QCOMPARE(citedReferenceKeys(m_pack, m_pack.entry(QStringLiteral("second"))->answerMarkdown),
                 (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha")}));
        QVERIFY(citedReferenceKeys(m_pack, m_pack.entry(QStringLiteral("third"))->answerMarkdown)
                    .isEmpty());
    }

    void findsNoInlineCitationsInTheBundledFaq() {
        const Pack bundled = test::bundledPack();
        for (const Entry &e : bundled.entries()) {
            QVERIFY(citedReferenceKeys(bundled, e.answerMarkdown).isEmpty());
            QVERIFY(!e.answerMarkdown.contains(QStringLiteral("[@")));
        }
    }

    void escapesKeysInReferenceUrls() {
        QCOMPARE(MarkdownRenderer::referenceUrl(QStringLiteral("a b/c")),
                 QStringLiteral("reader:/reference/a%20b%2Fc"));
    }
};

QTEST_GUILESS_MAIN(TestInlineCitations)
#include "tst_inlinecitations.moc"
