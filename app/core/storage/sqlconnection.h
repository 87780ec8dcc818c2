// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>
#include <functional>
#include <memory>

struct sqlite3;

namespace pr {

// One Qt Sql connection to an SQLite database under a name no other connection uses, closed
// and unregistered when destroyed.
class SqlConnection {
public:
    static QString memoryPath() { return QStringLiteral(":memory:"); }

    enum class Uris { Off, On };
    // Returns nullptr and sets *error when the driver cannot open the path. A private
    // in-memory database for memoryPath(). With Uris::On, ATTACH accepts "file:" URIs.
    static std::unique_ptr<SqlConnection> open(const QString &path, QSqlError *error,
                                               Uris uris = Uris::Off);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const QString &name() const { return m_name; }
    QString path() const { return m_db.databaseName(); }
    bool isInMemory() const { return path() == memoryPath(); }
    QSqlDatabase &database() { return m_db; }
    // The SQLite handle under the Qt connection, for reads where Qt Sql's per-value overhead
    // matters; null if the driver is not SQLite.
    sqlite3 *handle() const;

    QSqlError exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; an invalid QVariant when there is no row.
    QVariant value(const QString &sql, const QVariantList &values, QSqlError *error);
    // Runs body inside BEGIN IMMEDIATE ... COMMIT, so that concurrent writers queue on the
    // busy timeout instead of failing half-way. Rolls back when body or COMMIT fails.
    QSqlError transaction(const std::function<QSqlError()> &body);

private:
    SqlConnection(QSqlDatabase db, QString name);

    QSqlDatabase m_db;
    QString m_name;
};

} // namespace pr
