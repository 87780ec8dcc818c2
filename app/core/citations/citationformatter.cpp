// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citationformatter.h"

#include "stylerules.h"

namespace pr {

CitationFormatter::CitationFormatter(CitationStyle style, QString packLanguage)
    : m_style(style)
    , m_packLanguage(std::move(packLanguage)) {}

FormattedReference CitationFormatter::format(const Reference &reference) const {
    CslItem item = CslItem::fromJson(reference.csl);
    if (item.id.isEmpty())
        item.id = reference.id;
    return format(item);
}

FormattedReference CitationFormatter::format(const CslItem &item) const {
    if (item.title.isEmpty() && item.authors.isEmpty() && item.containerTitle.isEmpty())
        return {}; // nothing to format: the panel shows the source's text instead
    const QString language = item.language.isEmpty() ? m_packLanguage : item.language;
    const bool english = language.isEmpty() || language.startsWith(QLatin1String("en"));
    return m_style == CitationStyle::Vancouver ? style_rules::vancouver(item, english)
                                               : style_rules::apa(item, english);
}

} // namespace pr
