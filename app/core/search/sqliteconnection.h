#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace pr {

// A private in-memory SQLite database opened through Qt's QSQLITE driver under a connection
// name of its own, removed again on destruction. Use it from the thread that created it.
class SqliteConnection {
public:
    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const;
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;
    // The driver's sqlite3 handle, for registering extensions; nullptr if it hands none out.
    sqlite3 *handle() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace pr
