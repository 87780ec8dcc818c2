// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonParseError>

namespace pr {

PackFiles::PackFiles(QString root, qint64 maxFileBytes, PackProblems *problems)
    : m_root(std::move(root))
    , m_maxFileBytes(maxFileBytes)
    , m_problems(problems) {}

PackFiles::PackFiles(PackFileMap files, qint64 maxFileBytes, PackProblems *problems)
    : m_memory(std::move(files))
    , m_maxFileBytes(maxFileBytes)
    , m_problems(problems) {}

QString PackFiles::absolute(const QString &relativePath) const {
    return m_root + QLatin1Char('/') + relativePath;
}

bool PackFiles::exists(const QString &relativePath) const {
    if (m_memory)
        return m_memory->contains(relativePath);
    return QFileInfo(absolute(relativePath)).isFile();
}

void PackFiles::error(const QString &file, int line, const QString &message) const {
    m_problems->append({PackProblem::Severity::Error, file, line, message});
}

void PackFiles::warning(const QString &file, int line, const QString &message) const {
    m_problems->append({PackProblem::Severity::Warning, file, line, message});
}

bool PackFiles::isSafeRelativePath(const QString &path) {
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1Char(':')) ||
        path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char('\0')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

std::optional<QByteArray> PackFiles::readBytes(const QString &relativePath) const {
    if (m_memory)
        return readFromMemory(relativePath);
    const QFileInfo info(absolute(relativePath));
    if (!info.exists()) {
        error(relativePath, 0, QStringLiteral("file is missing"));
        return std::nullopt;
    }
    if (!info.isFile()) {
        error(relativePath, 0, QStringLiteral("is not a regular file"));
        return std::nullopt;
    }
    if (info.size() > m_maxFileBytes) {
        error(relativePath, 0,
              QStringLiteral("file is too large (%1 bytes; the limit is %2 bytes)")
                  .arg(info.size())
                  .arg(m_maxFileBytes));
        return std::nullopt;
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        error(relativePath, 0, QStringLiteral("cannot be read: ") + file.errorString());
        return std::nullopt;
    }
    // Read one byte past the limit so a file that grew after the size check is still caught.
    QByteArray bytes = file.read(m_maxFileBytes + 1);
    if (bytes.size() > m_maxFileBytes) {
        error(relativePath, 0, QStringLiteral("file is too large"));
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> PackFiles::readFromMemory(const QString &relativePath) const {
    const auto it = m_memory->constFind(relativePath);
    if (it == m_memory->cend()) {
        error(relativePath, 0, QStringLiteral("file is missing"));
        return std::nullopt;
    }
    if (it->size() > m_maxFileBytes) {
        error(relativePath, 0,
              QStringLiteral("file is too large (%1 bytes; the limit is %2 bytes)")
                  .arg(it->size())
                  .arg(m_maxFileBytes));
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> PackFiles::readText(const QString &relativePath) const {
    const std::optional<QByteArray> bytes = readBytes(relativePath);
    if (!bytes)
        return std::nullopt;
    if (!bytes->isValidUtf8()) {
        // Only now look for the line, to say where the bad bytes are.
        const QList<QByteArray> lines = bytes->split('\n');
        qsizetype badLine = 0;
        while (badLine + 1 < lines.size() && lines.at(badLine).isValidUtf8())
            ++badLine;
        error(relativePath, int(badLine) + 1, QStringLiteral("text is not valid UTF-8"));
        return std::nullopt;
    }
    QString text = QString::fromUtf8(*bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(0))) {
        error(relativePath, lineAtOffset(*bytes, bytes->indexOf('\0')),
              QStringLiteral("text contains a NUL character"));
        return std::nullopt;
    }
    return text;
}

std::optional<QJsonDocument> PackFiles::readJson(const QString &relativePath,
                                                 QByteArray *raw) const {
    const std::optional<QString> text = readText(relativePath);
    if (!text)
        return std::nullopt;
    const QByteArray utf8 = text->toUtf8();
    if (raw)
        *raw = utf8;
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(relativePath, lineAtOffset(utf8, parseError.offset),
              QStringLiteral("is not valid JSON: ") + parseError.errorString());
        return std::nullopt;
    }
    return doc;
}

int lineAtOffset(const QByteArray &bytes, qsizetype offset) {
    offset = qBound(qsizetype(0), offset, bytes.size());
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

QList<int> jsonObjectLines(const QByteArray &json, int depth) {
    QList<int> lines;
    int level = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++level;
            if (c == '{' && level == depth)
                lines.append(line);
            break;
        case '}':
        case ']':
            --level;
            break;
        default:
            break;
        }
    }
    return lines;
}

} // namespace pr
