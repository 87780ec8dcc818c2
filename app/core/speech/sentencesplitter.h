// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// Splits a block of text (a heading, a paragraph, a list item) into the sentences read aloud one
// by one. Sentence ends come from Unicode's rules (QTextBoundaryFinder: "?", "!", ".", the Arabic
// question mark "؟" and full stop "۔"), not from a hand-made parser; a full stop after a known
// abbreviation of the language ("e.g.", "Dr.", "p. ej.", "Sra.") does not end a sentence, and
// neither does the point in a number ("2.5") or a comma ("،" included).
class SentenceSplitter {
public:
    struct Span {
        int start = 0;
        int length = 0;
        bool operator==(const Span &other) const = default;
    };

    // languageTag: a BCP 47 tag ("en", "es-MX", "ar"); its primary language picks the
    // abbreviations.
    explicit SentenceSplitter(const QString &languageTag);

    // The sentences of text, as spans into it, without the white space around them.
    QList<Span> split(const QString &text) const;
    QStringList sentences(const QString &text) const;

private:
    bool endsWithAbbreviation(const QString &text, int end) const;

    QStringList m_abbreviations; // lower case, with their final point
};

} // namespace pr
