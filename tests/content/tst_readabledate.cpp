// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/readabledate.h"

#include <QRegularExpression>
#include <QTest>

using namespace pr;

// Review and signature dates, written as each language writes a date in full.
class TestReadableDate : public QObject {
    Q_OBJECT

    const QDate m_date{2026, 11, 28};

private slots:
    void writesSpanishWithItsOwnPrepositions() {
        QCOMPARE(readableDate(m_date, QLocale(QStringLiteral("es"))),
                 QStringLiteral("28 de noviembre de 2026"));
    }

    void writesEnglishWithoutTheDayOfTheWeek() {
        const QString text = readableDate(m_date, QLocale(QStringLiteral("en_GB")));
        QCOMPARE(text, QStringLiteral("28 November 2026"));
    }

    void writesArabicWithOneKindOfDigits() {
        const QLocale arabic(QStringLiteral("ar"));
        const QString text = readableDate(m_date, arabic);
        // The same digits the locale uses for "Question 4 of 10".
        const QString zero = arabic.zeroDigit();
        QVERIFY2(text.contains(zero), qPrintable(text));
        if (zero != u"0")
            QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[0-9]"))), qPrintable(text));
        QVERIFY(!text.contains(arabic.dayName(m_date.dayOfWeek())));
    }
};

QTEST_APPLESS_MAIN(TestReadableDate)
#include "tst_readabledate.moc"
