// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packproblem.h"
#include "translationunit.h"

#include <QByteArray>
#include <optional>

namespace pr {

// XLIFF 1.2: one <trans-unit> per unit, id = the unit id, the translator's note in <note>.
// Protected parts (link targets, citation keys, addresses) are <ph> elements holding the text
// itself, so translation tools show them as tags that must not be edited. A fuzzy translation
// has state="needs-review-translation".
class XliffFile {
public:
    static QByteArray write(const TranslationCatalog &catalog);
    // fileName names the file in problems; nullopt on malformed XML or a missing <file>.
    static std::optional<TranslationCatalog> read(const QByteArray &bytes, const QString &fileName,
                                                  PackProblems *problems);
};

} // namespace pr
