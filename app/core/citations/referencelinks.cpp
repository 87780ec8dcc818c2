// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "referencelinks.h"

#include <QRegularExpression>

namespace pr::ReferenceLinks {

QString normalizedDoi(const QString &doi) {
    static const QRegularExpression prefix(
        QStringLiteral("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return doi.trimmed().remove(prefix).trimmed();
}

QUrl doiUrl(const QString &doi) {
    static const QRegularExpression valid(QStringLiteral("^10\\.\\d{4,9}/\\S+$"));
    const QString value = normalizedDoi(doi);
    if (!valid.match(value).hasMatch())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("doi.org"));
    url.setPath(QLatin1Char('/') + value, QUrl::DecodedMode);
    return url;
}

QUrl pubmedUrl(const QString &pmid) {
    static const QRegularExpression valid(QStringLiteral("^\\d{1,9}$"));
    if (!valid.match(pmid.trimmed()).hasMatch())
        return {};
    return QUrl(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/") + pmid.trimmed() +
                QLatin1Char('/'));
}

QUrl pmcUrl(const QString &pmcid) {
    static const QRegularExpression valid(QStringLiteral("^PMC\\d{1,9}$"));
    if (!valid.match(pmcid.trimmed()).hasMatch())
        return {};
    return QUrl(QStringLiteral("https://pmc.ncbi.nlm.nih.gov/articles/") + pmcid.trimmed() +
                QLatin1Char('/'));
}

} // namespace pr::ReferenceLinks
