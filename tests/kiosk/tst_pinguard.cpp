// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/pinguard.h"
#include "kiosk/pinhash.h"

#include <QFile>
#include <QTemporaryDir>
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

    // Issue 12: restarting the app must not start the count of wrong PINs again.
    void theCountAndTheWaitSurviveARestart() {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state/kiosk-pin-tries"));
        auto wall = std::make_shared<qint64>(1'700'000'000'000);
        const PinGuard::WallClock wallClock = [wall] { return *wall; };
        {
            FakeClock before;
            PinGuard guard(hashOf("246800"), before.clock());
            guard.keepStateIn(state, wallClock);
            for (int i = 0; i < 4; ++i) {
                if (i > 0)
                    before.advanceSeconds(guard.secondsUntilNextTry());
                QCOMPARE(guard.check(QStringLiteral("111111")).outcome, PinGuard::Outcome::Refused);
            }
            QCOMPARE(guard.consecutiveFailures(), 4);
            QCOMPARE(guard.secondsUntilNextTry(), 4);
        }
        *wall += 1000; // the app starts again a second later
        FakeClock time;
        PinGuard restarted(hashOf("246800"), time.clock());
        restarted.keepStateIn(state, wallClock);
        QCOMPARE(restarted.consecutiveFailures(), 4);
        QCOMPARE(restarted.secondsUntilNextTry(), 3);
        QCOMPARE(restarted.check(QStringLiteral("246800")).outcome, PinGuard::Outcome::TooSoon);
        time.advanceSeconds(3);
        QCOMPARE(restarted.check(QStringLiteral("111111")).waitSeconds, 8);
        time.advanceSeconds(8);
        QVERIFY(restarted.check(QStringLiteral("246800")).accepted());

        PinGuard afterSuccess(hashOf("246800"), FakeClock().clock());
        afterSuccess.keepStateIn(state, wallClock);
        QCOMPARE(afterSuccess.consecutiveFailures(), 0);
    }

    void aWaitReadBackIsNeverLongerThanTheLongestWait() {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("kiosk-pin-tries"));
        QFile file(state);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("failures=3\nnextTryAt=9999999999999\n"); // a clock set far forward
        file.close();
        PinGuard guard(hashOf("246800"), FakeClock().clock());
        guard.keepStateIn(state, [] { return qint64(1'700'000'000'000); });
        QCOMPARE(guard.secondsUntilNextTry(), PinGuard::maximumDelaySeconds);
    }

    void aTryDuringACheckIsRefusedAndTheTryCountsUntilItIsKnownToBeRight() {
        FakeClock time;
        PinGuard guard(hashOf("246800"), time.clock());
        for (int i = 0; i < 2; ++i)
            guard.check(QStringLiteral("111111"));
        QVERIFY(!guard.begin()); // the check may run (on another thread)
        QVERIFY(guard.checking());
        QCOMPARE(guard.consecutiveFailures(), 3);
        const std::optional<PinGuard::Result> during = guard.begin();
        QVERIFY(during);
        QCOMPARE(during->outcome, PinGuard::Outcome::TooSoon);
        QVERIFY(guard.finish(PinGuard::matches(QStringLiteral("246800"), guard.storedHash()))
                    .accepted());
        QCOMPARE(guard.consecutiveFailures(), 0);
        QCOMPARE(guard.secondsUntilNextTry(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPinGuard)
#include "tst_pinguard.moc"
