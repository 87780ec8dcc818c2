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
// Stray files (notes, the .ts source of the interface, references.json) stay out.
class LanguagePackBuilder {
public:
    // interfaceQm, when given, is the compiled interface translation to store under the name
    // the manifest gives (the build compiles it outside the source folder); otherwise that
    // file is taken from the folder when it is there.
    static std::optional<PackFileMap> collect(const QString &folder, const QString &interfaceQm,
                                              PackProblems *problems,
                                              const PackReader::Limits &limits = {});
};

} // namespace pr
