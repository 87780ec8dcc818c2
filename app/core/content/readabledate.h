// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace pr {

// A date as the locale writes it in full ("28 de noviembre de 2026", "28 November 2026",
// "٢٨ نوفمبر ٢٠٢٦"), without the day of the week, with the locale's own digits.
QString readableDate(const QDate &date, const QLocale &locale);

} // namespace pr
