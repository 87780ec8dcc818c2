// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packfiles.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace pr {

// The pack a signature is for, as its manifest names it.
struct PackIdentity {
    QString id;
    QString version;
    QString language;

    bool operator==(const PackIdentity &) const = default;
    QString toString() const; // "ketamine-faq 1.0.0 (es)"
    // From the pack's manifest.json; nullopt when it names no id, version or language.
    static std::optional<PackIdentity> of(const PackFileMap &files);
};

// What a signer vouches for: these exact files of this pack, reviewed or not, by whom, when.
// Serialized as compact JSON; the signature covers those exact bytes, so no canonical form of
// JSON is needed to check it.
struct PackStatement {
    PackIdentity pack;
    QMap<QString, QByteArray> fileHashes; // relative path -> SHA-256
    bool reviewed = false;
    QString signerName;
    QString signerRole;
    QDateTime signedAt; // UTC, whole seconds

    static QMap<QString, QByteArray> hashFiles(const PackFileMap &files);
    QByteArray toJson() const;
    static std::optional<PackStatement> fromJson(const QByteArray &json, QString *error);
};

} // namespace pr
