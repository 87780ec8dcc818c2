// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarklistmodel.h"

#include "content/quotedtext.h"

#include <QLocale>

namespace pr {

BookmarkListModel::BookmarkListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void BookmarkListModel::setBookmarks(const QList<Bookmark> &bookmarks, const Pack &pack) {
    beginResetModel();
    m_bookmarks = bookmarks;
    m_pack = pack;
    endResetModel();
}

const Bookmark *BookmarkListModel::bookmarkAt(int row) const {
    return row >= 0 && row < m_bookmarks.size() ? &m_bookmarks.at(row) : nullptr;
}

int BookmarkListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QString BookmarkListModel::title(const Bookmark &bookmark) const {
    const bool samePack = bookmark.key.packId == m_pack.manifest().id;
    const Entry *entry = samePack ? m_pack.entry(bookmark.key.entryId) : nullptr;
    if (entry)
        return entry->question;
    return tr("%1 (not in the FAQ shown now)").arg(bookmark.key.toString());
}

QVariant BookmarkListModel::data(const QModelIndex &index, int role) const {
    const Bookmark *bookmark = bookmarkAt(index.row());
    if (!index.isValid() || !bookmark)
        return {};
    const bool available = bookmark->availability != Bookmark::Availability::Unavailable;
    switch (role) {
    case Qt::DisplayRole:
        return bookmark->note.isEmpty()
                   ? title(*bookmark)
                   : title(*bookmark) + QStringLiteral("\n    ") + quotedText(bookmark->note);
    case Qt::AccessibleTextRole:
        return bookmark->note.isEmpty()
                   ? title(*bookmark)
                   : tr("%1. Your note: %2").arg(title(*bookmark), bookmark->note);
    case Qt::ToolTipRole:
        return tr("Bookmarked on %1")
            .arg(QLocale().toString(bookmark->created.toLocalTime(), QLocale::ShortFormat));
    case EntryIdRole:
        return bookmark->key.entryId;
    case NoteRole:
        return bookmark->note;
    case AvailableRole:
        return available;
    case CreatedRole:
        return bookmark->created;
    default:
        return {};
    }
}

} // namespace pr
