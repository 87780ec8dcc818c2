// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "system/clock.h"

#include <QObject>
#include <chrono>
#include <memory>

namespace pr {

// Watches for a visitor walking away. The UI calls activity() on every touch, key or mouse
// input. After idleTimeout without any, a countdown of countdownSeconds starts (the UI shows it
// with a "keep reading" button, WCAG 2.2.1); activity or keepReading() cancels it, and when it
// runs out resetRequested() asks the UI to wipe the session. After a reset nothing more happens
// until the next visitor's first input starts the idle clock again. Time comes from a Clock:
// the system's unless one is given (tests give one they move by hand).
class IdleMonitor : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Watching, // a visitor is (or may be) reading
        CountingDown,
        Resting, // reset done; waiting for the next visitor
    };
    Q_ENUM(State)

    // clock, when given, must outlive the monitor.
    IdleMonitor(std::chrono::milliseconds idleTimeout, int countdownSeconds,
                QObject *parent = nullptr, Clock *clock = nullptr);
    ~IdleMonitor() override;

    State state() const { return m_state; }
    bool isCountingDown() const { return m_state == State::CountingDown; }
    // Seconds left in a running countdown; 0 when none runs.
    int remainingSeconds() const { return isCountingDown() ? m_remaining : 0; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    int countdownSeconds() const { return m_countdownSeconds; }

public slots:
    // Starts watching, as if the visitor had just touched the screen.
    void start();
    void stop();
    // Any input. Cheap enough to call on every mouse move.
    void activity();
    // The countdown's "keep reading" button: the same as activity, said explicitly.
    void keepReading();

signals:
    void countdownStarted(int seconds);
    // Once a tick, with the seconds still left (countdownSeconds - 1 down to 1).
    void countdownTick(int remaining);
    void countdownCancelled();
    // The countdown ran out: wipe the visitor's session and show the attract or home screen.
    void resetRequested();

private:
    void onAlarm();
    void onIdleTimeout();
    void onTick();
    void watchFromNow();

    std::chrono::milliseconds m_idleTimeout;
    int m_countdownSeconds;
    State m_state = State::Stopped;
    int m_remaining = 0;
    std::unique_ptr<Clock> m_ownClock; // when none is given
    Clock &m_clock;
    std::chrono::milliseconds m_lastActivity{0};
    std::chrono::milliseconds m_nextTick{0};
    std::unique_ptr<Clock::Alarm> m_alarm; // the idle timeout, or the countdown's next second
};

} // namespace pr
