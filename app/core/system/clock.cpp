// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "clock.h"

#include <QTimer>

namespace pr {

namespace {

class TimerAlarm final : public Clock::Alarm {
public:
    TimerAlarm(const Clock &clock, std::function<void()> ring)
        : m_clock(clock) {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, std::move(ring));
    }

    void ringAt(std::chrono::milliseconds when) override {
        m_timer.start(std::max(when - m_clock.now(), std::chrono::milliseconds(0)));
    }

    void cancel() override { m_timer.stop(); }

private:
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace

SystemClock::SystemClock()
    : m_start(std::chrono::steady_clock::now()) {}

std::chrono::milliseconds SystemClock::now() const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 m_start);
}

std::unique_ptr<Clock::Alarm> SystemClock::makeAlarm(std::function<void()> ring) {
    return std::make_unique<TimerAlarm>(*this, std::move(ring));
}

} // namespace pr
