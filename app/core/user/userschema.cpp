// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "userschema.h"

#include "storage/sqlconnection.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace pr {

namespace {

using TableColumns = QHash<QString, QStringList>;

// Step i takes the store from version i to version i + 1. Never edit a step that has shipped:
// add a new one.
const QList<QStringList> &migrationSteps() {
    static const QList<QStringList> steps = {
        // 0 -> 1: the first release. Bookmarks without notes; times in seconds; a history row
        // for every time an answer was read.
        {
            QStringLiteral("CREATE TABLE bookmarks(pack_id TEXT NOT NULL, entry_id TEXT NOT "
                           "NULL, created_at INTEGER NOT NULL, PRIMARY KEY(pack_id, entry_id))"),
            QStringLiteral("CREATE TABLE history(pack_id TEXT NOT NULL, entry_id TEXT NOT NULL, "
                           "read_at INTEGER NOT NULL)"),
        },
        // 1 -> 2: notes; times in milliseconds; one history row per entry; reading positions
        // and a key/value table for "last opened".
        {
            QStringLiteral("ALTER TABLE bookmarks ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE bookmarks ADD COLUMN updated_at INTEGER NOT NULL "
                           "DEFAULT 0"),
            QStringLiteral("UPDATE bookmarks SET created_at = created_at * 1000, updated_at = "
                           "created_at * 1000"),
            // The panel's newest-first order, so that listing needs no sort.
            QStringLiteral("CREATE INDEX bookmarks_newest_first ON bookmarks(created_at DESC, "
                           "pack_id, entry_id)"),
            QStringLiteral("CREATE TABLE history_v2(pack_id TEXT NOT NULL, entry_id TEXT NOT "
                           "NULL, read_at INTEGER NOT NULL, PRIMARY KEY(pack_id, entry_id))"),
            QStringLiteral("INSERT INTO history_v2 SELECT pack_id, entry_id, MAX(read_at) * 1000 "
                           "FROM history GROUP BY pack_id, entry_id"),
            QStringLiteral("DROP TABLE history"),
            QStringLiteral("ALTER TABLE history_v2 RENAME TO history"),
            QStringLiteral("CREATE INDEX history_by_time ON history(read_at)"),
            QStringLiteral("CREATE TABLE positions(pack_id TEXT NOT NULL, entry_id TEXT NOT "
                           "NULL, scroll_y REAL NOT NULL, updated_at INTEGER NOT NULL, PRIMARY "
                           "KEY(pack_id, entry_id))"),
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT "
                           "NULL)"),
        },
        // 2 -> 3: the reader's "my questions" list: FAQ questions marked "Ask my clinician"
        // (pack_id and entry_id set) and the reader's own (text set), in the reader's order.
        {
            QStringLiteral("CREATE TABLE my_questions(id INTEGER PRIMARY KEY, pack_id TEXT NOT "
                           "NULL DEFAULT '', entry_id TEXT NOT NULL DEFAULT '', text TEXT NOT "
                           "NULL DEFAULT '', position INTEGER NOT NULL, created_at INTEGER NOT "
                           "NULL)"),
        },
    };
    static_assert(UserSchema::currentVersion == 3, "add a migration step");
    return steps;
}

TableColumns tablesOfVersion(int version) {
    const QString pack = QStringLiteral("pack_id");
    const QString entry = QStringLiteral("entry_id");
    if (version == 1)
        return {{QStringLiteral("bookmarks"), {pack, entry, QStringLiteral("created_at")}},
                {QStringLiteral("history"), {pack, entry, QStringLiteral("read_at")}}};
    TableColumns tables = {
        {QStringLiteral("bookmarks"),
         {pack, entry, QStringLiteral("note"), QStringLiteral("created_at"),
          QStringLiteral("updated_at")}},
        {QStringLiteral("history"), {pack, entry, QStringLiteral("read_at")}},
        {QStringLiteral("positions"),
         {pack, entry, QStringLiteral("scroll_y"), QStringLiteral("updated_at")}},
        {QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}}};
    if (version >= 3)
        tables.insert(QStringLiteral("my_questions"),
                      {QStringLiteral("id"), pack, entry, QStringLiteral("text"),
                       QStringLiteral("position"), QStringLiteral("created_at")});
    return tables;
}

bool isSafeSchemaName(const QString &name) {
    return !name.isEmpty() &&
           std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); });
}

QStringList column0(SqlConnection &connection, const QString &sql, const QVariantList &values,
                    QSqlError *error) {
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    ok = ok && query.exec();
    QStringList result;
    if (!ok) {
        *error = query.lastError();
        return result;
    }
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

UserSchema::Verdict UserSchema::inspect(SqlConnection &connection, const QString &schemaName,
                                        QSqlError *error) {
    Verdict verdict;
    if (!isSafeSchemaName(schemaName)) {
        verdict.kind = Verdict::Kind::Foreign;
        verdict.reason = QStringLiteral("bad schema name");
        return verdict;
    }
    const QString master = schemaName + QStringLiteral(".sqlite_master");
    const QVariant version =
        connection.value(QStringLiteral("PRAGMA %1.user_version").arg(schemaName), {}, error);
    if (error->isValid())
        return verdict;
    verdict.version = version.toInt();
    const QStringList tables = column0(
        connection,
        QStringLiteral("SELECT name FROM %1 WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                       "ESCAPE '\\' ORDER BY name")
            .arg(master),
        {}, error);
    const QStringList others = column0(
        connection,
        QStringLiteral("SELECT type || ' ' || name FROM %1 WHERE type IN ('view', 'trigger')")
            .arg(master),
        {}, error);
    if (error->isValid())
        return verdict;

    auto foreign = [&](const QString &reason) {
        verdict.kind = Verdict::Kind::Foreign;
        verdict.reason = reason;
        return verdict;
    };
    if (verdict.version > currentVersion) {
        verdict.kind = Verdict::Kind::Newer;
        verdict.reason = QStringLiteral("schema version %1 is newer than this app's version %2")
                             .arg(verdict.version)
                             .arg(currentVersion);
        return verdict;
    }
    if (verdict.version <= 0) {
        if (tables.isEmpty() && others.isEmpty() && verdict.version == 0)
            return verdict;
        return foreign(QStringLiteral("the file holds tables of another program: %1")
                           .arg((tables + others).join(QStringLiteral(", "))));
    }
    if (!others.isEmpty())
        return foreign(QStringLiteral("unexpected %1").arg(others.first()));
    const TableColumns expected = tablesOfVersion(verdict.version);
    for (const QString &table : tables) {
        if (!expected.contains(table))
            return foreign(QStringLiteral("unknown table \"%1\"").arg(table));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!tables.contains(it.key()))
            return foreign(QStringLiteral("table \"%1\" is missing").arg(it.key()));
        const QStringList columns =
            column0(connection, QStringLiteral("SELECT name FROM pragma_table_info(?, ?)"),
                    {it.key(), schemaName}, error);
        if (error->isValid())
            return verdict;
        for (const QString &column : it.value()) {
            if (!columns.contains(column))
                return foreign(
                    QStringLiteral("table \"%1\" has no column \"%2\"").arg(it.key(), column));
        }
    }
    verdict.kind = Verdict::Kind::Known;
    return verdict;
}

QSqlError UserSchema::migrate(SqlConnection &connection, int *fromVersion) {
    return connection.transaction([&]() -> QSqlError {
        QSqlError error;
        const int found =
            connection.value(QStringLiteral("PRAGMA main.user_version"), {}, &error).toInt();
        if (error.isValid())
            return error;
        *fromVersion = found;
        if (found >= currentVersion)
            return {};
        const QList<QStringList> &steps = migrationSteps();
        for (int step = found; step < currentVersion; ++step) {
            for (const QString &sql : steps.at(step)) {
                if (QSqlError e = connection.exec(sql); e.isValid())
                    return e;
            }
        }
        // PRAGMA takes no bound values; the number is ours.
        return connection.exec(QStringLiteral("PRAGMA main.user_version = %1").arg(currentVersion));
    });
}

QStringList UserSchema::currentTables() {
    QStringList tables = tablesOfVersion(currentVersion).keys();
    tables.sort();
    return tables;
}

} // namespace pr
