// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translationupdater.h"

namespace pr {

TranslationCatalog TranslationUpdater::update(const TranslationCatalog &existing,
                                              const TranslationCatalog &fresh, Summary *summary) {
    Summary counts;
    TranslationCatalog result = fresh;
    if (result.language.isEmpty())
        result.language = existing.language;
    if (result.translator.isEmpty())
        result.translator = existing.translator;
    const QHash<QString, const TranslationUnit *> existingUnits = existing.unitsById();
    for (TranslationUnit &unit : result.units) {
        const TranslationUnit *old = existingUnits.value(unit.id);
        if (!old || old->target.isEmpty()) {
            counts.added += old ? 0 : 1;
            continue;
        }
        unit.target = old->target;
        if (old->source == unit.source) {
            unit.fuzzy = old->fuzzy;
            unit.previousSource = old->previousSource;
            ++counts.kept;
        } else {
            unit.fuzzy = true;
            // A unit already fuzzy keeps the source its translation was made from.
            unit.previousSource =
                old->fuzzy && !old->previousSource.isEmpty() ? old->previousSource : old->source;
            ++counts.changed;
        }
    }
    const QHash<QString, const TranslationUnit *> freshUnits = fresh.unitsById();
    for (const TranslationUnit &old : existing.units) {
        if (!freshUnits.contains(old.id))
            ++counts.removed;
    }
    if (summary)
        *summary = counts;
    return result;
}

} // namespace pr
