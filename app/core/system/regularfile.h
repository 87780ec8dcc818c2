// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace pr {

// The one way the app and faqpack read a file that comes from outside (a pack, a language pack,
// a translation, a bookmark file, a settings file): only a regular file within a size limit is
// read, and that is checked on the opened file itself, before any byte is read, so a FIFO never
// blocks, /dev/zero is never read and a file swapped after a check is still caught.
// Why a file was not read: what is wrong, and with which path (a full path, or the path inside
// the pack for readInside()).
struct FileProblem {
    enum class Kind { Missing, Link, NotRegular, TooLarge, Unreadable };
    Kind kind = Kind::Unreadable;
    QString path;
    QString what; // "is a FIFO (named pipe), not a regular file"

    QString toString() const { return path + QLatin1Char(' ') + what; }
};

class RegularFile {
public:
    enum class Links {
        Refuse, // the file itself must not be a symbolic link
        Follow, // a link is followed, but what it points to must be a regular file
    };

    // The whole file, or nothing with *problem set ("PATH is a FIFO ..., not a regular file").
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes,
                                          FileProblem *problem, Links links = Links::Follow);
    // The same, with the problem as one message.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error,
                                          Links links = Links::Follow);

    // A file inside a folder (a pack): relativePath ("answers/cost.md") is followed one name at
    // a time from root without following any symbolic link, so nothing outside root is read.
    // Messages name relativePath, not the full path.
    static std::optional<QByteArray> readInside(const QString &root, const QString &relativePath,
                                                qint64 maxBytes, FileProblem *problem);

    // Checks path as read() would, without reading it (for a file that another library opens,
    // such as a settings file or an SQLite database).
    static bool check(const QString &path, qint64 maxBytes, QString *error,
                      Links links = Links::Follow);
};

} // namespace pr
