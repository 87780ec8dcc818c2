// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QHashFunctions>
#include <QString>

namespace pr {

// What saved user data points at: an entry of a pack. Never a pack version or a file path, so
// that a content update keeps everything that points into the pack.
struct EntryKey {
    QString packId;
    QString entryId;

    // Both ids follow the pack rule: lower-case letters, digits, '.', '_' or '-'.
    bool isValid() const;
    QString toString() const { return packId + QLatin1Char('/') + entryId; }

    friend bool operator==(const EntryKey &, const EntryKey &) = default;
};

inline size_t qHash(const EntryKey &key, size_t seed = 0) noexcept {
    return qHashMulti(seed, key.packId, key.entryId);
}

} // namespace pr
