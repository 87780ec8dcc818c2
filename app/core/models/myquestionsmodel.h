// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "user/myquestion.h"

#include <QAbstractListModel>

namespace pr {

class UserStore;

// The reader's "my questions" list as the panel and the handout dialog show it: an FAQ question
// in the language of the pack in use (or marked unavailable when the pack no longer has it), an
// own question as the reader wrote it. Follows the store; moving rows (drag and drop, or the
// keyboard) reorders the store's list.
class MyQuestionsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, EntryIdRole, OwnRole, AvailableRole };

    explicit MyQuestionsModel(UserStore &store, QObject *parent = nullptr);

    void setPack(const Pack &pack);
    const QList<MyQuestion> &questions() const { return m_questions; }
    // The text the reader sees for a question: the FAQ's question in pack, or the reader's own
    // text.
    static QString textOf(const MyQuestion &question, const Pack &pack);
    static bool isAvailable(const MyQuestion &question, const Pack &pack);
    static QStringList textsOf(const QList<MyQuestion> &questions, const Pack &pack);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    void reload();

    UserStore &m_store;
    Pack m_pack;
    QList<MyQuestion> m_questions;
    bool m_moving = false;
};

} // namespace pr
