// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "myquestiontable.h"

#include "storage/sqlconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pr {

QString myQuestionTextProblem(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("pr::MyQuestion", "The question is empty.");
    if (trimmed.size() > MyQuestion::maxTextLength)
        return QCoreApplication::translate("pr::MyQuestion",
                                           "The question is longer than %1 characters.")
            .arg(MyQuestion::maxTextLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("pr::MyQuestion",
                                               "The question holds a control character.");
    }
    return {};
}

QList<MyQuestion> MyQuestionTable::all(QSqlError *error) const {
    QList<MyQuestion> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, pack_id, entry_id, text, created_at FROM "
                                   "my_questions ORDER BY position, id"))) {
        *error = query.lastError();
        return result;
    }
    while (query.next()) {
        MyQuestion q;
        q.id = query.value(0).toLongLong();
        q.entry.packId = query.value(1).toString();
        q.entry.entryId = query.value(2).toString();
        q.text = query.value(3).toString();
        q.created = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        result.append(q);
    }
    return result;
}

QSqlError MyQuestionTable::append(const MyQuestion &q, qint64 *id) {
    QSqlError error = m_connection.exec(
        QStringLiteral("INSERT INTO my_questions(pack_id, entry_id, text, position, created_at) "
                       "VALUES (coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), (SELECT "
                       "coalesce(max(position), 0) + 1 FROM my_questions), ?)"),
        // A null QString binds as NULL: the unused columns are empty strings.
        {q.entry.packId, q.entry.entryId, q.text, q.created.toMSecsSinceEpoch()});
    if (error.isValid())
        return error;
    *id = m_connection.value(QStringLiteral("SELECT last_insert_rowid()"), {}, &error).toLongLong();
    return error;
}

QSqlError MyQuestionTable::setText(qint64 id, const QString &text) {
    return m_connection.exec(QStringLiteral("UPDATE my_questions SET text = ? WHERE id = ?"),
                             {text, id});
}

QSqlError MyQuestionTable::remove(qint64 id) {
    return m_connection.exec(QStringLiteral("DELETE FROM my_questions WHERE id = ?"), {id});
}

QSqlError MyQuestionTable::setOrder(const QList<qint64> &ids) {
    for (int i = 0; i < ids.size(); ++i) {
        if (QSqlError e = m_connection.exec(
                QStringLiteral("UPDATE my_questions SET position = ? WHERE id = ?"),
                {i + 1, ids.at(i)});
            e.isValid())
            return e;
    }
    return {};
}

} // namespace pr
