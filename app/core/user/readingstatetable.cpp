// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readingstatetable.h"

#include "storage/sqlconnection.h"

#include <QSqlQuery>

namespace pr {

namespace {

const QString kLastPack = QStringLiteral("last_opened_pack");
const QString kLastEntry = QStringLiteral("last_opened_entry");

} // namespace

QSqlError ReadingStateTable::markRead(const EntryKey &key, const QDateTime &at) {
    if (QSqlError e = m_connection.exec(
            QStringLiteral("INSERT INTO history(pack_id, entry_id, read_at) VALUES (?, ?, ?) "
                           "ON CONFLICT(pack_id, entry_id) DO UPDATE SET read_at = "
                           "excluded.read_at"),
            {key.packId, key.entryId, at.toMSecsSinceEpoch()});
        e.isValid())
        return e;
    return m_connection.exec(QStringLiteral("DELETE FROM history WHERE read_at < (SELECT read_at "
                                            "FROM history ORDER BY read_at DESC LIMIT 1 OFFSET "
                                            "?)"),
                             {maxHistory - 1});
}

QList<ReadItem> ReadingStateTable::recentlyRead(int limit, QSqlError *error) const {
    QList<ReadItem> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT pack_id, entry_id, read_at FROM history ORDER BY read_at "
                                 "DESC, pack_id, entry_id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError();
        return result;
    }
    while (query.next())
        result.append({{query.value(0).toString(), query.value(1).toString()},
                       QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    return result;
}

QSqlError ReadingStateTable::clearHistory() {
    return m_connection.exec(QStringLiteral("DELETE FROM history"));
}

QSqlError ReadingStateTable::setScrollPosition(const EntryKey &key, double y, const QDateTime &at) {
    return m_connection.exec(
        QStringLiteral("INSERT OR REPLACE INTO positions(pack_id, entry_id, scroll_y, updated_at) "
                       "VALUES (?, ?, ?, ?)"),
        {key.packId, key.entryId, y, at.toMSecsSinceEpoch()});
}

std::optional<double> ReadingStateTable::scrollPosition(const EntryKey &key,
                                                        QSqlError *error) const {
    const QVariant y = m_connection.value(
        QStringLiteral("SELECT scroll_y FROM positions WHERE pack_id = ? AND entry_id = ?"),
        {key.packId, key.entryId}, error);
    if (!y.isValid() || y.isNull())
        return std::nullopt;
    return y.toDouble();
}

QSqlError ReadingStateTable::setLastOpened(const EntryKey &key) {
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    if (QSqlError e = m_connection.exec(sql, {kLastPack, key.packId}); e.isValid())
        return e;
    return m_connection.exec(sql, {kLastEntry, key.entryId});
}

std::optional<EntryKey> ReadingStateTable::lastOpened(QSqlError *error) const {
    const QString sql = QStringLiteral("SELECT value FROM settings WHERE key = ?");
    EntryKey key;
    key.packId = m_connection.value(sql, {kLastPack}, error).toString();
    key.entryId = m_connection.value(sql, {kLastEntry}, error).toString();
    if (!key.isValid())
        return std::nullopt;
    return key;
}

} // namespace pr
