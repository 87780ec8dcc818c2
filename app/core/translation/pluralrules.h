// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// The plural forms of a language, in the order Qt Linguist lists them in a .ts file
// ("%n answers found" has one form in Japanese, two in English, six in Arabic). Languages the
// table does not name follow English: one form for 1, one for everything else.
class PluralRules {
public:
    explicit PluralRules(const QString &languageTag);

    int formCount() const;
    // The form to use for n (0-based, below formCount()).
    int formFor(int n) const;

private:
    enum class Style { One, English, French, Slavic, Polish, Czech, Arabic };
    Style m_style;
};

} // namespace pr
