// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

namespace pr {

// Guards the way out of the kiosk: checks PINs against the stored hash and slows down guessing.
// After two wrong PINs in a row, each further wrong one makes the next try wait longer
// (2 s, 4 s, 8 s, ... up to maximumDelaySeconds); a right PIN starts the count again. A try made
// while waiting is refused without being checked.
//
// A check is slow on purpose (PBKDF2), so the window runs it off its thread in three steps:
// begin() (refuses at once when a wait is running or a check is under way, and otherwise counts
// the try as wrong until it is known to be right, so that ending the process mid-check gains
// nothing), matches() on a worker thread, and finish(). check() does all three in one call.
//
// keepStateIn() keeps the count and the wait in a file, so that restarting the app does not
// start the count again.
class PinGuard {
    Q_DECLARE_TR_FUNCTIONS(pr::PinGuard)

public:
    // Milliseconds on a clock that never goes back; tests pass one they move by hand.
    using Clock = std::function<qint64()>;

    static constexpr int freeTries = 2;
    static constexpr int maximumDelaySeconds = 60;

    enum class Outcome {
        Accepted,
        Refused, // a wrong PIN (or no PIN is set up)
        TooSoon, // not checked: a delay from earlier wrong PINs is still running
    };

    struct Result {
        Outcome outcome = Outcome::Refused;
        int waitSeconds = 0; // how long until the next try is checked; 0 = now
        // For the PIN dialog: "Wrong PIN." / "Try again in N s." or empty when accepted.
        QString message;

        bool accepted() const { return outcome == Outcome::Accepted; }
    };

    explicit PinGuard(QString storedHash, Clock clock = {});

    // Wall-clock milliseconds since the epoch, for the wait kept in the state file.
    using WallClock = std::function<qint64()>;

    Result check(const QString &pin);

    // Null when the check may go ahead (the try is counted as wrong meanwhile); otherwise the
    // answer, given at once.
    std::optional<Result> begin();
    // Safe to call on any thread: it touches nothing but its arguments.
    static bool matches(const QString &pin, const QString &storedHash);
    Result finish(bool matched);
    const QString &storedHash() const { return m_storedHash; }
    bool checking() const { return m_checking; }

    // Reads the count and the wait from path (when it is there) and writes them there after
    // every change. A wait read back is never longer than maximumDelaySeconds.
    void keepStateIn(const QString &path, WallClock wallClock = {});
    // Seconds until a try will be checked (rounded up); 0 when it can be made now.
    int secondsUntilNextTry() const;
    int consecutiveFailures() const { return m_failures; }
    // No usable hash: no PIN can be accepted, so the kiosk can only be left from outside.
    bool hasPin() const { return m_hasPin; }

    // The wait imposed after the given number of consecutive wrong PINs.
    static int delayAfterFailures(int failures);

private:
    Result refusal(int delay) const;
    static QString refusalMessage(int delay);
    void saveState() const;

    QString m_storedHash;
    QString m_stateFile;
    WallClock m_wallClock;
    bool m_checking = false;
    Clock m_clock;
    bool m_hasPin = false;
    int m_failures = 0;
    qint64 m_nextTryAtMs = 0;
};

} // namespace pr
