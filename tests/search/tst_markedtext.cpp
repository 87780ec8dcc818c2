// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/markedtext.h"

#include <QTest>

using namespace pr;

class TestMarkedText : public QObject {
    Q_OBJECT

private slots:
    void takesTheMarksOutOfDelimitedText() {
        const MarkedText marked =
            MarkedText::fromDelimited(QStringLiteral("a \x01side effects\x02 & \x01"
                                                     "cost\x02"),
                                      QChar(1), QChar(2));
        QCOMPARE(marked.text, QStringLiteral("a side effects & cost"));
        QCOMPARE(marked.markedStrings(),
                 (QStringList{QStringLiteral("side effects"), QStringLiteral("cost")}));
    }

    void escapesTheTextOnlyWhenMakingHtml() {
        const MarkedText marked =
            MarkedText::withRanges(QStringLiteral("<b> & \"x\""), {{0, 3}, {7, 1}});
        QCOMPARE(marked.text, QStringLiteral("<b> & \"x\""));
        QCOMPARE(marked.toHtml(),
                 QStringLiteral("<mark>&lt;b&gt;</mark> &amp; &quot;<mark>x</mark>&quot;"));
        QCOMPARE(marked.withDelimiters(QStringLiteral("["), QStringLiteral("]")),
                 QStringLiteral("[<b>] & \"[x]\""));
    }

    void mergesOverlappingRangesAndDropsThoseOutside() {
        const MarkedText marked =
            MarkedText::withRanges(QStringLiteral("abcdefgh"), {{4, 2}, {0, 2}, {1, 2}, {20, 3}});
        QCOMPARE(marked.marks, (QList<TextRange>{{0, 3}, {4, 2}}));
        QCOMPARE(marked.toHtml(), QStringLiteral("<mark>abc</mark>d<mark>ef</mark>gh"));
    }

    void ignoresAnEmptyOrUnclosedMark() {
        const MarkedText marked =
            MarkedText::fromDelimited(QStringLiteral("\x01\x02x \x01y"), QChar(1), QChar(2));
        QCOMPARE(marked.text, QStringLiteral("x y"));
        QVERIFY(marked.marks.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkedText)
#include "tst_markedtext.moc"
