// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

struct sqlite3;
struct fts5_api;

namespace pr {

// The FTS5 extension API of a connection (for custom tokenizers and ranking functions), or
// nullptr if its SQLite has no FTS5.
fts5_api *fts5ApiOf(sqlite3 *db);

} // namespace pr
