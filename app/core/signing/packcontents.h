// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packfiles.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace pr {

struct PackContentLimits {
    qint64 maxFileBytes = 32 * 1024 * 1024; // the largest file, the .prpack included
    int maxFiles = 20100;
};

// The exact bytes of every file of a pack, as a signature covers them, and the signatures that
// travel with it. A folder (on disk or in Qt resources) keeps its signatures in
// "signatures.json" at its top; a single-file pack (.prpack) in its "signatures" member.
class PackContents {
public:
    enum class Form { Folder, SingleFile };

    using Limits = PackContentLimits;

    static QString signaturesFile() { return QStringLiteral("signatures.json"); }

    // Refuses links, special files, files over the limits, and anything it cannot read: a
    // signature must not vouch for bytes that come from outside the pack.
    static std::optional<PackContents> read(const QString &path, QString *error,
                                            const Limits &limits = {});

    const QString &path() const { return m_path; }
    Form form() const { return m_form; }
    const PackFileMap &files() const { return m_files; }
    const QJsonArray &signatures() const { return m_signatures; }
    // Set when the signatures could not be read at all (damaged file, not a list).
    const QString &signaturesError() const { return m_signaturesError; }
    // Where the signatures are kept, for messages: "PACK/signatures.json" or the .prpack.
    QString signaturesLocation() const;

    // Stores these signatures with the pack, replacing those it had.
    bool writeSignatures(const QJsonArray &signatures, QString *error) const;

private:
    bool readFolder(const Limits &limits, QString *error);
    bool readSingleFile(const Limits &limits, QString *error);
    void readSignaturesJson(const QByteArray &json);

    QString m_path;
    Form m_form = Form::Folder;
    PackFileMap m_files;
    QJsonArray m_signatures;
    QString m_signaturesError;
};

} // namespace pr
