// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "bookmark.h"

#include <QSqlError>

namespace pr {

class SqlConnection;

// The SQL for the bookmarks table. Times are stored as UTC milliseconds.
class BookmarkTable {
public:
    explicit BookmarkTable(SqlConnection &connection)
        : m_connection(connection) {}

    std::optional<Bookmark> find(const EntryKey &key, QSqlError *error) const;
    // Newest first; the same date by pack id, then entry id.
    QList<Bookmark> all(QSqlError *error) const;
    int count(QSqlError *error) const;

    // Inserts the bookmark exactly as given, replacing one with the same key.
    QSqlError put(const Bookmark &bookmark);
    QSqlError setNote(const EntryKey &key, const QString &note, const QDateTime &updated);
    QSqlError remove(const EntryKey &key);

private:
    SqlConnection &m_connection;
};

} // namespace pr
