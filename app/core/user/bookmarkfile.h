// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "bookmark.h"

#include <QCoreApplication>

namespace pr {

// The file a patient takes bookmarks to another computer with:
//   {"format": "patient-reader-bookmarks", "version": 1, "exported": "<ISO 8601>",
//    "bookmarks": [{"pack": "...", "entry": "...", "note": "...",
//                   "created": "<ISO 8601>", "updated": "<ISO 8601>"}]}
// Reading is strict: a file that is too big, is not this format, or has one field of the wrong
// type or shape is refused as a whole, with a message that names the problem.
class BookmarkFile {
    Q_DECLARE_TR_FUNCTIONS(pr::BookmarkFile)

public:
    static QString formatName() { return QStringLiteral("patient-reader-bookmarks"); }
    static constexpr int formatVersion = 1;

    struct Limits {
        qint64 maxFileBytes = 8 * 1024 * 1024;
        int maxBookmarks = 20000;
    };

    struct ReadResult {
        QList<Bookmark> bookmarks;
        QString error; // empty when the file was accepted

        bool ok() const { return error.isEmpty(); }
    };

    BookmarkFile() = default;
    explicit BookmarkFile(Limits limits)
        : m_limits(limits) {}

    QByteArray encode(const QList<Bookmark> &bookmarks, const QDateTime &exportedAt) const;
    // now bounds the dates a file may hold: none may lie in the future.
    ReadResult decode(const QByteArray &json, const QDateTime &now) const;

    ReadResult read(const QString &filePath, const QDateTime &now) const;
    // Writes atomically: an existing file is replaced only when the new one is complete.
    // Returns an error message, empty on success.
    QString write(const QString &filePath, const QList<Bookmark> &bookmarks,
                  const QDateTime &exportedAt) const;

private:
    Limits m_limits;
};

} // namespace pr
