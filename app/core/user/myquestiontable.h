// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "myquestion.h"

#include <QSqlError>

namespace pr {

class SqlConnection;

// The SQL for the my_questions table: the reader's order is the position column.
class MyQuestionTable {
public:
    explicit MyQuestionTable(SqlConnection &connection)
        : m_connection(connection) {}

    // In the reader's order.
    QList<MyQuestion> all(QSqlError *error) const;
    // Appends at the end; *id receives the new row id.
    QSqlError append(const MyQuestion &question, qint64 *id);
    QSqlError setText(qint64 id, const QString &text);
    QSqlError remove(qint64 id);
    // Renumbers the positions in the order of ids (every id of the table, each once).
    QSqlError setOrder(const QList<qint64> &ids);

private:
    SqlConnection &m_connection;
};

} // namespace pr
