// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QStringView>

namespace pr {

// Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
// and swaps of two neighbours each count 1). Gives up early and returns limit + 1 as soon as
// the distance must exceed limit, or when a word is longer than 64 characters.
class EditDistance {
public:
    static int between(QStringView a, QStringView b, int limit);
    // The distance from a to the closest prefix of b: how far "insuren" is from being the
    // start of "insurance". For words that are still being typed.
    static int toPrefixOf(QStringView a, QStringView b, int limit);

private:
    static int compute(QStringView a, QStringView b, int limit, bool prefixOfB);
};

} // namespace pr
