// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutselection.h"

namespace pr {

HandoutSelection HandoutSelection::parse(const QString &argument, const Pack &pack) {
    HandoutSelection selection;
    const QStringList parts = argument.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList unknown;
    for (const QString &raw : parts) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            continue;
        if (id == myQuestionsKeyword()) {
            selection.myQuestions = true;
        } else if (!pack.entry(id)) {
            unknown.append(id);
        } else if (!selection.entryIds.contains(id)) {
            selection.entryIds.append(id);
        }
    }
    QStringList known;
    for (const Entry &e : pack.entries())
        known.append(e.id);
    if (!unknown.isEmpty()) {
        selection.error = tr("no answer has the id %1 in the FAQ \"%2\". Known ids: %3, or %4.")
                              .arg(unknown.join(QStringLiteral(", ")), pack.manifest().title,
                                   known.join(QStringLiteral(", ")), myQuestionsKeyword());
    } else if (selection.entryIds.isEmpty() && !selection.myQuestions) {
        selection.error = tr("nothing was chosen. Give answer ids separated by commas (%1), or "
                             "%2.")
                              .arg(known.join(QStringLiteral(", ")), myQuestionsKeyword());
    }
    return selection;
}

} // namespace pr
