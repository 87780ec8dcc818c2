// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packfiles.h"
#include "content/packproblem.h"
#include "content/packreader.h"

#include <QString>
#include <optional>

namespace pr {

// Gathers what goes into the single file of a language pack folder: the manifest, the entries,
// the answers the entries name, the synonyms and the interface translation the manifest names.
// Stray files (notes, references.json) stay out.
class LanguagePackBuilder {
public:
    // interfaceFile, when given, is the interface translation (.ts) to store under the name the
    // manifest gives; otherwise that file is taken from the folder when it is there.
    static std::optional<PackFileMap> collect(const QString &folder, const QString &interfaceFile,
                                              PackProblems *problems,
                                              const PackReader::Limits &limits = {});
};

} // namespace pr
