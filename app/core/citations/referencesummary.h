// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// What the reference list as a whole is worth, in plain words, above the list: whether the
// source ties any statement to a reference, and how many of the listed references a check
// against public records could confirm.
class ReferenceSummary {
    Q_DECLARE_TR_FUNCTIONS(ReferenceSummary)

public:
    // "The source does not tie any statement to any of these references ..." or how many
    // answers cite them inline.
    static QString linkage(const Pack &pack);
    // "A check against public records could confirm 5 of the 9 listed references (...)."
    static QString checkCounts(const QList<Reference> &references);
    // Both, as one paragraph; empty for a pack without references.
    static QString text(const Pack &pack);
};

} // namespace pr
