// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// Page ranges as the styles print them. Both accept "399-405", "399–405", "1133-41" and lists
// such as "60-1, 68-70"; anything that is not a plain number range is kept as given.
namespace PageRange {

// APA 7: every digit, joined by an en dash ("1133–1141").
QString expanded(const QString &pages);
// Citing Medicine: repeated leading digits dropped, joined by a hyphen ("1133-41", "284-7").
QString minimal(const QString &pages);

} // namespace PageRange
} // namespace pr
