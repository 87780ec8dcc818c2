// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/markdownrenderer.h"

#include <QTest>

using namespace pr;

class TestMarkdownRenderer : public QObject {
    Q_OBJECT

    static QString render(const QString &markdown, QStringList highlight = {}) {
        MarkdownRenderer::Options options;
        options.hasEntry = [](const QString &id) { return id == QLatin1String("cost"); };
        options.highlightTerms = highlight;
        return MarkdownRenderer(options).toHtml(markdown);
    }

private slots:
    void rendersParagraphsEmphasisAndLists() {
        QCOMPARE(render(QStringLiteral("Hello *you*.\n\n- one\n- two\n")),
                 QStringLiteral(
                     "<p>Hello <em>you</em>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"));
    }

    void showsRawHtmlAsText() {
        const QString html = render(QStringLiteral("<script>alert(1)</script> <b onclick=x>b</b>"));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<b ")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void replacesImagesByTheirDescription() {
        const QString html = render(QStringLiteral("![a chart](https://tracker.example/x.png)"));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("tracker.example")));
        QVERIFY(html.contains(QStringLiteral("a chart")));
    }

    void linksKnownEntriesAndMarksMissingTopics() {
        QCOMPARE(render(QStringLiteral("[Cost](entry:cost)")),
                 QStringLiteral(
                     "<p><a class=\"entry-link\" href=\"reader:/entry/cost\">Cost</a></p>\n"));
        const QString topic = render(QStringLiteral("[Side Effects](topic:side-effects)"));
        QVERIFY(topic.contains(QStringLiteral("<span class=\"not-included\">Side Effects")));
        QVERIFY(topic.contains(QStringLiteral("not included in this offline edition")));
        QVERIFY(!topic.contains(QStringLiteral("<a")));
        QVERIFY(!render(QStringLiteral("[Gone](entry:gone)")).contains(QStringLiteral("<a")));
    }

    void dropsDangerousLinkSchemes() {
        const QString html =
            render(QStringLiteral("[x](javascript:alert(1)) [y](file:///etc/passwd)"));
        QVERIFY(!html.contains(QStringLiteral("<a")));
        QVERIFY(!html.contains(QStringLiteral("javascript")));
        QVERIFY(html.contains(QStringLiteral("x")));
    }

    void marksExternalLinks() {
        QVERIFY(render(QStringLiteral("[site](https://example.org/a?b=\"c\")"))
                    .contains(QStringLiteral(
                        "<a class=\"external\" href=\"https://example.org/a?b=%22c%22\">")));
    }

    void highlightsSearchedWordsAtWordStartsIgnoringCase() {
        QCOMPARE(
            render(QStringLiteral("Insurance plans cover the cost."),
                   {QStringLiteral("insur"), QStringLiteral("COST")}),
            QStringLiteral("<p><mark>Insurance</mark> plans cover the <mark>cost</mark>.</p>\n"));
        QVERIFY(!render(QStringLiteral("a <b>"), {QStringLiteral("b")})
                     .contains(QStringLiteral("<b>")));
    }

    void survivesHostileInput() {
        QString deep;
        for (int i = 0; i < 5000; ++i)
            deep += QStringLiteral("> [");
        QVERIFY(!render(deep).isNull());
        QVERIFY(!render(QString(100000, QLatin1Char('*'))).isEmpty());
        QVERIFY(render(QString()).isEmpty());
    }

    // Issue 12: a flood of links is capped before it reaches the page; the rest stay as text.
    void showsLinksPastThePageBudgetAsText() {
        MarkdownRenderer::Options options;
        options.hasEntry = [](const QString &id) { return id == QLatin1String("cost"); };
        options.hasReference = [](const QString &) { return true; };
        options.maxLinks = 3;
        const QString html = MarkdownRenderer(options).toHtml(
            QStringLiteral("[@a] [@b] [cost](entry:cost) [@c] [more](entry:cost) "
                           "[web](https://example.org/)"));
        QCOMPARE(html.count(QStringLiteral("<a ")), 3);
        QVERIFY2(html.contains(QStringLiteral("[3]")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("more")));
        QVERIFY(!html.contains(QStringLiteral("not-included")));
        QVERIFY(!html.contains(QStringLiteral("example.org")));

        // The default budget still numbers every citation of a long answer.
        options.maxLinks = MarkdownRenderer::Options().maxLinks;
        QString flood;
        for (int i = 0; i < 5000; ++i)
            flood += QStringLiteral("[@k%1] ").arg(i);
        const QString page = MarkdownRenderer(options).toHtml(flood);
        QCOMPARE(page.count(QStringLiteral("<a ")), options.maxLinks);
        QVERIFY(page.contains(QStringLiteral("[5000]")));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
