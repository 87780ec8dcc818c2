// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

namespace pr {

// A title as CSL-JSON stores it: text with the rich-text tags CSL processors understand
// (<i>, <b>, <sup>, <sub>, and <span class="nocase"> to protect a word's case). Any other
// markup is kept as text. Straight quotes and apostrophes become typographic ones.
class CslRichText {
public:
    explicit CslRichText(const QString &markup = {});

    QString plain() const;
    QString html() const; // escaped text plus the four formatting tags

    // Headline-case titles ("A Consensus Statement on the Use of Ketamine") become sentence
    // case ("A consensus statement on the use of ketamine"), as APA 7 and Citing Medicine want.
    // Titles that are already in sentence case are left alone, as are acronyms, words with
    // inner capitals or digits, and anything inside <span class="nocase">. A proper noun in a
    // headline-case title cannot be told apart and must be protected with nocase.
    CslRichText sentenceCased() const;
    // APA 7 capitalises the first word after a colon, a dash or an end-of-sentence mark.
    CslRichText withSubtitlesCapitalised() const;

    bool isHeadlineCase() const;

private:
    struct Token {
        enum Kind { Text, Tag } kind = Text;
        QString value;
        bool noCase = false;
    };
    QList<Token> m_tokens;
};

} // namespace pr
