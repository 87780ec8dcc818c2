// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packverifier.h"

#include "ed25519.h"
#include "packsigner.h"
#include "packstatement.h"

#include <QJsonObject>

namespace pr {
namespace {

QByteArray base64(const QJsonObject &record, const QString &field) {
    return QByteArray::fromBase64Encoding(record.value(field).toString().toLatin1(),
                                          QByteArray::AbortOnBase64DecodingErrors)
        .decoded;
}

QStringList fileDifferences(const PackStatement &statement, const PackFileMap &files,
                            const QString &signer) {
    QStringList differences;
    const QMap<QString, QByteArray> now = PackStatement::hashFiles(files);
    for (auto it = statement.fileHashes.constBegin(); it != statement.fileHashes.constEnd(); ++it) {
        if (!now.contains(it.key()))
            differences.append(
                QStringLiteral("%1 was removed after %2 signed the pack").arg(it.key(), signer));
        else if (now.value(it.key()) != it.value())
            differences.append(
                QStringLiteral("%1 changed after %2 signed the pack").arg(it.key(), signer));
    }
    for (auto it = now.constBegin(); it != now.constEnd(); ++it)
        if (!statement.fileHashes.contains(it.key()))
            differences.append(
                QStringLiteral("%1 was added after %2 signed the pack").arg(it.key(), signer));
    return differences;
}

} // namespace

SignatureCheck PackVerifier::check(const PackContents &contents) const {
    SignatureCheck result;
    if (!contents.signaturesError().isEmpty()) {
        result.refusals.append(QStringLiteral("the signatures in %1 cannot be read: %2")
                                   .arg(contents.signaturesLocation(), contents.signaturesError()));
    } else {
        int number = 0;
        for (const QJsonValue &record : contents.signatures())
            checkOne(record.toObject(), ++number, contents, &result);
    }
    ContentTrust &trust = result.trust;
    if (result.tampered()) {
        trust.state = ContentTrust::State::Unsigned;
        trust.statements.clear();
        trust.detail = result.refusals.join(QStringLiteral("; "));
    } else if (!trust.statements.isEmpty()) {
        trust.state = ContentTrust::State::Verified;
    } else if (!result.untrusted.isEmpty()) {
        trust.state = ContentTrust::State::UntrustedSignature;
        trust.detail = result.untrusted.join(QStringLiteral("; "));
    } else {
        trust.state = ContentTrust::State::Unsigned;
        trust.detail = QStringLiteral("the pack carries no signature");
    }
    return result;
}

void PackVerifier::checkOne(const QJsonObject &record, int number, const PackContents &contents,
                            SignatureCheck *result) const {
    const QString where =
        QStringLiteral("signature %1 in %2").arg(number).arg(contents.signaturesLocation());
    const QByteArray statementJson = record.value(QLatin1String("statement")).toString().toUtf8();
    const QByteArray key = base64(record, QStringLiteral("key"));
    const QByteArray signature = base64(record, QStringLiteral("signature"));
    if (statementJson.isEmpty() || key.size() != Ed25519::kPublicKeyBytes ||
        signature.size() != Ed25519::kSignatureBytes) {
        result->refusals.append(where + QStringLiteral(" is damaged or incomplete"));
        return;
    }
    const PublicKey signerKey{record.value(QLatin1String("keyName")).toString(), key};
    if (!Ed25519::verify(key, PackSigner::signedMessage(statementJson), signature)) {
        result->refusals.append(where + QStringLiteral(" (key %1) does not match what it signs: "
                                                       "it was altered or forged")
                                            .arg(signerKey.keyId()));
        return;
    }
    QString error;
    const std::optional<PackStatement> statement = PackStatement::fromJson(statementJson, &error);
    if (!statement) {
        result->refusals.append(where + QStringLiteral(": ") + error);
        return;
    }
    const std::optional<PackIdentity> identity = PackIdentity::of(contents.files());
    if (!identity || !(*identity == statement->pack)) {
        result->refusals.append(
            where + QStringLiteral(" was made for %1, not for this pack (%2)")
                        .arg(statement->pack.toString(),
                             identity ? identity->toString() : QStringLiteral("no manifest")));
        return;
    }
    const QString signer = statement->signerName;
    const QStringList differences = fileDifferences(*statement, contents.files(), signer);
    if (!differences.isEmpty()) {
        result->refusals.append(differences);
        return;
    }
    const PublicKey *trusted = m_keys.find(key);
    const SignedStatement signedStatement{signer,
                                          statement->signerRole,
                                          statement->reviewed,
                                          statement->signedAt,
                                          trusted ? trusted->name : signerKey.name,
                                          signerKey.keyId()};
    result->intact.append(signedStatement);
    if (trusted)
        result->trust.statements.append(signedStatement);
    else
        result->untrusted.append(
            QStringLiteral("signed by %1 with key %2, which this computer does not trust")
                .arg(signer, signerKey.keyId()));
}

} // namespace pr
