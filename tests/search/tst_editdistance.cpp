// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/editdistance.h"

#include <QTest>

using namespace pr;

class TestEditDistance : public QObject {
    Q_OBJECT

private slots:
    void countsEachInsertionDeletionAndSubstitutionOnce() {
        QCOMPARE(EditDistance::between(u"insurence", u"insurance", 2), 1);
        QCOMPARE(EditDistance::between(u"depresion", u"depression", 2), 1);
        QCOMPARE(EditDistance::between(u"costs", u"cost", 2), 1);
        QCOMPARE(EditDistance::between(u"same", u"same", 2), 0);
    }

    void countsASwapOfNeighboursOnce() {
        QCOMPARE(EditDistance::between(u"sied", u"side", 2), 1);
        QCOMPARE(EditDistance::between(u"anxeity", u"anxiety", 2), 1);
    }

    void givesUpBeyondTheLimit() {
        QCOMPARE(EditDistance::between(u"quoted", u"therapy", 2), 3);
        QCOMPARE(EditDistance::between(u"a", u"abcdef", 1), 2);
    }

    void measuresAWordBeingTypedAgainstTheStartOfAnother() {
        QCOMPARE(EditDistance::toPrefixOf(u"insur", u"insurance", 1), 0);
        QCOMPARE(EditDistance::toPrefixOf(u"insuren", u"insurance", 1), 1);
        QCOMPARE(EditDistance::toPrefixOf(u"xyz", u"insurance", 1), 2);
    }

    void refusesWordsLongerThanItsTable() {
        const QString longWord = QStringLiteral("a").repeated(65);
        QCOMPARE(EditDistance::between(longWord, longWord, 2), 3);
    }
};

QTEST_APPLESS_MAIN(TestEditDistance)
#include "tst_editdistance.moc"
