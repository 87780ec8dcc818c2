// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/referencesummary.h"
#include "citationtesthelpers.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace pr;

class TestReferenceSummary : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void countsTheCheckedReferencesOfTheBundledPack() {
        QLocale::setDefault(QLocale(QStringLiteral("en")));
        const QString text = ReferenceSummary::checkCounts(test::bundledPack().references());
        QVERIFY2(text.contains(QStringLiteral("could confirm 5 of the 9")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Could not be found: 4.")), qPrintable(text));
    }

    void writesItsNumbersInTheDigitsOfTheInterfaceLanguage() {
        // An Arabic window writes "٥ من أصل ٩", as the page does, not "5 من أصل 9".
        QLocale::setDefault(QLocale(QStringLiteral("ar")));
        const QString text = ReferenceSummary::checkCounts(test::bundledPack().references());
        const QLocale arabic(QStringLiteral("ar"));
        QVERIFY2(text.contains(arabic.toString(5)) && text.contains(arabic.toString(9)),
                 qPrintable(text));
        QVERIFY(arabic.toString(5) != QStringLiteral("5"));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[0-9]"))), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestReferenceSummary)
#include "tst_referencesummary.moc"
