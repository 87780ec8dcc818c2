// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A bookmark file a reader imports (BookmarkFile).

#include "fuzzinput.h"
#include "user/bookmarkfile.h"

#include <QDateTime>

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const pr::BookmarkFile file;
    const pr::BookmarkFile::ReadResult result = file.decode(pr::fuzz::bytes(data, size), now);
    if (result.ok())
        (void)file.encode(result.bookmarks, now);
    return 0;
}
