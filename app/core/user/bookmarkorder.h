// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "bookmark.h"

namespace pr {

class Pack;

// Marks each bookmark available or not in pack (Unknown when pack is null) and puts them in
// order. The bookmarks must come newest first; FaqOrder without a pack leaves them so.
void arrangeBookmarks(QList<Bookmark> &bookmarks, BookmarkOrder order, const Pack *pack);

} // namespace pr
