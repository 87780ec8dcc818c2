// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <chrono>
#include <functional>
#include <memory>

namespace pr {

// Time that never goes back, and wake-ups on it. The app runs on SystemClock; a test passes a
// clock it moves by hand (tests/support/manualclock.h), so that it advances time instead of
// sleeping through it.
class Clock {
public:
    // One wake-up, owned by whoever waits for it; destroying it cancels it.
    class Alarm {
    public:
        virtual ~Alarm() = default;
        // Rings once when the clock reaches when (at once, from the event loop, if it has);
        // replaces any earlier setting.
        virtual void ringAt(std::chrono::milliseconds when) = 0;
        virtual void cancel() = 0;
    };

    virtual ~Clock() = default;
    virtual std::chrono::milliseconds now() const = 0;
    virtual std::unique_ptr<Alarm> makeAlarm(std::function<void()> ring) = 0;
};

// The monotonic clock of the system, with wake-ups from Qt timers on the calling thread.
class SystemClock final : public Clock {
public:
    SystemClock();
    std::chrono::milliseconds now() const override;
    std::unique_ptr<Alarm> makeAlarm(std::function<void()> ring) override;

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace pr
