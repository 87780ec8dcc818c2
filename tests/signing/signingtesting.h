// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "copyfolder.h"
#include "signing/ed25519.h"
#include "signing/packsigner.h"
#include "signing/signingkeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace pr::test {

inline QString fixture(const QString &name) {
    return QStringLiteral(PR_FIXTURES_DIR "/langpacks/") + name;
}

inline SecretKey newKey(const QString &name) {
    SecretKey key{name, Ed25519::randomSeed()};
    return key;
}

inline TrustedKeys trusting(const QList<SecretKey> &keys) {
    TrustedKeys trusted;
    for (const SecretKey &key : keys)
        trusted.add(*key.publicKey());
    return trusted;
}

inline bool signAs(const QString &pack, const SecretKey &key, bool reviewed,
                   const QString &name = QStringLiteral("Dr. A. Reviewer"),
                   const QString &role = QStringLiteral("clinical reviewer")) {
    PackSigner::Statement s;
    s.reviewed = reviewed;
    s.signerName = name;
    s.signerRole = role;
    s.signedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    QString error;
    const bool ok = PackSigner::sign(pack, key, s, &error);
    if (!ok)
        qWarning("signing failed: %s", qPrintable(error));
    return ok;
}

inline QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A copy of a fixture folder, to sign and tamper with.
inline QString copyOf(const QTemporaryDir &dir, const QString &fixtureName,
                      const QString &as = QString()) {
    const QString target = dir.filePath(as.isEmpty() ? fixtureName : as);
    if (!copyFolder(fixture(fixtureName), target))
        qFatal("cannot copy %s", qPrintable(fixtureName));
    return target;
}

} // namespace pr::test
