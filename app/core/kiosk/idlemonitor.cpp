// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "idlemonitor.h"

namespace pr {

IdleMonitor::IdleMonitor(std::chrono::milliseconds idleTimeout, int countdownSeconds,
                         QObject *parent)
    : QObject(parent)
    , m_idleTimeout(std::max(idleTimeout, std::chrono::milliseconds(1)))
    , m_countdownSeconds(std::max(countdownSeconds, 1)) {
    m_idleTimer.setSingleShot(true);
    m_tickTimer.setInterval(std::chrono::seconds(1));
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleMonitor::onIdleTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleMonitor::onTick);
}

void IdleMonitor::setTickInterval(std::chrono::milliseconds interval) {
    m_tickTimer.setInterval(std::max(interval, std::chrono::milliseconds(1)));
}

void IdleMonitor::start() {
    watchFromNow();
}

void IdleMonitor::stop() {
    m_idleTimer.stop();
    m_tickTimer.stop();
    m_state = State::Stopped;
}

void IdleMonitor::activity() {
    switch (m_state) {
    case State::Stopped:
        return;
    case State::Watching:
        // Restarting a timer on every mouse move is wasteful: note the time, and let the idle
        // timer re-arm itself for what is left when it fires.
        m_sinceActivity.restart();
        return;
    case State::CountingDown:
        m_tickTimer.stop();
        watchFromNow();
        emit countdownCancelled();
        return;
    case State::Resting:
        watchFromNow();
        return;
    }
}

void IdleMonitor::keepReading() {
    activity();
}

void IdleMonitor::watchFromNow() {
    m_state = State::Watching;
    m_sinceActivity.start();
    m_idleTimer.start(m_idleTimeout);
}

void IdleMonitor::onIdleTimer() {
    if (m_state != State::Watching)
        return;
    const auto idle = std::chrono::milliseconds(m_sinceActivity.elapsed());
    if (idle < m_idleTimeout) {
        m_idleTimer.start(m_idleTimeout - idle);
        return;
    }
    m_state = State::CountingDown;
    m_remaining = m_countdownSeconds;
    m_tickTimer.start();
    emit countdownStarted(m_countdownSeconds);
}

void IdleMonitor::onTick() {
    if (m_state != State::CountingDown)
        return;
    --m_remaining;
    if (m_remaining > 0) {
        emit countdownTick(m_remaining);
        return;
    }
    m_tickTimer.stop();
    m_state = State::Resting;
    emit resetRequested();
}

} // namespace pr
