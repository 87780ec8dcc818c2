// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace pr {

class SqlConnection;

// The versions of the user store's tables (PRAGMA user_version) and the steps between them.
// A new store is made by running every step from version 0, so a migrated store and a new one
// are built by the same statements.
class UserSchema {
public:
    static constexpr int currentVersion = 3;

    struct Verdict {
        enum class Kind {
            Empty,   // no tables: a new file
            Known,   // one of our versions, at most currentVersion
            Newer,   // written by a newer app
            Foreign, // tables that are not ours
        };
        Kind kind = Kind::Empty;
        int version = 0;
        QString reason; // why it is Newer or Foreign
    };

    // Looks at the tables of the attached database schemaName ("main" or an ATTACH name).
    static Verdict inspect(SqlConnection &connection, const QString &schemaName, QSqlError *error);

    // Brings "main" up to currentVersion inside one write transaction and re-reads the version
    // under the lock, so that two copies of the app opening an old store migrate it once.
    // *fromVersion receives the version found.
    static QSqlError migrate(SqlConnection &connection, int *fromVersion);

    // The tables of the current version, for copying and wiping.
    static QStringList currentTables();
};

} // namespace pr
