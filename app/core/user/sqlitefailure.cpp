// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sqlitefailure.h"

namespace pr {

namespace {

// Primary SQLite result codes (sqlite3.h); Qt reports extended codes, whose low byte is the
// primary code.
enum : int {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kAuth = 23,
    kNotADb = 26,
};

} // namespace

SqliteFailure classifySqliteError(const QSqlError &error) {
    if (!error.isValid())
        return SqliteFailure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return SqliteFailure::Other;
    switch (code) {
    case kBusy:
    case kLocked:
        return SqliteFailure::Busy;
    case kCorrupt:
    case kNotADb:
        return SqliteFailure::Damaged;
    case kPerm:
    case kReadOnly:
    case kIoErr:
    case kFull:
    case kCantOpen:
    case kAuth:
        return SqliteFailure::Unwritable;
    default:
        return SqliteFailure::Other;
    }
}

} // namespace pr
