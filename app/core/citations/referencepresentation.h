// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "checkreport.h"
#include "citationformatter.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// One reference as the reader sees it on its own: the formatted entry, the badges, the text
// exactly as the source printed it, what the check found (in a <details> element, so it opens
// on demand without scripts) and the DOI and PMID as text and as external links. As HTML for a
// preview or a reader:/reference/KEY page, and as plain text for the command line.
class ReferencePresentation {
    Q_DECLARE_TR_FUNCTIONS(ReferencePresentation)

public:
    explicit ReferencePresentation(const CitationFormatter &formatter);

    // number is the reference's position in the source's list, from 1.
    QString html(const Reference &reference, int number) const;
    QString text(const Reference &reference, int number) const;

    // Where the reference sits in a page: "ref-" plus the percent-encoded id.
    static QString anchorId(const Reference &reference);

private:
    const CitationFormatter &m_formatter;
};

} // namespace pr
