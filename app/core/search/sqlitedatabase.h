// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

struct sqlite3;

namespace pr {

// A private in-memory SQLite database opened with the sqlite3 C API (sqlite3_open_v2), for the
// search index: its FTS5 tokenizer and rank function need the same library that runs the
// queries, which Qt's SQLite plugin does not promise. Not tied to a thread: one thread at a
// time may use it (SQLite's multi-thread mode), so an index built on a worker can serve the GUI.
class SqliteDatabase {
public:
    SqliteDatabase();
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    // Runs one or more statements without results; false and *error on failure.
    bool exec(const QString &sql, QString *error);
    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace pr
