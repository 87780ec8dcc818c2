// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarkorder.h"

#include "content/pack.h"

#include <algorithm>
#include <vector>

namespace pr {

void arrangeBookmarks(QList<Bookmark> &bookmarks, BookmarkOrder order, const Pack *pack) {
    if (!pack)
        return;
    const QString &packId = pack->manifest().id;
    // The position of each bookmark's entry in the pack, or -1 when the pack lacks it.
    QList<int> positions;
    positions.reserve(bookmarks.size());
    for (Bookmark &b : bookmarks) {
        const int i = b.key.packId == packId ? pack->indexOf(b.key.entryId) : -1;
        b.availability =
            i >= 0 ? Bookmark::Availability::Available : Bookmark::Availability::Unavailable;
        positions.append(i);
    }
    if (order != BookmarkOrder::FaqOrder)
        return;

    std::vector<std::pair<int, Bookmark>> ranked;
    ranked.reserve(bookmarks.size());
    for (qsizetype i = 0; i < bookmarks.size(); ++i)
        ranked.emplace_back(positions.at(i), std::move(bookmarks[i]));
    // Stable: bookmarks the pack lacks stay newest first.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if ((a.first < 0) != (b.first < 0))
            return a.first >= 0;
        return a.first >= 0 && a.first < b.first;
    });
    bookmarks.clear();
    for (auto &r : ranked)
        bookmarks.append(std::move(r.second));
}

} // namespace pr
