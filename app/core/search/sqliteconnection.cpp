#include "sqliteconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

namespace pr {

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("pr-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open())
        m_error = db.lastError().text();
}

SqliteConnection::~SqliteConnection() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::isOpen() const {
    return m_error.isEmpty() && database().isOpen();
}

QSqlDatabase SqliteConnection::database() const {
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *SqliteConnection::handle() const {
    const QVariant value = database().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

} // namespace pr
