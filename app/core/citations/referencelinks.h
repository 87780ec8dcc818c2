// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QUrl>

namespace pr {

// Where a reference's identifiers lead. Each returns an invalid QUrl for a value that is not
// an identifier of that kind, so a malformed pack never produces a misleading link. The app
// opens these through its external-link policy like any other external link.
namespace ReferenceLinks {

// "10.1001/x" from "https://doi.org/10.1001/x", "doi:10.1001/x" or "10.1001/x".
QString normalizedDoi(const QString &doi);
QUrl doiUrl(const QString &doi);
QUrl pubmedUrl(const QString &pmid);
QUrl pmcUrl(const QString &pmcid);

} // namespace ReferenceLinks
} // namespace pr
