// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarktable.h"

#include "storage/sqlconnection.h"

#include <QSqlQuery>
#include <sqlite3.h>

namespace pr {

namespace {

const QString kColumns = QStringLiteral("pack_id, entry_id, note, created_at, updated_at");

QDateTime fromMs(const QVariant &value) {
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Bookmark fromRow(const QSqlQuery &query) {
    Bookmark b;
    b.key.packId = query.value(0).toString();
    b.key.entryId = query.value(1).toString();
    b.note = query.value(2).toString();
    b.created = fromMs(query.value(3));
    b.updated = fromMs(query.value(4));
    return b;
}

QSqlError sqliteError(sqlite3 *db) {
    if (!db)
        return QSqlError(QStringLiteral("no SQLite handle"), QString(), QSqlError::ConnectionError);
    return QSqlError(QString::fromUtf8(sqlite3_errmsg(db)), QString(), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

} // namespace

std::optional<Bookmark> BookmarkTable::find(const EntryKey &key, QSqlError *error) const {
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM bookmarks WHERE pack_id = ? AND entry_id = ?")
                      .arg(kColumns));
    query.addBindValue(key.packId);
    query.addBindValue(key.entryId);
    if (!query.exec()) {
        *error = query.lastError();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Bookmark> BookmarkTable::all(QSqlError *error) const {
    // Straight through the SQLite API: Qt Sql makes a QVariant of every value, which costs more
    // than the query itself with 10,000 bookmarks.
    QList<Bookmark> result;
    sqlite3 *db = m_connection.handle();
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db,
                                  "SELECT pack_id, entry_id, note, created_at, updated_at "
                                  "FROM bookmarks ORDER BY created_at DESC, pack_id, entry_id",
                                  -1, &statement, nullptr) != SQLITE_OK) {
        *error = sqliteError(db);
        return result;
    }
    // SQLite stores UTF-8; Qt decodes it faster than SQLite converts it to UTF-16.
    const auto text = [&](int column) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(statement, column));
    };
    result.reserve(count(error));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        Bookmark b;
        b.key.packId = text(0);
        b.key.entryId = text(1);
        b.note = text(2);
        b.created = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 3), Qt::UTC);
        b.updated = QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 4), Qt::UTC);
        result.append(b);
    }
    if (rc != SQLITE_DONE) {
        *error = sqliteError(db);
        result.clear();
    }
    sqlite3_finalize(statement);
    return result;
}

int BookmarkTable::count(QSqlError *error) const {
    return m_connection.value(QStringLiteral("SELECT count(*) FROM bookmarks"), {}, error).toInt();
}

QSqlError BookmarkTable::put(const Bookmark &b) {
    return m_connection.exec(
        QStringLiteral("INSERT OR REPLACE INTO bookmarks(%1) VALUES (?, ?, ?, ?, ?)").arg(kColumns),
        {b.key.packId, b.key.entryId, b.note, b.created.toMSecsSinceEpoch(),
         b.updated.toMSecsSinceEpoch()});
}

QSqlError BookmarkTable::setNote(const EntryKey &key, const QString &note,
                                 const QDateTime &updated) {
    return m_connection.exec(QStringLiteral("UPDATE bookmarks SET note = ?, updated_at = ? WHERE "
                                            "pack_id = ? AND entry_id = ?"),
                             {note, updated.toMSecsSinceEpoch(), key.packId, key.entryId});
}

QSqlError BookmarkTable::remove(const EntryKey &key) {
    return m_connection.exec(
        QStringLiteral("DELETE FROM bookmarks WHERE pack_id = ? AND entry_id = ?"),
        {key.packId, key.entryId});
}

} // namespace pr
