// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packproblem.h"
#include "languagepackreader.h"
#include "signing/contenttrustpolicy.h"

#include <QString>
#include <optional>

namespace pr {

// What the Language menu shows of an installed language pack, read from its manifest (and the
// ids in its entries.json) without reading its answers: the catalog lists every pack this way
// at start, and a pack is read in full only when it is chosen, so that one hostile or huge
// pack costs the start-up little and cannot stop it. With a trust policy the signatures are
// checked here too, as they are when the pack is loaded.
struct LanguagePackListing {
    QString languageTag;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool clinicallyReviewed = false; // by a trusted signature
    int coveragePercent = 0;         // of the base pack's entries the pack translates

    // Problems (errors when it cannot be listed, warnings otherwise) are appended.
    static std::optional<LanguagePackListing> read(const QString &path, const Pack &base,
                                                   const LanguagePackReader::Limits &limits,
                                                   const ContentTrustPolicy *policy,
                                                   PackProblems *problems);
};

} // namespace pr
