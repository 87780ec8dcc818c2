// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translationunit.h"

namespace pr {

const TranslationUnit *TranslationCatalog::unit(const QString &id) const {
    for (const TranslationUnit &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

QHash<QString, const TranslationUnit *> TranslationCatalog::unitsById() const {
    QHash<QString, const TranslationUnit *> index;
    index.reserve(units.size());
    for (const TranslationUnit &u : units)
        if (!index.contains(u.id))
            index.insert(u.id, &u);
    return index;
}

} // namespace pr
