// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/reference.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace pr {

enum class ExportFormat { Ris, BibTeX, CslJson };

// Writes references for reference managers. Every format carries the check's finding, so a
// reference the check could not find is not passed on as if it were sound:
//   RIS       one record per reference; PMID in AN (with DB PubMed), PMCID in C2, the check
//             in N1; CRLF line ends as the RIS specification asks
//   BibTeX    one entry per reference, LaTeX specials escaped, the title in double braces,
//             pmid/pmcid fields, the check in "annote"
//   CSL-JSON  the items exactly as the pack holds them, including "note" (the check's
//             evidence) and "custom" (the source text and the check status)
// Rich-text markup in titles (<i> and the like) is dropped in RIS and BibTeX.
class ReferenceExporter {
public:
    static QString exportAs(ExportFormat format, const QList<Reference> &references);
    static QString toRis(const QList<Reference> &references);
    static QString toBibTeX(const QList<Reference> &references);
    static QString toCslJson(const QList<Reference> &references);

    static std::optional<ExportFormat> formatFromKey(const QString &key); // ris|bibtex|csl-json
    static QString fileSuffix(ExportFormat format);                       // "ris", "bib", "json"
    static QByteArray mimeType(ExportFormat format);
};

} // namespace pr
