// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QAbstractListModel>
#include <QSet>

namespace pr {

// The questions of a pack, in pack order, for the question list. Bookmarked questions carry a
// marker so the list can show them.
class QuestionListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, BookmarkedRole, NumberRole };

    explicit QuestionListModel(QObject *parent = nullptr);

    void setPack(const Pack &pack);
    void setBookmarkedIds(const QSet<QString> &entryIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfEntry(const QString &entryId) const;
    QString entryIdAt(int row) const;

private:
    Pack m_pack;
    QSet<QString> m_bookmarked;
};

} // namespace pr
