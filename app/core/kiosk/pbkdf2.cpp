// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pbkdf2.h"

#include <QMessageAuthenticationCode>

namespace pr {

QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt, int iterations,
                            int keyLength) {
    if (iterations < 1 || keyLength < 1)
        return {};
    constexpr int hashLength = 32;
    QMessageAuthenticationCode hmac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    derived.reserve(keyLength + hashLength);
    for (quint32 block = 1; derived.size() < keyLength; ++block) {
        const char blockIndex[4] = {char(block >> 24), char(block >> 16), char(block >> 8),
                                    char(block)};
        hmac.reset();
        hmac.addData(salt);
        hmac.addData(blockIndex, 4);
        QByteArray u = hmac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            hmac.reset();
            hmac.addData(u);
            u = hmac.result();
            for (int k = 0; k < hashLength; ++k)
                t[k] = char(t.at(k) ^ u.at(k));
        }
        derived.append(t);
    }
    derived.truncate(keyLength);
    return derived;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace pr
