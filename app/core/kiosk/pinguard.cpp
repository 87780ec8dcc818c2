// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pinguard.h"

#include "pinhash.h"
#include "system/logging.h"
#include "system/regularfile.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
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
    if (const std::optional<Result> answer = begin())
        return *answer;
    return finish(matches(pin, m_storedHash));
}

std::optional<PinGuard::Result> PinGuard::begin() {
    if (m_checking)
        return Result{Outcome::TooSoon, 0, tr("Checking…")};
    if (const int wait = secondsUntilNextTry(); wait > 0)
        return Result{Outcome::TooSoon, wait, tr("Try again in %n s.", nullptr, wait)};
    if (!m_hasPin)
        return refusal(0);
    // Counted as wrong until it is known to be right.
    ++m_failures;
    m_nextTryAtMs = m_clock() + qint64(delayAfterFailures(m_failures)) * 1000;
    m_checking = true;
    saveState();
    return std::nullopt;
}

bool PinGuard::matches(const QString &pin, const QString &storedHash) {
    return PinHash::verify(pin, storedHash);
}

PinGuard::Result PinGuard::finish(bool matched) {
    m_checking = false;
    if (matched) {
        m_failures = 0;
        m_nextTryAtMs = 0;
        saveState();
        return {Outcome::Accepted, 0, {}};
    }
    return {Outcome::Refused, delayAfterFailures(m_failures),
            refusalMessage(delayAfterFailures(m_failures))};
}

PinGuard::Result PinGuard::refusal(int delay) const {
    return {Outcome::Refused, delay, refusalMessage(delay)};
}

QString PinGuard::refusalMessage(int delay) {
    QString message = tr("Wrong PIN.");
    if (delay > 0)
        message += QLatin1Char(' ') + tr("Try again in %n s.", nullptr, delay);
    return message;
}

void PinGuard::keepStateIn(const QString &path, WallClock wallClock) {
    m_stateFile = path;
    m_wallClock =
        wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); };
    QString ignored;
    const std::optional<QByteArray> bytes = RegularFile::read(path, 4096, &ignored);
    if (!bytes)
        return;
    // "failures=N" and "nextTryAt=MS" (wall clock), one a line.
    qint64 nextTryAt = 0;
    int failures = 0;
    for (const QByteArray &line : bytes->split('\n')) {
        const QList<QByteArray> pair = line.trimmed().split('=');
        if (pair.size() != 2)
            continue;
        if (pair.at(0) == "failures")
            failures = qBound(0, pair.at(1).toInt(), 1000);
        else if (pair.at(0) == "nextTryAt")
            nextTryAt = pair.at(1).toLongLong();
    }
    m_failures = std::max(m_failures, failures);
    // A clock set back (or a damaged file) must not lock the kiosk for longer than one wait.
    const qint64 remaining =
        qBound(qint64(0), nextTryAt - m_wallClock(), qint64(maximumDelaySeconds) * 1000);
    m_nextTryAtMs = std::max(m_nextTryAtMs, m_clock() + remaining);
}

void PinGuard::saveState() const {
    if (m_stateFile.isEmpty())
        return;
    const qint64 remaining = std::max<qint64>(0, m_nextTryAtMs - m_clock());
    const QByteArray bytes = "failures=" + QByteArray::number(m_failures) +
                             "\nnextTryAt=" + QByteArray::number(m_wallClock() + remaining) + '\n';
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        qCWarning(lcKiosk, "cannot keep the PIN tries in %s: %s", qPrintable(m_stateFile),
                  qPrintable(file.errorString()));
}

} // namespace pr
