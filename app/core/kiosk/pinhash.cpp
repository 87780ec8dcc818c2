// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pinhash.h"

#include "pbkdf2.h"

#include <QRandomGenerator>
#include <QStringList>
#include <optional>

namespace pr {
namespace {

const QLatin1String scheme("pbkdf2-sha256");
static_assert(PinHash::saltLength % sizeof(quint32) == 0);

struct ParsedHash {
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<ParsedHash> parse(const QString &stored) {
    const QStringList parts = stored.trimmed().split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return std::nullopt;
    ParsedHash parsed;
    bool ok = false;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < 1 || parsed.iterations > PinHash::maximumIterations)
        return std::nullopt;
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != PinHash::hashLength)
        return std::nullopt;
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

} // namespace

QString PinHash::pinProblem(const QString &pin) {
    if (pin.isEmpty())
        return tr("The PIN is empty.");
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return tr("The PIN must be digits only.");
    }
    if (pin.size() < minimumPinLength)
        return tr("The PIN must have at least %1 digits.").arg(minimumPinLength);
    if (pin.size() > maximumPinLength)
        return tr("The PIN must have at most %1 digits.").arg(maximumPinLength);
    return {};
}

QString PinHash::create(const QString &pin, int iterations) {
    QByteArray salt(saltLength, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltLength / int(sizeof(quint32)));
    return create(pin, salt, iterations);
}

QString PinHash::create(const QString &pin, const QByteArray &salt, int iterations) {
    const QByteArray hash = pbkdf2HmacSha256(pin.toUtf8(), salt, iterations, hashLength);
    return scheme + QLatin1Char('$') + QString::number(iterations) + QLatin1Char('$') +
           QString::fromLatin1(salt.toBase64()) + QLatin1Char('$') +
           QString::fromLatin1(hash.toBase64());
}

bool PinHash::verify(const QString &pin, const QString &stored) {
    const std::optional<ParsedHash> parsed = parse(stored);
    if (!parsed)
        return false;
    const QByteArray candidate =
        pbkdf2HmacSha256(pin.toUtf8(), parsed->salt, parsed->iterations, hashLength);
    return constantTimeEquals(candidate, parsed->hash);
}

bool PinHash::isWellFormed(const QString &stored) {
    return parse(stored).has_value();
}

} // namespace pr
