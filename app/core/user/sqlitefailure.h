// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QSqlError>

namespace pr {

// What an SQLite error means for the user store, by its result code.
enum class SqliteFailure {
    None,
    Busy,       // another copy of the app holds the lock for longer than the busy timeout
    Damaged,    // the file is not a database or its pages are corrupt
    Unwritable, // read-only file or folder, full disk, I/O error, cannot open
    Other,      // a programming error or something unexpected
};

SqliteFailure classifySqliteError(const QSqlError &error);

} // namespace pr
