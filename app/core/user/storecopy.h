// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

class SqlConnection;

// Reads the store at sourcePath into the empty main database of target, without writing to
// the file or its folder (it may be read-only). Refuses a damaged source and one whose tables
// are not ours. Leaves target at the source's schema version; migrate it afterwards.
// Returns false with *reason set when nothing could be copied.
bool copyStoreInto(SqlConnection &target, const QString &sourcePath, QString *reason);

} // namespace pr
