// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <optional>

namespace pr {

// Ed25519 signatures through libsodium. Keys are raw bytes: a 32-byte seed (the secret), a
// 32-byte public key and 64-byte signatures, as in RFC 8032.
class Ed25519 {
public:
    static constexpr int kSeedBytes = 32;
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    // False only when libsodium cannot start (no usable random source).
    static bool initialize();
    static QByteArray randomSeed();
    // nullopt when the seed is not 32 bytes.
    static std::optional<QByteArray> publicKeyFor(const QByteArray &seed);
    static std::optional<QByteArray> sign(const QByteArray &seed, const QByteArray &message);
    static bool verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature);
};

} // namespace pr
