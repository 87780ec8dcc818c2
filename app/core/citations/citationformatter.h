// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "citationstyle.h"
#include "content/reference.h"
#include "cslitem.h"
#include "formattedtext.h"

namespace pr {

// Formats one bibliography entry from its CSL-JSON data in APA 7 or Citing Medicine style.
// Journal articles and books follow the styles' rules; other types use the journal layout.
// Article titles are put in sentence case only for English items (the CSL "language" field,
// else the language of the pack's references, referencesLanguageOf), as CSL processors do. An item
// with no title, author or container formats as empty.
class CitationFormatter {
public:
    explicit CitationFormatter(CitationStyle style,
                               QString referencesLanguage = QStringLiteral("en"));

    CitationStyle style() const { return m_style; }

    FormattedReference format(const Reference &reference) const;
    FormattedReference format(const CslItem &item) const;

private:
    CitationStyle m_style;
    QString m_packLanguage;
};

} // namespace pr
