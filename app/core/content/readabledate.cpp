// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readabledate.h"

#include <QRegularExpression>

namespace pr {

QString readableDate(const QDate &date, const QLocale &locale) {
    // The long format names the weekday ("dddd, "), which a review date does not need.
    static const QRegularExpression weekday(QStringLiteral("d{4}[,،\\s]*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

} // namespace pr
