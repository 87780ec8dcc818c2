// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

struct sqlite3;

namespace pr {

// An FTS5 tokenizer "pr_snowball LANGUAGE [unicode61 options]" for one SQLite connection:
// unicode61 splits and folds the text, a Snowball stemmer (libstemmer) adds each word's stem at
// the same position, marked with kStemMarker so that stems and words stay apart:
//   "insurance"  is indexed as  insurance + ~insur
// A query word matches by its stem ("insured" finds "insurance"); a word still being typed
// ("insur"*) matches the words themselves, which stems alone could not ("insuranc" is not a
// prefix of "insur"). The index holds plain text, so every word is a word of the text.
class SnowballTokenizer {
public:
    static constexpr char kStemMarker = '~';
    static constexpr const char *kName = "pr_snowball";

    // Registers the tokenizer; false with a reason if the connection has no FTS5.
    static bool registerWith(sqlite3 *db, QString *error);
};

} // namespace pr
