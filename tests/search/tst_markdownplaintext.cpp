// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/markdownplaintext.h"

#include <QTest>

using namespace pr;

class TestMarkdownPlainText : public QObject {
    Q_OBJECT

private slots:
    void keepsTheWordsAndDropsTheMarkup() {
        QCOMPARE(MarkdownPlainText::fromMarkdown(QStringLiteral("Some *very* **strong** `code`.")),
                 QStringLiteral("Some very strong code."));
    }

    void keepsLinkTextAndDropsLinkTargets() {
        QCOMPARE(MarkdownPlainText::fromMarkdown(
                     QStringLiteral("See [treatable illnesses](topic:treatable) and "
                                    "[the guide](https://example.org/guide).")),
                 QStringLiteral("See treatable illnesses and the guide."));
    }

    void putsEachBlockOnItsOwnLine() {
        QCOMPARE(
            MarkdownPlainText::fromMarkdown(QStringLiteral("# Title\n\nOne\ntwo.\n\n- a\n- b")),
            QStringLiteral("Title\nOne two.\na\nb"));
    }

    void decodesEntityReferences() {
        QCOMPARE(MarkdownPlainText::fromMarkdown(QStringLiteral("A &amp; B &#233; &#x41; &copy;")),
                 QStringLiteral("A & B \u00E9 A &copy;"));
    }

    void showsRawHtmlAsText() {
        QCOMPARE(MarkdownPlainText::fromMarkdown(QStringLiteral("a <b>bold</b> move")),
                 QStringLiteral("a <b>bold</b> move"));
    }
};

QTEST_APPLESS_MAIN(TestMarkdownPlainText)
#include "tst_markdownplaintext.moc"
