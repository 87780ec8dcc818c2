// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "questionlistmodel.h"

namespace pr {

QuestionListModel::QuestionListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void QuestionListModel::setPack(const Pack &pack) {
    beginResetModel();
    m_pack = pack;
    endResetModel();
}

void QuestionListModel::setBookmarkedIds(const QSet<QString> &entryIds) {
    m_bookmarked = entryIds;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1),
                         {BookmarkedRole, Qt::DisplayRole, Qt::AccessibleTextRole});
}

int QuestionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_pack.entries().size());
}

QVariant QuestionListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &entry = m_pack.entries().at(index.row());
    const bool bookmarked = m_bookmarked.contains(entry.id);
    switch (role) {
    case Qt::DisplayRole:
        return bookmarked ? QStringLiteral("★ ") + entry.question : entry.question;
    case Qt::ToolTipRole:
        return entry.question;
    case Qt::AccessibleTextRole:
        return bookmarked ? tr("%1 (bookmarked)").arg(entry.question) : entry.question;
    case EntryIdRole:
        return entry.id;
    case BookmarkedRole:
        return bookmarked;
    case NumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuestionListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, QByteArrayLiteral("entryId"));
    names.insert(BookmarkedRole, QByteArrayLiteral("bookmarked"));
    names.insert(NumberRole, QByteArrayLiteral("number"));
    return names;
}

QModelIndex QuestionListModel::indexOfEntry(const QString &entryId) const {
    const int row = m_pack.indexOf(entryId);
    return row < 0 ? QModelIndex() : index(row);
}

QString QuestionListModel::entryIdAt(int row) const {
    return row >= 0 && row < rowCount() ? m_pack.entries().at(row).id : QString();
}

} // namespace pr
