// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "myquestionsmodel.h"

#include "user/userstore.h"

#include <QCoreApplication>

namespace pr {

MyQuestionsModel::MyQuestionsModel(UserStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store) {
    connect(&m_store, &UserStore::myQuestionsChanged, this, [this] {
        if (!m_moving)
            reload();
    });
    reload();
}

void MyQuestionsModel::setPack(const Pack &pack) {
    m_pack = pack;
    if (!m_questions.isEmpty())
        emit dataChanged(index(0), index(int(m_questions.size()) - 1));
}

void MyQuestionsModel::reload() {
    beginResetModel();
    m_questions = m_store.myQuestions();
    endResetModel();
}

bool MyQuestionsModel::isAvailable(const MyQuestion &q, const Pack &pack) {
    return q.isOwn() || (q.entry.packId == pack.manifest().id && pack.entry(q.entry.entryId));
}

QStringList MyQuestionsModel::textsOf(const QList<MyQuestion> &questions, const Pack &pack) {
    QStringList texts;
    for (const MyQuestion &q : questions)
        texts.append(textOf(q, pack));
    return texts;
}

QString MyQuestionsModel::textOf(const MyQuestion &q, const Pack &pack) {
    if (q.isOwn())
        return q.text;
    if (const Entry *e = isAvailable(q, pack) ? pack.entry(q.entry.entryId) : nullptr)
        return e->question;
    return QCoreApplication::translate("pr::MyQuestionsModel", "%1 (not in the FAQ shown now)")
        .arg(q.entry.entryId);
}

int MyQuestionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant MyQuestionsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_questions.size())
        return {};
    const MyQuestion &q = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return textOf(q, m_pack);
    case Qt::ToolTipRole:
        return q.isOwn()
                   ? QCoreApplication::translate("pr::MyQuestionsModel", "Your own question")
                   : QCoreApplication::translate("pr::MyQuestionsModel", "A question from the FAQ");
    case IdRole:
        return q.id;
    case EntryIdRole:
        return q.entry.entryId;
    case OwnRole:
        return q.isOwn();
    case AvailableRole:
        return isAvailable(q, m_pack);
    default:
        return {};
    }
}

bool MyQuestionsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_questions.size())
        return false;
    const MyQuestion &q = m_questions.at(index.row());
    return q.isOwn() && m_store.editOwnQuestion(q.id, value.toString());
}

Qt::ItemFlags MyQuestionsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows: where a dragged question lands
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.row() < m_questions.size() && m_questions.at(index.row()).isOwn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MyQuestionsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= m_questions.size() || destinationChild < 0 ||
        destinationChild > m_questions.size() || destinationChild == sourceRow ||
        destinationChild == sourceRow + 1)
        return false;
    // destinationChild is the row the question goes before, counted before the move.
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_moving = true;
    const bool stored = m_store.moveMyQuestion(m_questions.at(sourceRow).id, to);
    m_moving = false;
    if (!stored)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    m_questions.move(sourceRow, to);
    endMoveRows();
    return true;
}

} // namespace pr
