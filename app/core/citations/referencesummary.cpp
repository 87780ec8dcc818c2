// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "referencesummary.h"

#include "citedreferences.h"

#include <QLocale>
#include <QStringList>

namespace pr {

QString ReferenceSummary::linkage(const Pack &pack) {
    int citing = 0;
    for (const Entry &entry : pack.entries()) {
        if (!citedReferenceKeys(pack, entry.answerMarkdown).isEmpty())
            ++citing;
    }
    if (citing == 0)
        return tr("The source does not tie any statement to any of these references: no answer "
                  "says which reference supports it.");
    return tr("Answers that cite these references inline: %1 of %2. The others tie no statement "
              "to a reference.")
        .arg(citing)
        .arg(pack.entries().size());
}

QString ReferenceSummary::checkCounts(const QList<Reference> &references) {
    int asGiven = 0;
    int notVerified = 0;
    int differ = 0;
    int notFound = 0;
    int unchecked = 0;
    for (const Reference &r : references) {
        switch (r.checkStatus) {
        case CheckStatus::Confirmed:
            ++asGiven;
            break;
        case CheckStatus::DetailsNotVerified:
            ++notVerified;
            break;
        case CheckStatus::DetailsDiffer:
            ++differ;
            break;
        case CheckStatus::NotFound:
            ++notFound;
            break;
        case CheckStatus::Unchecked:
            ++unchecked;
            break;
        }
    }
    const int found = asGiven + notVerified + differ;
    // Digits of the interface's locale, as everywhere else in the window ("٥ من أصل ٩").
    const QLocale locale;
    const auto n = [&locale](qlonglong count) { return locale.toString(count); };
    QStringList parts;
    if (asGiven > 0)
        parts.append(tr("%1 exactly as the source gives it").arg(n(asGiven)));
    if (notVerified > 0)
        parts.append(tr("%1 with some details not verified").arg(n(notVerified)));
    if (differ > 0)
        parts.append(tr("%1 with details that differ from the source").arg(n(differ)));
    QString text = tr("A check against public records could confirm %1 of the %2 listed "
                      "references")
                       .arg(n(found), n(references.size()));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    text += QLatin1Char('.');
    if (notFound > 0)
        text += QLatin1Char(' ') + tr("Could not be found: %1.").arg(n(notFound));
    if (unchecked > 0)
        text += QLatin1Char(' ') + tr("Not checked: %1.").arg(n(unchecked));
    return text;
}

QString ReferenceSummary::text(const Pack &pack) {
    if (pack.references().isEmpty())
        return {};
    return linkage(pack) + QLatin1Char(' ') + checkCounts(pack.references());
}

} // namespace pr
