// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/idlemonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace pr;
using namespace std::chrono_literals;

namespace {

// A short timeout and a fast countdown "second", so that the whole cycle takes well under a
// second. The QTRY_ waits below allow ten times longer for a busy machine.
constexpr auto idleTimeout = 200ms;
constexpr int countdownSeconds = 3;
constexpr auto tick = 50ms;
constexpr int patience = 5000;

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
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);

        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, patience);
        QCOMPARE(spies.started.at(0).at(0).toInt(), countdownSeconds);
        QVERIFY(monitor.isCountingDown());

        QTRY_COMPARE_WITH_TIMEOUT(spies.reset.count(), 1, patience);
        QCOMPARE(spies.ticks.count(), 2);
        QCOMPARE(spies.ticks.at(0).at(0).toInt(), 2);
        QCOMPARE(spies.ticks.at(1).at(0).toInt(), 1);
        QCOMPARE(spies.cancelled.count(), 0);
        QCOMPARE(monitor.state(), IdleMonitor::State::Resting);
    }

    void keepReadingCancelsTheCountdownAndStartsTheWaitAgain() {
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, patience);

        monitor.keepReading();
        QCOMPARE(spies.cancelled.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);
        QCOMPARE(monitor.remainingSeconds(), 0);

        // The visitor is given the full timeout again, and then a fresh countdown.
        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 2, patience);
        QCOMPARE(spies.reset.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spies.reset.count(), 1, patience);
    }

    void anyInputDuringTheCountdownCancelsIt() {
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, patience);
        monitor.activity();
        QCOMPARE(spies.cancelled.count(), 1);
        QVERIFY(!monitor.isCountingDown());
    }

    void inputKeepsTheCountdownAway() {
        // A longer timeout here, so that a busy machine's pauses between inputs stay short of it.
        IdleMonitor monitor(1000ms, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        // Input every 20 ms for two and a half timeouts' worth of time.
        for (int i = 0; i < 125; ++i) {
            QTest::qWait(20);
            monitor.activity();
        }
        QCOMPARE(spies.started.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 1, patience);
    }

    void afterAResetItWaitsForTheNextVisitor() {
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(spies.reset.count(), 1, patience);

        // Nobody there: no second countdown over the attract screen.
        QTest::qWait(3 * int(idleTimeout.count()));
        QCOMPARE(spies.started.count(), 1);
        QCOMPARE(monitor.state(), IdleMonitor::State::Resting);

        monitor.activity();
        QCOMPARE(monitor.state(), IdleMonitor::State::Watching);
        QCOMPARE(spies.cancelled.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spies.started.count(), 2, patience);
    }

    void aStoppedMonitorIgnoresInputAndNeverCountsDown() {
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        monitor.start();
        monitor.stop();
        monitor.activity();
        QTest::qWait(2 * int(idleTimeout.count()));
        QCOMPARE(monitor.state(), IdleMonitor::State::Stopped);
        QCOMPARE(spies.started.count(), 0);
    }

    void remainingSecondsFollowTheTicks() {
        IdleMonitor monitor(idleTimeout, countdownSeconds);
        monitor.setTickInterval(tick);
        Spies spies(monitor);
        QList<int> seen;
        connect(&monitor, &IdleMonitor::countdownTick, this,
                [&] { seen.append(monitor.remainingSeconds()); });
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(spies.reset.count(), 1, patience);
        QCOMPARE(seen, (QList<int>{2, 1}));
        QCOMPARE(monitor.remainingSeconds(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
