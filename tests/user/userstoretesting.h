// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

// Helpers shared by the user-store test suites.

#include "content/pack.h"
#include "user/entrykey.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace pr::testing {

inline QString userFixture(const QString &name) {
    return QStringLiteral(PR_FIXTURES_DIR "/user/") + name;
}

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Copies a fixture to target as a writable file.
inline bool copyFixture(const QString &name, const QString &target) {
    QFile::remove(target);
    return QFile::copy(userFixture(name), target) &&
           QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}

// Runs a query on the store's own connection; the first column of the first row.
inline QVariant queryValue(const QString &connectionName, const QString &sql) {
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline QStringList strings(std::initializer_list<const char *> items) {
    QStringList result;
    for (const char *item : items)
        result.append(QLatin1String(item));
    return result;
}

inline EntryKey key(const char *entry, const char *pack = "ketamine-faq") {
    return {QLatin1String(pack), QLatin1String(entry)};
}

// A pack with just the given entries, for availability and FAQ order.
inline Pack packWith(const QString &id, const QString &version, const QStringList &entryIds) {
    Manifest manifest;
    manifest.id = id;
    manifest.version = version;
    QList<Entry> entries;
    for (const QString &entryId : entryIds) {
        Entry entry;
        entry.id = entryId;
        entry.question = QStringLiteral("Question ") + entryId;
        entries.append(entry);
    }
    return Pack(manifest, entries, {});
}

} // namespace pr::testing
