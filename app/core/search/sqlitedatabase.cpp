// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sqlitedatabase.h"

#include <sqlite3.h>

namespace pr {

SqliteDatabase::SqliteDatabase() {
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    if (sqlite3_open_v2(":memory:", &db, flags, nullptr) == SQLITE_OK) {
        m_db = db;
        return;
    }
    sqlite3_close(db); // a handle is returned even on failure
}

SqliteDatabase::~SqliteDatabase() {
    sqlite3_close_v2(m_db);
}

bool SqliteDatabase::exec(const QString &sql, QString *error) {
    if (!m_db) {
        *error = QStringLiteral("The search database could not be opened.");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = message ? QString::fromUtf8(message) : lastError();
    sqlite3_free(message);
    return false;
}

QString SqliteDatabase::lastError() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QStringLiteral("The search database could not be opened.");
}

} // namespace pr
