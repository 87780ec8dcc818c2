// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packcontents.h"

#include "content/languagepackfile.h"
#include "system/jsonparsemessage.h"
#include "system/regularfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pr {
namespace {

const QString kSignaturesFormat = QStringLiteral("patient-reader-signatures");

// Refuses links, special files and files over the limit (see RegularFile).
std::optional<QByteArray> readRegularFile(const QFileInfo &info, qint64 maxBytes, QString *error) {
    return RegularFile::read(info.filePath(), maxBytes, error, RegularFile::Links::Refuse);
}

} // namespace

std::optional<PackContents> PackContents::read(const QString &path, QString *error,
                                               const Limits &limits) {
    PackContents contents;
    contents.m_path = path;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        *error = QStringLiteral("%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (info.isSymLink()) {
        *error = QStringLiteral("%1 is a symbolic link; name the pack itself").arg(path);
        return std::nullopt;
    }
    const bool ok =
        info.isDir() ? contents.readFolder(limits, error) : contents.readSingleFile(limits, error);
    if (!ok)
        return std::nullopt;
    return contents;
}

bool PackContents::readFolder(const Limits &limits, QString *error) {
    m_form = Form::Folder;
    const QDir root(QFileInfo(m_path).absoluteFilePath());
    QDirIterator it(root.path(),
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        const std::optional<QByteArray> bytes = readRegularFile(info, limits.maxFileBytes, error);
        if (!bytes)
            return false;
        const QString relative = root.relativeFilePath(info.filePath());
        if (relative == signaturesFile()) {
            readSignaturesJson(*bytes);
            continue;
        }
        if (m_files.size() >= limits.maxFiles) {
            *error = QStringLiteral("%1 holds more than %2 files").arg(m_path).arg(limits.maxFiles);
            return false;
        }
        m_files.insert(relative, *bytes);
    }
    return true;
}

bool PackContents::readSingleFile(const Limits &limits, QString *error) {
    m_form = Form::SingleFile;
    const std::optional<QByteArray> bytes =
        readRegularFile(QFileInfo(m_path), limits.maxFileBytes, error);
    if (!bytes)
        return false;
    PackProblems problems;
    LanguagePackFile::Limits fileLimits;
    fileLimits.maxFileBytes = limits.maxFileBytes;
    fileLimits.maxFiles = limits.maxFiles;
    QJsonValue signatures;
    const std::optional<PackFileMap> files = LanguagePackFile::parse(
        *bytes, QFileInfo(m_path).fileName(), fileLimits, &problems, &signatures);
    if (!files) {
        *error = problems.isEmpty() ? QStringLiteral("%1 cannot be read").arg(m_path)
                                    : problems.constFirst().toString();
        return false;
    }
    m_files = *files;
    if (signatures.isArray())
        m_signatures = signatures.toArray();
    else if (!signatures.isUndefined())
        m_signaturesError = QStringLiteral("its \"signatures\" is not a list");
    return true;
}

void PackContents::readSignaturesJson(const QByteArray &json) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError)
        m_signaturesError = QStringLiteral("it is damaged or incomplete (%1)")
                                .arg(JsonParseMessage::untranslated(parseError, json));
    else if (o.value(QLatin1String("format")).toString() != kSignaturesFormat ||
             o.value(QLatin1String("version")).toInt() != 1)
        m_signaturesError =
            QStringLiteral("it is not a \"%1\" file, version 1").arg(kSignaturesFormat);
    else if (!o.value(QLatin1String("signatures")).isArray())
        m_signaturesError = QStringLiteral("its \"signatures\" is not a list");
    else
        m_signatures = o.value(QLatin1String("signatures")).toArray();
}

QString PackContents::signaturesLocation() const {
    return m_form == Form::Folder ? QDir(m_path).filePath(signaturesFile()) : m_path;
}

bool PackContents::writeSignatures(const QJsonArray &signatures, QString *error) const {
    QByteArray bytes;
    if (m_form == Form::Folder) {
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), kSignaturesFormat},
                                          {QStringLiteral("version"), 1},
                                          {QStringLiteral("signatures"), signatures}})
                    .toJson();
    } else {
        bytes = LanguagePackFile::serialize(m_files, signatures);
    }
    QSaveFile file(signaturesLocation());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1 cannot be written: %2")
                     .arg(signaturesLocation(), file.errorString());
        return false;
    }
    return true;
}

} // namespace pr
