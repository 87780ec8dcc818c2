// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "bookmark.h"

#include <QSqlError>

namespace pr {

class SqlConnection;

// The SQL for what the user has read: the "recently read" list, the scroll position of each
// answer, and the answer open when the app last closed.
class ReadingStateTable {
public:
    // The recently-read list keeps this many entries; older ones drop off.
    static constexpr int maxHistory = 100;

    explicit ReadingStateTable(SqlConnection &connection)
        : m_connection(connection) {}

    QSqlError markRead(const EntryKey &key, const QDateTime &at);
    // Newest first, one item per entry.
    QList<ReadItem> recentlyRead(int limit, QSqlError *error) const;
    QSqlError clearHistory();

    QSqlError setScrollPosition(const EntryKey &key, double y, const QDateTime &at);
    std::optional<double> scrollPosition(const EntryKey &key, QSqlError *error) const;

    QSqlError setLastOpened(const EntryKey &key);
    std::optional<EntryKey> lastOpened(QSqlError *error) const;

private:
    SqlConnection &m_connection;
};

} // namespace pr
