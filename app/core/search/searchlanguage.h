// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QString>

namespace pr {

// How the index reads the text of a pack's language.
//   Stemmed     words plus their Snowball stems (every language libstemmer knows)
//   Words       words only (languages without a Snowball stemmer)
//   Substrings  trigrams, for languages written without spaces between words
struct SearchLanguage {
    enum class Analysis { Stemmed, Words, Substrings };

    Analysis analysis = Analysis::Words;
    QByteArray stemmerAlgorithm; // set for Stemmed

    static SearchLanguage forTag(const QString &languageTag);
    // The value of the FTS5 "tokenize" option.
    QString tokenizeOption() const;
};

} // namespace pr
