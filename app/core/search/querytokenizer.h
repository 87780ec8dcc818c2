// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

namespace pr {

// One word of what a reader typed.
struct QueryWord {
    QString text;          // as typed
    QString folded;        // lower case, Latin/Greek/Cyrillic accents removed: for comparisons
    qsizetype start = 0;   // position in the typed text
    bool isPrefix = false; // the last word, still being typed (no space or punctuation after it)
};

// Splits typed text into words the way the index does (runs of letters, digits and combining
// marks), so that any input, however hostile, becomes a short list of plain words.
class QueryTokenizer {
public:
    static constexpr int kMaxWords = 12;
    static constexpr int kMaxWordLength = 64;

    static QList<QueryWord> split(const QString &text, int maxWords = kMaxWords);
    static QString fold(const QString &word);
};

} // namespace pr
