// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/pbkdf2.h"
#include "kiosk/pinhash.h"

#include <QTest>

using namespace pr;

class TestPinHash : public QObject {
    Q_OBJECT

private slots:
    void derivesTheKnownPbkdf2HmacSha256Keys_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("expectedHex");
        // RFC 7914, section 11.
        QTest::newRow("RFC 7914, 1 iteration")
            << QByteArray("passwd") << QByteArray("salt") << 1
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("RFC 7914, 80000 iterations")
            << QByteArray("Password") << QByteArray("NaCl") << 80000
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
        // The widely used SHA-256 counterparts of RFC 6070's vectors.
        QTest::newRow("2 iterations")
            << QByteArray("password") << QByteArray("salt") << 2
            << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("4096 iterations, 40 bytes (two blocks)")
            << QByteArray("passwordPASSWORDpassword")
            << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
            << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1"
                          "c635518c7dac47e9");
        QTest::newRow("NUL bytes, 16 bytes")
            << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5) << 4096
            << QByteArray("89b69d0516f829893c696226650a8687");
    }
    void derivesTheKnownPbkdf2HmacSha256Keys() {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, expectedHex);
        const QByteArray key =
            pbkdf2HmacSha256(password, salt, iterations, int(expectedHex.size() / 2));
        QCOMPARE(key.toHex(), expectedHex);
    }

    void derivesNothingWithoutIterations() {
        QVERIFY(pbkdf2HmacSha256("1234", "salt", 0, 32).isEmpty());
    }

    void acceptsTheRightPinAndRefusesAWrongOne() {
        const QString stored = PinHash::create(QStringLiteral("4711"), 1000);
        QVERIFY(PinHash::verify(QStringLiteral("4711"), stored));
        QVERIFY(!PinHash::verify(QStringLiteral("4712"), stored));
        QVERIFY(!PinHash::verify(QStringLiteral("47110"), stored));
        QVERIFY(!PinHash::verify(QString(), stored));
    }

    void storesASaltedHashInTheDocumentedForm() {
        const QString stored = PinHash::create(QStringLiteral("4711"));
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1).toInt(), PinHash::defaultIterations);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), PinHash::saltLength);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), PinHash::hashLength);
        QVERIFY(PinHash::isWellFormed(stored));
        QVERIFY(PinHash::verify(QStringLiteral("4711"), stored));
    }

    void theHashIsNeverThePin() {
        const QString pin = QStringLiteral("20240815");
        const QString stored = PinHash::create(pin, 1000);
        QVERIFY(!stored.contains(pin));
        const QByteArray hash =
            QByteArray::fromBase64(stored.section(QLatin1Char('$'), 3).toLatin1());
        QVERIFY(!hash.contains(pin.toLatin1()));
    }

    void hashesTheSamePinDifferentlyEachTime() {
        const QString a = PinHash::create(QStringLiteral("4711"), 1000);
        const QString b = PinHash::create(QStringLiteral("4711"), 1000);
        QVERIFY(a != b);
        QVERIFY(a.section(QLatin1Char('$'), 2, 2) != b.section(QLatin1Char('$'), 2, 2));
    }

    // The stored form against a published answer, not against the function that makes it:
    // RFC 7914, section 11, PBKDF2-HMAC-SHA256 of "passwd" and "salt", one iteration (its
    // first 32 bytes, in base64).
    void storesTheKnownDerivedKeyOfRfc7914() {
        const QString stored = PinHash::create(QStringLiteral("passwd"), QByteArray("salt"), 1);
        QCOMPARE(stored, QStringLiteral("pbkdf2-sha256$1$c2FsdA==$"
                                        "VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="));
    }

    void aMalformedHashMatchesNoPin_data() {
        QTest::addColumn<QString>("stored");
        const QString good = PinHash::create(QStringLiteral("4711"), 10);
        QTest::newRow("empty") << QString();
        QTest::newRow("the PIN in clear") << QStringLiteral("4711");
        QTest::newRow("other scheme")
            << QString(good).replace(QStringLiteral("sha256"), QStringLiteral("sha1"));
        QTest::newRow("no iterations")
            << QString(good).replace(QStringLiteral("$10$"), QStringLiteral("$0$"));
        QTest::newRow("absurd iterations")
            << QString(good).replace(QStringLiteral("$10$"), QStringLiteral("$2000000000$"));
        QTest::newRow("more iterations than a check may take") << QString(good).replace(
            QStringLiteral("$10$"), QStringLiteral("$%1$").arg(PinHash::maximumIterations + 1));
        QTest::newRow("bad base64") << good.section(QLatin1Char('$'), 0, 2) + QStringLiteral("$!!");
        QTest::newRow("short hash")
            << good.section(QLatin1Char('$'), 0, 2) + QStringLiteral("$AAAA");
    }
    void aMalformedHashMatchesNoPin() {
        QFETCH(QString, stored);
        QVERIFY(!PinHash::isWellFormed(stored));
        QVERIFY(!PinHash::verify(QStringLiteral("4711"), stored));
    }

    void acceptsOnlyPinsOfAtLeastSixDigits_data() {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("six digits") << QStringLiteral("000000") << true;
        QTest::newRow("four digits") << QStringLiteral("0000") << false;
        QTest::newRow("five digits") << QStringLiteral("12345") << false;
        QTest::newRow("eight digits") << QStringLiteral("12345678") << true;
        QTest::newRow("three digits") << QStringLiteral("123") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letters") << QStringLiteral("12ab") << false;
        QTest::newRow("space") << QStringLiteral("12 34") << false;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << false;
        QTest::newRow("too long") << QString(33, QLatin1Char('1')) << false;
    }
    void acceptsOnlyPinsOfAtLeastSixDigits() {
        QFETCH(QString, pin);
        QFETCH(bool, acceptable);
        QCOMPARE(PinHash::pinProblem(pin).isEmpty(), acceptable);
    }

    void comparesInConstantTimeButCorrectly() {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
