// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr {

// The kiosk's admin PIN, kept only as a salted, slow hash in the form
//   pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64
// so that reading the settings file does not give the PIN away.
class PinHash {
    Q_DECLARE_TR_FUNCTIONS(pr::PinHash)

public:
    static constexpr int defaultIterations = 120000;
    static constexpr int saltLength = 16;
    static constexpr int hashLength = 32;
    // A stored hash asking for more is refused: a check must not take longer than a few seconds
    // (about 5 s on a slow kiosk), whatever the settings file says.
    static constexpr int maximumIterations = 1000000;
    static constexpr int minimumPinLength = 6;
    static constexpr int maximumPinLength = 32;

    // Why pin cannot be an admin PIN (digits only, minimumPinLength or more); empty when it can.
    static QString pinProblem(const QString &pin);

    // A new hash of pin with a fresh random salt: two hashes of one PIN differ.
    static QString create(const QString &pin, int iterations = defaultIterations);
    // The same with a given salt, for tests and for checking a stored hash.
    static QString create(const QString &pin, const QByteArray &salt, int iterations);

    // True when stored is a hash of pin. A malformed stored hash matches no PIN.
    static bool verify(const QString &pin, const QString &stored);
    static bool isWellFormed(const QString &stored);
};

} // namespace pr
