// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "stylerules.h"

namespace pr::style_rules {

QString typographic(const QString &name) {
    QString out = name.simplified();
    out.replace(QLatin1Char('\''), QChar(0x2019));
    return out;
}

CslRichText articleTitle(const QString &title, bool english) {
    const CslRichText text(title);
    return english ? text.sentenceCased() : text;
}

QString editionLabel(const QString &edition) {
    bool numeric = false;
    const int n = edition.toInt(&numeric);
    if (!numeric || n <= 0)
        return edition;
    const int lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1String(suffix) + QStringLiteral(" ed.");
}

} // namespace pr::style_rules
