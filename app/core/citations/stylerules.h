// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

// Internal to the citation formatter: the rules of each style.

#include "cslitem.h"
#include "cslrichtext.h"
#include "formattedtext.h"

namespace pr::style_rules {

FormattedReference apa(const CslItem &item, bool english);
FormattedReference vancouver(const CslItem &item, bool english);

// Apostrophes in names become typographic ones, as in titles.
QString typographic(const QString &name);
CslRichText articleTitle(const QString &title, bool english);
// "2" gives "2nd ed."; anything else is kept as given.
QString editionLabel(const QString &edition);

} // namespace pr::style_rules
