// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/reference.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// A short label the panel shows beside a reference. The key is stable (for styling and
// tests); the label is translatable.
struct CheckBadge {
    QString key; // "confirmed", "differs", "not-found", "unchecked" or "incomplete"
    QString label;

    friend bool operator==(const CheckBadge &, const CheckBadge &) = default;
};

// What the reference check found, for a reader: badges, one headline, the corrected details
// as short findings ("published 2016, not 2020", "DOI 10.3389/fnhum.2016.00612") and the
// check's own evidence text, unchanged.
struct CheckReport {
    QList<CheckBadge> badges;
    QString headline;
    QStringList findings;
    QString evidence;

    // "published 2016, not 2020; DOI 10.3389/fnhum.2016.00612"
    QString findingsText() const { return findings.join(QStringLiteral("; ")); }
};

// Compares the reference as the source printed it with the data the check recorded. Findings
// are derived only for works the check found (confirmed or differs): for a work it could not
// find, the data are the source's own and there is nothing corrected to show.
class ReferenceCheck {
    Q_DECLARE_TR_FUNCTIONS(ReferenceCheck)

public:
    static CheckReport report(const Reference &reference);
    static CheckBadge statusBadge(CheckStatus status);
    static CheckBadge incompleteBadge();
    static QList<CheckBadge> badges(const Reference &reference);

private:
    static QStringList findings(const Reference &reference);
};

} // namespace pr
