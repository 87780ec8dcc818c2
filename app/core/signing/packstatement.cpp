// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packstatement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr {
namespace {

const QString kFormat = QStringLiteral("patient-reader-pack-statement");
constexpr int kMaxTextLength = 200;

QString reviewKey(bool reviewed) {
    return reviewed ? QStringLiteral("reviewed") : QStringLiteral("not-reviewed");
}

} // namespace

QString PackIdentity::toString() const {
    return QStringLiteral("%1 %2 (%3)").arg(id, version, language);
}

std::optional<PackIdentity> PackIdentity::of(const PackFileMap &files) {
    const QJsonObject m =
        QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    PackIdentity identity{m.value(QLatin1String("id")).toString(),
                          m.value(QLatin1String("version")).toString(),
                          m.value(QLatin1String("language")).toString()};
    if (identity.id.isEmpty() || identity.version.isEmpty() || identity.language.isEmpty())
        return std::nullopt;
    return identity;
}

QMap<QString, QByteArray> PackStatement::hashFiles(const PackFileMap &files) {
    QMap<QString, QByteArray> hashes;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        hashes.insert(it.key(), QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256));
    return hashes;
}

QByteArray PackStatement::toJson() const {
    QJsonObject files;
    for (auto it = fileHashes.constBegin(); it != fileHashes.constEnd(); ++it)
        files.insert(it.key(), QString::fromLatin1(it.value().toHex()));
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("pack"), QJsonObject{{QStringLiteral("id"), pack.id},
                                             {QStringLiteral("version"), pack.version},
                                             {QStringLiteral("language"), pack.language}}},
        {QStringLiteral("files"), files},
        {QStringLiteral("statement"), reviewKey(reviewed)},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("name"), signerName}, {QStringLiteral("role"), signerRole}}},
        {QStringLiteral("signedAt"), signedAt.toUTC().toString(Qt::ISODate)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<PackStatement> PackStatement::fromJson(const QByteArray &json, QString *error) {
    auto fail = [&](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("its statement is not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat ||
        o.value(QLatin1String("version")).toInt() != 1)
        return fail(QStringLiteral("its statement is not a \"%1\", version 1").arg(kFormat));
    PackStatement s;
    const QJsonObject pack = o.value(QLatin1String("pack")).toObject();
    s.pack = {pack.value(QLatin1String("id")).toString(),
              pack.value(QLatin1String("version")).toString(),
              pack.value(QLatin1String("language")).toString()};
    const QString statement = o.value(QLatin1String("statement")).toString();
    if (statement != reviewKey(true) && statement != reviewKey(false))
        return fail(QStringLiteral("its statement is neither \"reviewed\" nor \"not-reviewed\""));
    s.reviewed = statement == reviewKey(true);
    const QJsonObject signer = o.value(QLatin1String("signer")).toObject();
    s.signerName = signer.value(QLatin1String("name")).toString();
    s.signerRole = signer.value(QLatin1String("role")).toString();
    if (s.signerName.trimmed().isEmpty() || s.signerName.size() > kMaxTextLength ||
        s.signerRole.size() > kMaxTextLength)
        return fail(QStringLiteral("its signer has no name, or a name or role over %1 characters")
                        .arg(kMaxTextLength));
    s.signedAt = QDateTime::fromString(o.value(QLatin1String("signedAt")).toString(), Qt::ISODate);
    if (!s.signedAt.isValid())
        return fail(QStringLiteral("its statement has no valid date (\"signedAt\")"));
    const QJsonObject files = o.value(QLatin1String("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QByteArray hash = QByteArray::fromHex(it.value().toString().toLatin1());
        if (hash.size() != 32)
            return fail(QStringLiteral("its hash of \"%1\" is not a SHA-256").arg(it.key()));
        s.fileHashes.insert(it.key(), hash);
    }
    if (s.fileHashes.isEmpty())
        return fail(QStringLiteral("its statement lists no files"));
    return s;
}

} // namespace pr
