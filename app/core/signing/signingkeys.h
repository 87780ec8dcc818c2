// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pr {

// A public key that may vouch for packs. Stored as a small JSON file ("NAME.pub"):
//   {"format": "patient-reader-public-key", "version": 1, "name": "...", "key": "<base64>"}
struct PublicKey {
    QString name;
    QByteArray key; // 32 bytes, Ed25519

    // The first 8 bytes of the key's SHA-256, in hex: short enough to read out on the phone.
    QString keyId() const;
    QByteArray toJson() const;
    static std::optional<PublicKey> fromJson(const QByteArray &json, QString *error);
};

// The secret half ("NAME.secret", readable by its owner only):
//   {"format": "patient-reader-secret-key", "version": 1, "name": "...", "seed": "<base64>"}
struct SecretKey {
    QString name;
    QByteArray seed; // 32 bytes, Ed25519

    std::optional<PublicKey> publicKey() const;
    QByteArray toJson() const;
    static std::optional<SecretKey> fromJson(const QByteArray &json, QString *error);
};

// Reading and writing key files, with the checks a secret deserves.
class KeyFiles {
public:
    static QString publicSuffix() { return QStringLiteral(".pub"); }
    static QString secretSuffix() { return QStringLiteral(".secret"); }

    // Writes BASE.secret (mode 0600) and BASE.pub; refuses to replace an existing file.
    static bool generate(const QString &basePath, const QString &name, QString *error);
    // Refused when the file can be read or written by anyone but its owner.
    static std::optional<SecretKey> readSecret(const QString &path, QString *error);
    static std::optional<PublicKey> readPublic(const QString &path, QString *error);
};

// The public keys this computer trusts: the project's own key built into the program, the
// system-wide folder a clinic's administrator fills, and, on a desktop, the reader's own.
class TrustedKeys {
public:
    void add(const PublicKey &key) { m_keys.append(key); }
    const PublicKey *find(const QByteArray &key) const;
    const QList<PublicKey> &keys() const { return m_keys; }
    // Problems name the file and what is wrong with it; other keys still load.
    const QStringList &problems() const { return m_problems; }

    // Every "*.pub" file in each folder, plus the built-in project key.
    static TrustedKeys load(const QStringList &folders);
    // /etc/xdg/patient-reader/trusted-keys (each XDG config folder), then, unless systemOnly,
    // ~/.config/patient-reader/trusted-keys.
    static QStringList standardFolders(bool systemOnly);
    static QString builtInKeyPath() { return QStringLiteral(":/keys/patient-reader-project.pub"); }

private:
    void loadFile(const QString &path);

    QList<PublicKey> m_keys;
    QStringList m_problems;
};

} // namespace pr
