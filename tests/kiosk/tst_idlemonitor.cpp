// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/idlemonitor.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace pr;
using namespace std::chrono_literals;

namespace {

// The kiosk's own kind of timing; the clock is moved by hand, so nothing here waits.
constexpr auto idleTimeout = 120s;
constexpr int countdownSeconds = 3;

struct Spies {
    explicit Spies(IdleMonitor &monitor)
        : started(&monitor, &IdleMonitor::countdownStarted)
        , ticks(&monitor, &IdleMonitor::countdownTick)
        , cancelled(&monitor, &IdleMonitor::countdownCancelled)
        , reset(&monitor, &IdleMonitor::resetRequested) {}
    QSignalSpy started;
    QSignalSpy ticks;
    QSignalSpy cancelled;
    QSignalSpy reset;
};

} // namespace

class TestIdleMonitor : public QObject {
    Q_OBJECT

private slots:
    void countsDownAfterTheTimeoutThenAsksForAReset() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);

        clock.advance(idleTimeout - 1ms);
        QCOMPARE(spies.started.count(), 0);
        clock.advance(1ms);
        QCOMPARE(spies.started.count(), 1);
        QCOMPARE(spies.started.at(0).at(0).toInt(), countdownSeconds);
        QVERIFY(monitor.isCountingDown());

        clock.advance(1s);
        QCOMPARE(spies.ticks.count(), 1);
        clock.advance(1s);
        QCOMPARE(spies.ticks.count(), 2);
        QCOMPARE(spies.reset.count(), 0);
        clock.advance(1s);
        QCOMPARE(spies.reset.count(), 1);
        QCOMPARE(spies.ticks.at(0).at(0).toInt(), 2);
        QCOMPARE(spies.ticks.at(1).at(0).toInt(), 1);
        QCOMPARE(spies.cancelled.count(), 0);
        QCOMPARE(monitor.state(), IdleMonitor::State::Resting);
    }

    void keepReadingCancelsTheCountdownAndStartsTheWaitAgain() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        clock.advance(idleTimeout + 1s);
        QCOMPARE(spies.started.count(), 1);

        monitor.keepReading();
        QCOMPARE(spies.cancelled.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);
        QCOMPARE(monitor.remainingSeconds(), 0);

        // The visitor is given the full timeout again, and then a fresh countdown.
        clock.advance(idleTimeout - 1ms);
        QCOMPARE(spies.started.count(), 1);
        clock.advance(1ms);
        QCOMPARE(spies.started.count(), 2);
        QCOMPARE(spies.reset.count(), 0);
        clock.advance(std::chrono::seconds(countdownSeconds));
        QCOMPARE(spies.reset.count(), 1);
    }

    void anyInputDuringTheCountdownCancelsIt() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        clock.advance(idleTimeout);
        QCOMPARE(spies.started.count(), 1);
        monitor.activity();
        QCOMPARE(spies.cancelled.count(), 1);
        QVERIFY(!monitor.isCountingDown());
        // The countdown's seconds no longer run out.
        clock.advance(std::chrono::seconds(countdownSeconds));
        QCOMPARE(spies.reset.count(), 0);
        QCOMPARE(spies.ticks.count(), 0);
    }

    void inputKeepsTheCountdownAway() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        // Input every ten seconds for ten timeouts' worth of time.
        for (int i = 0; i < 120; ++i) {
            clock.advance(10s);
            monitor.activity();
        }
        QCOMPARE(spies.started.count(), 0);
        // The full timeout is counted from the last input.
        clock.advance(idleTimeout - 1ms);
        QCOMPARE(spies.started.count(), 0);
        clock.advance(1ms);
        QCOMPARE(spies.started.count(), 1);
    }

    void afterAResetItWaitsForTheNextVisitor() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        clock.advance(idleTimeout + std::chrono::seconds(countdownSeconds));
        QCOMPARE(spies.reset.count(), 1);

        // Nobody there: no second countdown over the attract screen, and nothing waits.
        QCOMPARE(clock.pendingAlarms(), 0);
        clock.advance(10 * idleTimeout);
        QCOMPARE(spies.started.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::Resting);

        monitor.activity();
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);
        QCOMPARE(spies.cancelled.count(), 0);
        clock.advance(idleTimeout);
        QCOMPARE(spies.started.count(), 2);
    }

    void aStoppedMonitorIgnoresInputAndNeverCountsDown() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        monitor.start();
        monitor.stop();
        monitor.activity();
        QCOMPARE(clock.pendingAlarms(), 0);
        clock.advance(10 * idleTimeout);
        QCOMPARE(monitor.state(), IdleMonitor::State::Stopped);
        QCOMPARE(spies.started.count(), 0);
    }

    void remainingSecondsFollowTheTicks() {
        ManualClock clock;
        IdleMonitor monitor(idleTimeout, countdownSeconds, nullptr, &clock);
        Spies spies(monitor);
        QList<int> seen;
        connect(&monitor, &IdleMonitor::countdownTick, this,
                [&] { seen.append(monitor.remainingSeconds()); });
        monitor.start();
        clock.advance(idleTimeout);
        QCOMPARE(monitor.remainingSeconds(), countdownSeconds);
        clock.advance(std::chrono::seconds(countdownSeconds));
        QCOMPARE(spies.reset.count(), 1);
        QCOMPARE(seen, (QList<int>{2, 1}));
        QCOMPARE(monitor.remainingSeconds(), 0);
    }

    void runsOnTheSystemClockWhenNoneIsGiven() {
        // The shortest timeout and countdown there are: the real clock's wake-ups reach the end.
        IdleMonitor monitor(1ms, 1);
        Spies spies(monitor);
        monitor.start();
        QVERIFY(spies.started.wait(5000));
        QVERIFY(spies.reset.wait(5000));
        QCOMPARE(monitor.state(), IdleMonitor::State::Resting);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
