// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// What can be read back from a reference as the source printed it, in the APA-like shape
// "Authors (Year). Title. Journal, Volume(Issue), pages." Fields it cannot find stay empty;
// nothing here guesses.
struct SourceTextFacts {
    QString year;
    QString volume;
    QString issue;
    QString pages;
    // "…", "..." or "et al." stand for authors the source chose not to list.
    bool elidesAuthors = false;

    // Whether the text contains these words, ignoring case, spacing and punctuation.
    bool mentions(const QString &words) const;

    static SourceTextFacts read(const QString &sourceText);

private:
    QString m_folded;
};

// Lower-case letters and digits only, for comparisons that ignore case and punctuation.
QString foldForComparison(const QString &text);

} // namespace pr
