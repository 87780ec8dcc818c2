// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "system/clock.h"

#include <QList>
#include <algorithm>
#include <optional>

// A clock for tests: it stands still until advance() moves it, and rings every alarm that falls
// due on the way, in order of time, at the time it was set for, before advance() returns.
class ManualClock final : public pr::Clock {
public:
    std::chrono::milliseconds now() const override { return m_now; }

    std::unique_ptr<Alarm> makeAlarm(std::function<void()> ring) override {
        return std::make_unique<ManualAlarm>(*this, std::move(ring));
    }

    void advance(std::chrono::milliseconds by) {
        const std::chrono::milliseconds until = m_now + by;
        while (ManualAlarm *next = earliestDueBy(until)) {
            m_now = std::max(m_now, *next->due);
            next->due.reset();
            next->ring();
        }
        m_now = until;
    }

    // How many alarms are set: a test can see that nothing waits any more.
    int pendingAlarms() const {
        return int(std::count_if(m_alarms.cbegin(), m_alarms.cend(),
                                 [](const ManualAlarm *a) { return a->due.has_value(); }));
    }

private:
    struct ManualAlarm final : Alarm {
        ManualAlarm(ManualClock &clock, std::function<void()> r)
            : owner(clock)
            , ring(std::move(r)) {
            owner.m_alarms.append(this);
        }
        ~ManualAlarm() override { owner.m_alarms.removeOne(this); }
        void ringAt(std::chrono::milliseconds when) override { due = when; }
        void cancel() override { due.reset(); }

        ManualClock &owner;
        std::function<void()> ring;
        std::optional<std::chrono::milliseconds> due;
    };

    ManualAlarm *earliestDueBy(std::chrono::milliseconds until) const {
        ManualAlarm *earliest = nullptr;
        for (ManualAlarm *a : m_alarms)
            if (a->due && *a->due <= until && (!earliest || *a->due < *earliest->due))
                earliest = a;
        return earliest;
    }

    std::chrono::milliseconds m_now{0};
    QList<ManualAlarm *> m_alarms;
};
