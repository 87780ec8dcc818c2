// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace pr {

// Watches for a visitor walking away. The UI calls activity() on every touch, key or mouse
// input. After idleTimeout without any, a countdown of countdownSeconds starts (the UI shows it
// with a "keep reading" button, WCAG 2.2.1); activity or keepReading() cancels it, and when it
// runs out resetRequested() asks the UI to wipe the session. After a reset nothing more happens
// until the next visitor's first input starts the idle clock again.
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

    IdleMonitor(std::chrono::milliseconds idleTimeout, int countdownSeconds,
                QObject *parent = nullptr);

    // Tests shorten the countdown's second to run it quickly.
    void setTickInterval(std::chrono::milliseconds interval);

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
    void onIdleTimer();
    void onTick();
    void watchFromNow();

    std::chrono::milliseconds m_idleTimeout;
    int m_countdownSeconds;
    State m_state = State::Stopped;
    int m_remaining = 0;
    QElapsedTimer m_sinceActivity;
    QTimer m_idleTimer;
    QTimer m_tickTimer;
};

} // namespace pr
