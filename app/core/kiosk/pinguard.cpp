// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pinguard.h"

#include "pinhash.h"

#include <QElapsedTimer>
#include <memory>

namespace pr {
namespace {

PinGuard::Clock steadyClock() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

PinGuard::PinGuard(QString storedHash, Clock clock)
    : m_storedHash(std::move(storedHash))
    , m_clock(clock ? std::move(clock) : steadyClock())
    , m_hasPin(PinHash::isWellFormed(m_storedHash)) {}

int PinGuard::delayAfterFailures(int failures) {
    if (failures <= freeTries)
        return 0;
    const int doublings = failures - freeTries - 1;
    if (doublings >= 6)
        return maximumDelaySeconds;
    return std::min(2 << doublings, maximumDelaySeconds);
}

int PinGuard::secondsUntilNextTry() const {
    const qint64 remainingMs = m_nextTryAtMs - m_clock();
    return remainingMs <= 0 ? 0 : int((remainingMs + 999) / 1000);
}

PinGuard::Result PinGuard::check(const QString &pin) {
    if (const int wait = secondsUntilNextTry(); wait > 0)
        return {Outcome::TooSoon, wait, tr("Try again in %n s.", nullptr, wait)};
    if (m_hasPin && PinHash::verify(pin, m_storedHash)) {
        m_failures = 0;
        m_nextTryAtMs = 0;
        return {Outcome::Accepted, 0, {}};
    }
    ++m_failures;
    const int delay = delayAfterFailures(m_failures);
    m_nextTryAtMs = m_clock() + qint64(delay) * 1000;
    QString message = tr("Wrong PIN.");
    if (delay > 0)
        message += QLatin1Char(' ') + tr("Try again in %n s.", nullptr, delay);
    return {Outcome::Refused, delay, message};
}

} // namespace pr
