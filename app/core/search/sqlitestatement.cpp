// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sqlitestatement.h"

#include <sqlite3.h>

namespace pr {

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db) {
    if (!db)
        return;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorString() const {
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}

void SqliteStatement::bind(int parameter, const QString &text) {
    if (!m_statement)
        return;
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, parameter, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int parameter, qint64 number) {
    if (m_statement)
        sqlite3_bind_int64(m_statement, parameter, number);
}

bool SqliteStatement::next() {
    if (!m_statement) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    if (!m_failed)
        sqlite3_reset(m_statement);
    return false;
}

void SqliteStatement::reset() {
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    m_failed = false;
}

bool SqliteStatement::run() {
    while (next()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

QString SqliteStatement::text(int column) const {
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}

} // namespace pr
