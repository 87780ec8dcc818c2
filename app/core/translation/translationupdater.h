// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "translationunit.h"

namespace pr {

// Brings a translation file up to date with a new template made from the base pack: keeps the
// translations whose source is unchanged, marks those whose source changed fuzzy (keeping the
// old source as previousSource, so the translator sees what changed), adds the new units
// untranslated and drops the units the base pack no longer has.
class TranslationUpdater {
public:
    struct Summary {
        int kept = 0;
        int changed = 0; // now fuzzy
        int added = 0;
        int removed = 0;
    };

    static TranslationCatalog update(const TranslationCatalog &existing,
                                     const TranslationCatalog &fresh, Summary *summary = nullptr);
};

} // namespace pr
