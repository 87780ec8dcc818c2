// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "storage/sqlconnection.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <atomic>
#include <sqlite3.h>

namespace pr {

namespace {

QString uniqueConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("pr-sqlite-%1").arg(++counter);
}

// Long enough for another copy of the app to finish any write the user store makes.
constexpr int kBusyTimeoutMs = 5000;

} // namespace

std::unique_ptr<SqlConnection> SqlConnection::open(const QString &path, QSqlError *error,
                                                   Uris uris) {
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (uris == Uris::On)
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setConnectOptions(options);
        if (db.open())
            return std::unique_ptr<SqlConnection>(new SqlConnection(db, name));
        if (error)
            *error = db.lastError();
    }
    QSqlDatabase::removeDatabase(name);
    return nullptr;
}

SqlConnection::SqlConnection(QSqlDatabase db, QString name)
    : m_db(std::move(db))
    , m_name(std::move(name)) {}

SqlConnection::~SqlConnection() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *SqlConnection::handle() const {
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QSqlError SqlConnection::exec(const QString &sql, const QVariantList &values) {
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        return query.lastError();
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return query.lastError();
    return {};
}

QVariant SqlConnection::value(const QString &sql, const QVariantList &values, QSqlError *error) {
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QSqlError SqlConnection::transaction(const std::function<QSqlError()> &body) {
    if (QSqlError e = exec(QStringLiteral("BEGIN IMMEDIATE")); e.isValid())
        return e;
    QSqlError e = body();
    if (!e.isValid())
        e = exec(QStringLiteral("COMMIT"));
    if (e.isValid())
        exec(QStringLiteral("ROLLBACK"));
    return e;
}

} // namespace pr
