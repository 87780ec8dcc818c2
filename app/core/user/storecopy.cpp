// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "storecopy.h"

#include "storage/sqlconnection.h"
#include "userschema.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

namespace pr {

namespace {

const QString kSource = QStringLiteral("source");

// A read-only open of a WAL store needs its -shm file or a writable folder; "immutable" reads
// the main file alone when neither is there.
bool attachReadOnly(SqlConnection &target, const QString &sourcePath, QString *reason) {
    const QString url =
        QUrl::fromLocalFile(QFileInfo(sourcePath).absoluteFilePath()).toString(QUrl::FullyEncoded);
    for (const QString &options :
         {QStringLiteral("?mode=ro"), QStringLiteral("?mode=ro&immutable=1")}) {
        QSqlError error =
            target.exec(QStringLiteral("ATTACH DATABASE ? AS source"), {QString(url + options)});
        if (!error.isValid()) {
            target.value(QStringLiteral("SELECT count(*) FROM source.sqlite_master"), {}, &error);
            if (!error.isValid())
                return true;
            target.exec(QStringLiteral("DETACH DATABASE source"));
        }
        *reason = error.text();
    }
    return false;
}

bool copyTables(SqlConnection &target, QString *reason) {
    QSqlError error;
    const QString check =
        target.value(QStringLiteral("PRAGMA source.quick_check"), {}, &error).toString();
    if (error.isValid() || check != QLatin1String("ok")) {
        *reason = error.isValid() ? error.text() : check;
        return false;
    }
    const UserSchema::Verdict verdict = UserSchema::inspect(target, kSource, &error);
    if (error.isValid() || verdict.kind == UserSchema::Verdict::Kind::Newer ||
        verdict.kind == UserSchema::Verdict::Kind::Foreign) {
        *reason = error.isValid() ? error.text() : verdict.reason;
        return false;
    }

    // Recreate the source's own tables and indexes (inspect() vouched for them), then copy rows.
    QSqlQuery schema(target.database());
    schema.setForwardOnly(true);
    QStringList statements;
    QStringList tables;
    if (!schema.exec(QStringLiteral(
            "SELECT type, name, sql FROM source.sqlite_master WHERE sql IS NOT NULL AND name NOT "
            "LIKE 'sqlite\\_%' ESCAPE '\\' AND type IN ('table', 'index') ORDER BY type DESC"))) {
        *reason = schema.lastError().text();
        return false;
    }
    while (schema.next()) {
        statements.append(schema.value(2).toString());
        if (schema.value(0).toString() == QLatin1String("table"))
            tables.append(schema.value(1).toString());
    }
    schema.finish();
    for (const QString &table : tables)
        statements.append(
            QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM source.\"%1\"").arg(table));
    statements.append(QStringLiteral("PRAGMA main.user_version = %1").arg(verdict.version));
    for (const QString &sql : statements) {
        if (error = target.exec(sql); error.isValid()) {
            *reason = error.text();
            return false;
        }
    }
    return true;
}

} // namespace

bool copyStoreInto(SqlConnection &target, const QString &sourcePath, QString *reason) {
    if (!attachReadOnly(target, sourcePath, reason))
        return false;
    // One transaction, so that every read sees the same state of a file another copy of the
    // app may be changing.
    bool copied = false;
    if (const QSqlError error = target.exec(QStringLiteral("BEGIN")); error.isValid())
        *reason = error.text();
    else
        copied = copyTables(target, reason);
    if (copied) {
        if (const QSqlError error = target.exec(QStringLiteral("COMMIT")); error.isValid()) {
            *reason = error.text();
            copied = false;
        }
    }
    if (!copied)
        target.exec(QStringLiteral("ROLLBACK"));
    target.exec(QStringLiteral("DETACH DATABASE source"));
    return copied;
}

} // namespace pr
