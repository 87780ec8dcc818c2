// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "idlemonitor.h"

namespace pr {

namespace {
constexpr std::chrono::milliseconds kSecond = std::chrono::seconds(1);
} // namespace

IdleMonitor::IdleMonitor(std::chrono::milliseconds idleTimeout, int countdownSeconds,
                         QObject *parent, Clock *clock)
    : QObject(parent)
    , m_idleTimeout(std::max(idleTimeout, std::chrono::milliseconds(1)))
    , m_countdownSeconds(std::max(countdownSeconds, 1))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? *clock : *m_ownClock)
    , m_alarm(m_clock.makeAlarm([this] { onAlarm(); })) {}

IdleMonitor::~IdleMonitor() = default;

void IdleMonitor::start() {
    watchFromNow();
}

void IdleMonitor::stop() {
    m_alarm->cancel();
    m_state = State::Stopped;
}

void IdleMonitor::activity() {
    switch (m_state) {
    case State::Stopped:
        return;
    case State::Watching:
        // Setting the alarm again on every mouse move is wasteful: note the time, and let the
        // alarm set itself for what is left when it rings.
        m_lastActivity = m_clock.now();
        return;
    case State::CountingDown:
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
    m_lastActivity = m_clock.now();
    m_alarm->ringAt(m_lastActivity + m_idleTimeout);
}

void IdleMonitor::onAlarm() {
    if (m_state == State::Watching)
        onIdleTimeout();
    else if (m_state == State::CountingDown)
        onTick();
}

void IdleMonitor::onIdleTimeout() {
    const std::chrono::milliseconds due = m_lastActivity + m_idleTimeout;
    if (m_clock.now() < due) {
        m_alarm->ringAt(due);
        return;
    }
    m_state = State::CountingDown;
    m_remaining = m_countdownSeconds;
    m_nextTick = m_clock.now() + kSecond;
    m_alarm->ringAt(m_nextTick);
    emit countdownStarted(m_countdownSeconds);
}

void IdleMonitor::onTick() {
    --m_remaining;
    if (m_remaining > 0) {
        m_nextTick += kSecond;
        m_alarm->ringAt(m_nextTick);
        emit countdownTick(m_remaining);
        return;
    }
    m_state = State::Resting;
    emit resetRequested();
}

} // namespace pr
