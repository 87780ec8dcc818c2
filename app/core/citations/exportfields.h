// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

// Internal to the exporters: the parts of a reference both RIS and BibTeX write.

#include "content/reference.h"
#include "cslitem.h"

#include <QString>

namespace pr::export_fields {

// The title without rich-text markup.
QString plainTitle(const CslItem &item);
// The title to export: empty for a reference the source cut off that no record completed, so
// that no cut-off text is passed on as a real title.
QString exportedTitle(const Reference &reference, const CslItem &item);
// "399-405" gives {"399", "405"}; "1133-41" gives {"1133", "1141"}; anything else is first.
QPair<QString, QString> pageBounds(const QString &pages);
// "Reference check: details differ. <evidence>" (plus a word on incompleteness), or empty
// for an unchecked reference without a note.
QString checkNote(const Reference &reference);

} // namespace pr::export_fields
