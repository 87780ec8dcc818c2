// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "user/bookmark.h"

#include <QAbstractListModel>

namespace pr {

// Bookmarks for the bookmarks panel: the question (or, for an entry the current pack lacks,
// its id marked unavailable), and the reader's note.
class BookmarkListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, NoteRole, AvailableRole, CreatedRole };

    explicit BookmarkListModel(QObject *parent = nullptr);

    void setBookmarks(const QList<Bookmark> &bookmarks, const Pack &pack);
    const Bookmark *bookmarkAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString title(const Bookmark &bookmark) const;

    QList<Bookmark> m_bookmarks;
    Pack m_pack;
};

} // namespace pr
