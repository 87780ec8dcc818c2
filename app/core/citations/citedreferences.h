// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QList>
#include <QStringList>

namespace pr {

// The known reference keys an answer cites inline, in order of first citation: the key the
// answer shows as [n] is at n - 1. Same rules as the answer page (MarkdownRenderer).
QStringList citedReferenceKeys(const Pack &pack, const QString &answerMarkdown);

// One line of the reference panel while an answer is shown.
struct ReferenceRow {
    int referenceIndex = -1; // into Pack::references()
    int sourceNumber = 0;    // 1-based position in the source's reference list
    int citationNumber = 0;  // the answer's [n] for this reference; 0 if it does not cite it

    bool isCited() const { return citationNumber > 0; }
    friend bool operator==(const ReferenceRow &, const ReferenceRow &) = default;
};

// All of the pack's references in panel order: those the answer cites first, in citation order
// (so their numbers read [1], [2], ... as in the answer), then the rest in the source's order.
// With no answer (nullptr) the order is the source's.
QList<ReferenceRow> referenceRowsFor(const Pack &pack, const Entry *answer);

} // namespace pr
