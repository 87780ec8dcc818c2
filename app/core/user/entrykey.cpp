// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "entrykey.h"

#include "content/pack.h"

namespace pr {

bool EntryKey::isValid() const {
    return isValidPackId(packId) && isValidPackId(entryId);
}

} // namespace pr
