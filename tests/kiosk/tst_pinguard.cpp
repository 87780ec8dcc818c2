// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/pinguard.h"
#include "kiosk/pinhash.h"

#include <QTest>

using namespace pr;

namespace {

// A clock the test moves by hand, so that nothing sleeps.
struct FakeClock {
    std::shared_ptr<qint64> now = std::make_shared<qint64>(1000);
    PinGuard::Clock clock() const {
        return [now = now] { return *now; };
    }
    void advanceSeconds(int seconds) const { *now += qint64(seconds) * 1000; }
};

QString hashOf(const char *pin) {
    return PinHash::create(QLatin1String(pin), 100);
}

} // namespace

class TestPinGuard : public QObject {
    Q_OBJECT

private slots:
    void acceptsTheRightPin() {
        PinGuard guard(hashOf("2468"), FakeClock().clock());
        const PinGuard::Result result = guard.check(QStringLiteral("2468"));
        QVERIFY(result.accepted());
        QVERIFY(result.message.isEmpty());
    }

    void refusesAWrongPinAndSaysSo() {
        PinGuard guard(hashOf("2468"), FakeClock().clock());
        const PinGuard::Result result = guard.check(QStringLiteral("1357"));
        QCOMPARE(result.outcome, PinGuard::Outcome::Refused);
        QCOMPARE(result.message, QStringLiteral("Wrong PIN."));
        QCOMPARE(guard.consecutiveFailures(), 1);
    }

    void waitsLongerAfterEachFurtherWrongPin() {
        const QList<int> expected = {0, 0, 2, 4, 8, 16, 32, 60, 60, 60};
        for (int failures = 1; failures <= expected.size(); ++failures)
            QCOMPARE(PinGuard::delayAfterFailures(failures), expected.at(failures - 1));
    }

    void refusesTriesDuringTheDelayWithoutCheckingThem() {
        const FakeClock time;
        PinGuard guard(hashOf("2468"), time.clock());
        guard.check(QStringLiteral("0000"));
        guard.check(QStringLiteral("0000"));
        const PinGuard::Result third = guard.check(QStringLiteral("0000"));
        QCOMPARE(third.waitSeconds, 2);
        QCOMPARE(third.message, QStringLiteral("Wrong PIN. Try again in 2 s."));

        // Even the right PIN is not checked while the delay runs.
        time.advanceSeconds(1);
        const PinGuard::Result early = guard.check(QStringLiteral("2468"));
        QCOMPARE(early.outcome, PinGuard::Outcome::TooSoon);
        QCOMPARE(early.waitSeconds, 1);
        QCOMPARE(early.message, QStringLiteral("Try again in 1 s."));
        QCOMPARE(guard.consecutiveFailures(), 3);

        time.advanceSeconds(1);
        QCOMPARE(guard.secondsUntilNextTry(), 0);
        QVERIFY(guard.check(QStringLiteral("2468")).accepted());
    }

    void growingDelaysAreCappedAtOneMinute() {
        const FakeClock time;
        PinGuard guard(hashOf("2468"), time.clock());
        PinGuard::Result result;
        for (int i = 0; i < 12; ++i) {
            result = guard.check(QStringLiteral("1111"));
            QCOMPARE(result.outcome, PinGuard::Outcome::Refused);
            time.advanceSeconds(result.waitSeconds);
        }
        QCOMPARE(result.waitSeconds, PinGuard::maximumDelaySeconds);
    }

    void aRightPinStartsTheCountAgain() {
        const FakeClock time;
        PinGuard guard(hashOf("2468"), time.clock());
        for (int i = 0; i < 4; ++i) {
            time.advanceSeconds(guard.check(QStringLiteral("1111")).waitSeconds);
        }
        QVERIFY(guard.check(QStringLiteral("2468")).accepted());
        QCOMPARE(guard.consecutiveFailures(), 0);
        QCOMPARE(guard.check(QStringLiteral("1111")).waitSeconds, 0);
    }

    void withoutAUsableHashNoPinIsAccepted() {
        PinGuard none(QString(), FakeClock().clock());
        QVERIFY(!none.hasPin());
        QVERIFY(!none.check(QString()).accepted());
        PinGuard clear(QStringLiteral("2468"), FakeClock().clock());
        QVERIFY(!clear.hasPin());
        QVERIFY(!clear.check(QStringLiteral("2468")).accepted());
    }
};

QTEST_GUILESS_MAIN(TestPinGuard)
#include "tst_pinguard.moc"
