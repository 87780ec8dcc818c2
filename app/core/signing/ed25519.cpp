// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "ed25519.h"

#include <sodium.h>

namespace pr {
namespace {

const unsigned char *bytes(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data) {
    return reinterpret_cast<unsigned char *>(data.data());
}

struct SecretKey {
    QByteArray publicKey{Ed25519::kPublicKeyBytes, '\0'};
    QByteArray expanded{crypto_sign_SECRETKEYBYTES, '\0'};

    ~SecretKey() { sodium_memzero(expanded.data(), size_t(expanded.size())); }
};

bool expand(const QByteArray &seed, SecretKey *key) {
    if (seed.size() != Ed25519::kSeedBytes || !Ed25519::initialize())
        return false;
    return crypto_sign_seed_keypair(bytes(key->publicKey), bytes(key->expanded), bytes(seed)) == 0;
}

} // namespace

static_assert(Ed25519::kSeedBytes == crypto_sign_SEEDBYTES);
static_assert(Ed25519::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Ed25519::kSignatureBytes == crypto_sign_BYTES);

bool Ed25519::initialize() {
    return sodium_init() >= 0;
}

QByteArray Ed25519::randomSeed() {
    QByteArray seed(kSeedBytes, '\0');
    if (initialize())
        randombytes_buf(seed.data(), size_t(seed.size()));
    else
        seed.clear();
    return seed;
}

std::optional<QByteArray> Ed25519::publicKeyFor(const QByteArray &seed) {
    SecretKey key;
    if (!expand(seed, &key))
        return std::nullopt;
    return key.publicKey;
}

std::optional<QByteArray> Ed25519::sign(const QByteArray &seed, const QByteArray &message) {
    SecretKey key;
    if (!expand(seed, &key))
        return std::nullopt;
    QByteArray signature(kSignatureBytes, '\0');
    if (crypto_sign_detached(bytes(signature), nullptr, bytes(message),
                             static_cast<unsigned long long>(message.size()),
                             bytes(key.expanded)) != 0)
        return std::nullopt;
    return signature;
}

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature) {
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes || !initialize())
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

} // namespace pr
