// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "user/bookmark.h"

#include <QUndoCommand>
#include <optional>

namespace pr {

class UserStore;

// Removing a bookmark, undoably: undo puts it back with its note and dates.
class RemoveBookmarkCommand : public QUndoCommand {
public:
    RemoveBookmarkCommand(UserStore &store, EntryKey key, const QString &question);

    void redo() override;
    void undo() override;

private:
    UserStore &m_store;
    EntryKey m_key;
    std::optional<Bookmark> m_removed;
};

// Adding a bookmark, undoably.
class AddBookmarkCommand : public QUndoCommand {
public:
    AddBookmarkCommand(UserStore &store, EntryKey key, const QString &question,
                       const QString &note = {});

    void redo() override;
    void undo() override;

private:
    UserStore &m_store;
    EntryKey m_key;
    QString m_note;
};

} // namespace pr
