// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "entrykey.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace pr {

struct Bookmark {
    static constexpr int maxNoteLength = 2000;

    // Whether the current pack still has the entry. A bookmark is never deleted because its
    // entry is gone: it shows as unavailable until a pack brings the entry back.
    enum class Availability { Unknown, Available, Unavailable };

    EntryKey key;
    QString note;
    QDateTime created; // UTC
    QDateTime updated; // UTC, when the note last changed
    Availability availability = Availability::Unknown;

    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

enum class BookmarkOrder {
    NewestFirst,
    // The pack's own order; bookmarks the pack lacks follow, newest first.
    FaqOrder,
};

struct BookmarkToggle {
    bool bookmarked = false;
    // Set when the toggle removed a bookmark, so that the UI can offer to undo it.
    std::optional<Bookmark> removed;
};

struct ReadItem {
    EntryKey key;
    QDateTime readAt; // UTC
};

} // namespace pr
