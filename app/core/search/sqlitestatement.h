// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pr {

// One prepared statement of a SqliteDatabase, finalized when destroyed. Parameters count from
// 1, columns from 0, as in the sqlite3 API. After the last row (or an error) the statement is
// reset, so that it can be bound and run again.
class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString errorString() const;

    void bind(int parameter, const QString &text);
    void bind(int parameter, qint64 number);
    // The next row: true while there is one. false at the end and on error (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    void reset();
    // Runs a statement without results to the end; false on error.
    bool run();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace pr
