// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packproblem.h"
#include "languagepackreader.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace pr {

// A base pack seen through a language pack: the pack in the target language, where each entry
// says whether it is translated, stale, or untranslated (then it carries the base text and the
// base language). Entries keep the base pack's ids and order, so bookmarks and links survive a
// change of language; references stay as the base pack publishes them.
struct TranslatedPack {
    Pack pack;                     // its manifest().translation is set
    QStringList translatedEntries; // up to date
    QStringList staleEntries;      // translated from an older base text
    QStringList untranslatedEntries;
    InterfaceCatalogue interfaceTranslation; // empty when the pack has none

    int coveragePercent() const;

    // Merges; records why when the language pack cannot translate this base pack.
    static std::optional<TranslatedPack> merge(const Pack &base, const LanguagePack &translation,
                                               PackProblems *problems);
};

} // namespace pr
