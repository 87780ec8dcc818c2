// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packfiles.h"

#include "system/jsonparsemessage.h"
#include "system/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

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
    // Anything there, a link included: reading it then says what is wrong with it.
    const QFileInfo info(absolute(relativePath));
    return info.exists() || info.isSymLink();
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
    // One name at a time from the pack's folder, following no link: nothing outside the pack
    // is read, and a FIFO or device is refused before it is read.
    FileProblem problem;
    std::optional<QByteArray> bytes =
        RegularFile::readInside(m_root, relativePath, m_maxFileBytes, &problem);
    if (bytes)
        return bytes;
    const bool aboutThisFile = problem.path == relativePath;
    switch (problem.kind) {
    case FileProblem::Kind::Missing:
        error(relativePath, 0,
              aboutThisFile && problem.what == QLatin1String("does not exist")
                  ? QStringLiteral("file is missing")
                  : problem.what);
        break;
    case FileProblem::Kind::TooLarge:
        error(relativePath, 0, QStringLiteral("file ") + problem.what);
        break;
    default:
        error(relativePath, 0, aboutThisFile ? problem.what : problem.toString());
        break;
    }
    return std::nullopt;
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

namespace {

QString badStringIn(const QString &text) {
    if (text.contains(QChar(0)))
        return QStringLiteral("a text holds \"\\u0000\" (a NUL character), which no text may "
                              "hold");
    if (!QStringView(text).isValidUtf16())
        return QStringLiteral("a text holds half of a surrogate pair (\"\\uD800\" to "
                              "\"\\uDFFF\") without its other half; write the character itself");
    return {};
}

// The first string (name or value) that no text may hold; a null string when there is none.
// Walks with a stack, not recursion: a document nests as deep as the JSON parser allows.
QString firstBadStringIn(const QJsonValue &root) {
    QList<QJsonValue> pending{root};
    while (!pending.isEmpty()) {
        const QJsonValue value = pending.takeLast();
        if (value.isString()) {
            if (QString bad = badStringIn(value.toString()); !bad.isNull())
                return bad;
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array)
                pending.append(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (QString bad = badStringIn(it.key()); !bad.isNull())
                    return bad;
                pending.append(it.value());
            }
        }
    }
    return {};
}

QString firstBadString(const QJsonDocument &doc) {
    return doc.isArray() ? firstBadStringIn(doc.array()) : firstBadStringIn(doc.object());
}

int badEscapeLine(const QByteArray &json) {
    static const QRegularExpression escape(
        QStringLiteral("(?<!\\\\u[dD][89abAB][0-9a-fA-F]{2})\\\\u(0000|[dD][89abAB][0-9a-fA-F]{2}"
                       "(?!\\\\u[dD][c-fC-F])|[dD][c-fC-F][0-9a-fA-F]{2})"));
    const QString text = QString::fromUtf8(json);
    const QRegularExpressionMatch match = escape.match(text);
    if (!match.hasMatch())
        return 0;
    return int(QStringView(text).left(match.capturedStart()).count(QLatin1Char('\n'))) + 1;
}

} // namespace

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
              QStringLiteral("is not valid JSON: ") +
                  JsonParseMessage::untranslated(parseError, utf8));
        return std::nullopt;
    }
    // JSON lets a string hold "\u0000" or half of a surrogate pair, which no text may hold: a
    // NUL cuts text short in the page and the search index, and a lone surrogate is no
    // character at all.
    if (const QString bad = firstBadString(doc); !bad.isNull()) {
        error(relativePath, badEscapeLine(utf8), bad);
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
