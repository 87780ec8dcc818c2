// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packsigner.h"

#include "ed25519.h"
#include "packcontents.h"
#include "packstatement.h"

#include <QJsonArray>

namespace pr {

QByteArray PackSigner::signedMessage(const QByteArray &statementJson) {
    return QByteArrayLiteral("patient-reader pack signature v1") + '\0' + statementJson;
}

QJsonObject PackSigner::signatureRecord(const QByteArray &statementJson, const SecretKey &key) {
    const std::optional<PublicKey> publicKey = key.publicKey();
    const std::optional<QByteArray> signature =
        Ed25519::sign(key.seed, signedMessage(statementJson));
    if (!publicKey || !signature)
        return {};
    return {{QStringLiteral("statement"), QString::fromUtf8(statementJson)},
            {QStringLiteral("key"), QString::fromLatin1(publicKey->key.toBase64())},
            {QStringLiteral("keyName"), key.name},
            {QStringLiteral("signature"), QString::fromLatin1(signature->toBase64())}};
}

bool PackSigner::sign(const QString &packPath, const SecretKey &key, const Statement &statement,
                      QString *error) {
    const std::optional<PackContents> contents = PackContents::read(packPath, error);
    if (!contents)
        return false;
    if (!contents->signaturesError().isEmpty()) {
        *error = QStringLiteral("%1: %2; remove it to sign afresh")
                     .arg(contents->signaturesLocation(), contents->signaturesError());
        return false;
    }
    const std::optional<PackIdentity> identity = PackIdentity::of(contents->files());
    if (!identity) {
        *error =
            QStringLiteral("%1: its manifest.json names no id, version and language").arg(packPath);
        return false;
    }
    if (statement.signerName.trimmed().isEmpty()) {
        *error = QStringLiteral("a signature needs the signer's name");
        return false;
    }
    PackStatement s;
    s.pack = *identity;
    s.fileHashes = PackStatement::hashFiles(contents->files());
    s.reviewed = statement.reviewed;
    s.signerName = statement.signerName.trimmed();
    s.signerRole = statement.signerRole.trimmed();
    s.signedAt = statement.signedAt.toUTC();
    s.signedAt.setTime(
        QTime(s.signedAt.time().hour(), s.signedAt.time().minute(), s.signedAt.time().second()));
    const QJsonObject record = signatureRecord(s.toJson(), key);
    if (record.isEmpty()) {
        *error = QStringLiteral("the key cannot sign (it is not an Ed25519 key)");
        return false;
    }
    QJsonArray signatures;
    for (const QJsonValue &existing : contents->signatures())
        if (existing.toObject().value(QLatin1String("key")) != record.value(QLatin1String("key")))
            signatures.append(existing);
    signatures.append(record);
    return contents->writeSignatures(signatures, error);
}

} // namespace pr
