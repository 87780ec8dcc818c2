// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "packproblem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <optional>

namespace pr {

// The files of a pack held in memory, by relative path ("answers/cost.md"): for example the
// contents of a single-file language pack.
using PackFileMap = QHash<QString, QByteArray>;

// Safe reading of the files inside a pack folder, or of a pack's files held in memory: size
// limits, UTF-8 and JSON checks that report the file and line of the first problem.
class PackFiles {
public:
    PackFiles(QString root, qint64 maxFileBytes, PackProblems *problems);
    PackFiles(PackFileMap files, qint64 maxFileBytes, PackProblems *problems);

    bool exists(const QString &relativePath) const;
    // Null when the file is missing, too large or unreadable; a problem is recorded then.
    std::optional<QByteArray> readBytes(const QString &relativePath) const;
    std::optional<QString> readText(const QString &relativePath) const;
    // raw, when given, receives the file's UTF-8 text for locating lines.
    std::optional<QJsonDocument> readJson(const QString &relativePath,
                                          QByteArray *raw = nullptr) const;

    void error(const QString &file, int line, const QString &message) const;
    void warning(const QString &file, int line, const QString &message) const;

    // True for a relative path that stays inside the pack ("answers/cost.md").
    static bool isSafeRelativePath(const QString &path);

private:
    QString absolute(const QString &relativePath) const;
    std::optional<QByteArray> readFromMemory(const QString &relativePath) const;

    QString m_root;
    std::optional<PackFileMap> m_memory; // set when the files are held in memory
    qint64 m_maxFileBytes;
    PackProblems *m_problems;
};

// 1-based line of the byte at offset.
int lineAtOffset(const QByteArray &bytes, qsizetype offset);

// Lines on which each JSON object at the given nesting depth starts, in order. Depth counts
// both [ and {: the elements of a top-level array are at depth 2, those of an array held by a
// top-level object at depth 3.
QList<int> jsonObjectLines(const QByteArray &json, int depth);

} // namespace pr
