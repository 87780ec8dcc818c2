// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace pr {

// Guards the way out of the kiosk: checks PINs against the stored hash and slows down guessing.
// After two wrong PINs in a row, each further wrong one makes the next try wait longer
// (2 s, 4 s, 8 s, ... up to maximumDelaySeconds); a right PIN starts the count again. A try made
// while waiting is refused without being checked.
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

    Result check(const QString &pin);
    // Seconds until a try will be checked (rounded up); 0 when it can be made now.
    int secondsUntilNextTry() const;
    int consecutiveFailures() const { return m_failures; }
    // No usable hash: no PIN can be accepted, so the kiosk can only be left from outside.
    bool hasPin() const { return m_hasPin; }

    // The wait imposed after the given number of consecutive wrong PINs.
    static int delayAfterFailures(int failures);

private:
    QString m_storedHash;
    Clock m_clock;
    bool m_hasPin = false;
    int m_failures = 0;
    qint64 m_nextTryAtMs = 0;
};

} // namespace pr
