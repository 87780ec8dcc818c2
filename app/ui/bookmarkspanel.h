// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace pr {

class BookmarkListModel;
class UserStore;

// Bookmarks (open, edit the note, remove with undo, sort by date or FAQ order) and the
// recently read answers, as two tabs.
class BookmarksPanel : public QWidget {
    Q_OBJECT

public:
    BookmarksPanel(UserStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPack(const Pack &pack);
    QListView *bookmarkList() const { return m_list; }
    QListWidget *recentList() const { return m_recent; }
    // Asks for a note for the bookmark of entryId and saves it.
    void editNote(const QString &entryId);

signals:
    void entryChosen(const QString &entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshBookmarks();
    void refreshRecent();
    void removeCurrent();
    void retranslate();
    QString currentEntryId() const;

    UserStore &m_store;
    QUndoStack &m_undo;
    Pack m_pack;
    BookmarkListModel *m_model;
    QComboBox *m_order;
    QListView *m_list;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_note;
    QPushButton *m_remove;
    QListWidget *m_recent;
    QLabel *m_orderLabel;
};

} // namespace pr
