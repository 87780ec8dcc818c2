// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "exportfields.h"

#include "cslrichtext.h"

#include <QRegularExpression>

namespace pr::export_fields {

QString plainTitle(const CslItem &item) {
    return CslRichText(item.title).plain();
}

QString exportedTitle(const Reference &reference, const CslItem &item) {
    // A title the source cut off and no record completed is not a title.
    if (reference.incomplete && !isFoundByCheck(reference.checkStatus))
        return {};
    return plainTitle(item);
}

QPair<QString, QString> pageBounds(const QString &pages) {
    static const QRegularExpression range(QStringLiteral(
        "^\\s*([A-Za-z]?)(\\d+)\\s*[-\\x{2013}\\x{2014}]+\\s*([A-Za-z]?)(\\d+)\\s*$"));
    const QRegularExpressionMatch m = range.match(pages);
    if (!m.hasMatch())
        return {pages.trimmed(), QString()};
    const QString first = m.captured(2);
    QString last = m.captured(4);
    if (last.size() < first.size())
        last = first.left(first.size() - last.size()) + last;
    return {m.captured(1) + first,
            (m.captured(3).isEmpty() ? m.captured(1) : m.captured(3)) + last};
}

QString checkNote(const Reference &reference) {
    QString status;
    switch (reference.checkStatus) {
    case CheckStatus::Confirmed:
        status = QStringLiteral("confirmed");
        break;
    case CheckStatus::DetailsNotVerified:
        status = QStringLiteral("details not verified");
        break;
    case CheckStatus::DetailsDiffer:
        status = QStringLiteral("details differ");
        break;
    case CheckStatus::NotFound:
        status = QStringLiteral("not found");
        break;
    case CheckStatus::Unchecked:
        status = QStringLiteral("not checked");
        break;
    }
    if (reference.checkStatus == CheckStatus::Unchecked && reference.checkNote.isEmpty() &&
        !reference.incomplete)
        return {};
    QString note = QStringLiteral("Reference check: ") + status + QLatin1Char('.');
    if (reference.incomplete)
        note += QStringLiteral(" Incomplete in the source.");
    if (!reference.checkNote.isEmpty())
        note += QLatin1Char(' ') + reference.checkNote.simplified();
    return note;
}

} // namespace pr::export_fields
