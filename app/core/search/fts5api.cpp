// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "fts5api.h"

#include <sqlite3.h>

namespace pr {

fts5_api *fts5ApiOf(sqlite3 *db) {
    if (!db)
        return nullptr;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2 ? api : nullptr;
}

} // namespace pr
