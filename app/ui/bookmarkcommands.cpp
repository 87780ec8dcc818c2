// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarkcommands.h"

#include "user/userstore.h"

#include <QCoreApplication>

namespace pr {

RemoveBookmarkCommand::RemoveBookmarkCommand(UserStore &store, EntryKey key,
                                             const QString &question)
    : QUndoCommand(
          QCoreApplication::translate("BookmarkCommands", "remove bookmark “%1”").arg(question))
    , m_store(store)
    , m_key(std::move(key)) {}

void RemoveBookmarkCommand::redo() {
    m_removed = m_store.removeBookmark(m_key);
}

void RemoveBookmarkCommand::undo() {
    if (m_removed)
        m_store.restoreBookmark(*m_removed);
}

AddBookmarkCommand::AddBookmarkCommand(UserStore &store, EntryKey key, const QString &question,
                                       const QString &note)
    : QUndoCommand(QCoreApplication::translate("BookmarkCommands", "bookmark “%1”").arg(question))
    , m_store(store)
    , m_key(std::move(key))
    , m_note(note) {}

void AddBookmarkCommand::redo() {
    m_store.addBookmark(m_key, m_note);
}

void AddBookmarkCommand::undo() {
    m_store.removeBookmark(m_key);
}

} // namespace pr
