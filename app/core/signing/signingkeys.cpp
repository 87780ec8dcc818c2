// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "signingkeys.h"

#include "ed25519.h"
#include "system/regularfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pr {
namespace {

constexpr qint64 kMaxKeyFileBytes = 4096;

std::optional<QJsonObject> keyObject(const QByteArray &json, const QString &format,
                                     QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("is not a key file (not JSON)");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != format ||
        o.value(QLatin1String("version")).toInt() != 1) {
        *error = QStringLiteral("is not a %1 file, version 1").arg(format);
        return std::nullopt;
    }
    return o;
}

std::optional<QByteArray> base64Field(const QJsonObject &o, const QString &field, int size,
                                      QString *error) {
    const auto decoded = QByteArray::fromBase64Encoding(o.value(field).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size) {
        *error = QStringLiteral("its \"%1\" is not %2 bytes of base64").arg(field).arg(size);
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error) {
    FileProblem problem;
    std::optional<QByteArray> bytes =
        RegularFile::read(path, kMaxKeyFileBytes, &problem, RegularFile::Links::Refuse);
    if (!bytes) {
        *error = problem.kind == FileProblem::Kind::Missing ? QStringLiteral("does not exist")
                 : problem.kind == FileProblem::Kind::Unreadable
                     ? problem.what
                     : QStringLiteral("is not a key file (not a small regular file)");
    }
    return bytes;
}

bool writeNewFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions mode,
                  QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode)) {
        *error = QStringLiteral("%1: cannot be created (%2)").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("%1: cannot be written (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString PublicKey::keyId() const {
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(8).toHex());
}

QByteArray PublicKey::toJson() const {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("patient-reader-public-key")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("key"), QString::fromLatin1(key.toBase64())}})
        .toJson();
}

std::optional<PublicKey> PublicKey::fromJson(const QByteArray &json, QString *error) {
    const auto o = keyObject(json, QStringLiteral("patient-reader-public-key"), error);
    if (!o)
        return std::nullopt;
    const auto key = base64Field(*o, QStringLiteral("key"), Ed25519::kPublicKeyBytes, error);
    if (!key)
        return std::nullopt;
    return PublicKey{o->value(QLatin1String("name")).toString(), *key};
}

std::optional<PublicKey> SecretKey::publicKey() const {
    const auto key = Ed25519::publicKeyFor(seed);
    if (!key)
        return std::nullopt;
    return PublicKey{name, *key};
}

QByteArray SecretKey::toJson() const {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("patient-reader-secret-key")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("seed"), QString::fromLatin1(seed.toBase64())}})
        .toJson();
}

std::optional<SecretKey> SecretKey::fromJson(const QByteArray &json, QString *error) {
    const auto o = keyObject(json, QStringLiteral("patient-reader-secret-key"), error);
    if (!o)
        return std::nullopt;
    const auto seed = base64Field(*o, QStringLiteral("seed"), Ed25519::kSeedBytes, error);
    if (!seed)
        return std::nullopt;
    return SecretKey{o->value(QLatin1String("name")).toString(), *seed};
}

bool KeyFiles::generate(const QString &basePath, const QString &name, QString *error) {
    const SecretKey secret{name, Ed25519::randomSeed()};
    const std::optional<PublicKey> publicKey = secret.publicKey();
    if (!publicKey) {
        *error = QStringLiteral("no random source for a new key");
        return false;
    }
    const QString secretPath = basePath + secretSuffix();
    const QString publicPath = basePath + publicSuffix();
    if (QFileInfo::exists(secretPath) || QFileInfo::exists(publicPath)) {
        *error = QStringLiteral("%1 or %2 exists already; a key is never overwritten")
                     .arg(secretPath, publicPath);
        return false;
    }
    if (!writeNewFile(secretPath, secret.toJson(), QFile::ReadOwner | QFile::WriteOwner, error))
        return false;
    return writeNewFile(publicPath, publicKey->toJson(),
                        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther,
                        error);
}

std::optional<SecretKey> KeyFiles::readSecret(const QString &path, QString *error) {
    const QFileInfo info(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.exists() && (info.permissions() & others)) {
        *error = QStringLiteral("%1: the secret key can be read by other users; refusing to use "
                                "it (run: chmod 600 %1)")
                     .arg(path);
        return std::nullopt;
    }
    QString why;
    const auto bytes = readSmallFile(path, &why);
    const auto key = bytes ? SecretKey::fromJson(*bytes, &why) : std::nullopt;
    if (!key)
        *error = path + QStringLiteral(": ") + why;
    return key;
}

std::optional<PublicKey> KeyFiles::readPublic(const QString &path, QString *error) {
    QString why;
    const auto bytes = readSmallFile(path, &why);
    const auto key = bytes ? PublicKey::fromJson(*bytes, &why) : std::nullopt;
    if (!key)
        *error = path + QStringLiteral(": ") + why;
    return key;
}

const PublicKey *TrustedKeys::find(const QByteArray &key) const {
    for (const PublicKey &k : m_keys)
        if (k.key == key)
            return &k;
    return nullptr;
}

void TrustedKeys::loadFile(const QString &path) {
    QString error;
    if (const auto key = KeyFiles::readPublic(path, &error))
        add(*key);
    else
        m_problems.append(error);
}

TrustedKeys TrustedKeys::load(const QStringList &folders) {
    TrustedKeys trusted;
    trusted.loadFile(builtInKeyPath());
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList names = dir.entryList({QStringLiteral("*") + KeyFiles::publicSuffix()},
                                                QDir::Files, QDir::Name);
        for (const QString &name : names)
            trusted.loadFile(dir.filePath(name));
    }
    return trusted;
}

QStringList TrustedKeys::standardFolders(bool systemOnly) {
    const QString sub = QStringLiteral("/patient-reader/trusted-keys");
    QStringList folders;
    QStringList configDirs =
        QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    const QString user = configDirs.isEmpty() ? QString() : configDirs.takeFirst();
    if (!configDirs.contains(QStringLiteral("/etc/xdg")))
        configDirs.append(QStringLiteral("/etc/xdg"));
    for (const QString &dir : std::as_const(configDirs))
        folders.append(dir + sub);
    if (!systemOnly && !user.isEmpty())
        folders.append(user + sub);
    return folders;
}

} // namespace pr
