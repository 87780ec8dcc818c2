// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "signingkeys.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pr {

// Adds a signer's statement about a pack (folder or .prpack) to the signatures it carries.
class PackSigner {
public:
    struct Statement {
        bool reviewed = false;
        QString signerName;
        QString signerRole;
        QDateTime signedAt = QDateTime::currentDateTimeUtc();
    };

    // What an Ed25519 signature covers: the statement's bytes, behind a label that keeps a
    // pack signature from being taken for a signature of anything else.
    static QByteArray signedMessage(const QByteArray &statementJson);
    // One entry of the "signatures" list.
    static QJsonObject signatureRecord(const QByteArray &statementJson, const SecretKey &key);

    // Keeps the pack's other signatures; replaces an earlier one by the same key.
    static bool sign(const QString &packPath, const SecretKey &key, const Statement &statement,
                     QString *error);
};

} // namespace pr
