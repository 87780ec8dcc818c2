// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "referenceexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr {

QString ReferenceExporter::toCslJson(const QList<Reference> &references) {
    QJsonArray items;
    for (const Reference &reference : references) {
        QJsonObject item = reference.csl;
        // The same rule as RIS and BibTeX: a cut-off title no record completed is no title.
        if (reference.incomplete && !isFoundByCheck(reference.checkStatus))
            item.remove(QLatin1String("title"));
        items.append(item);
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

QString ReferenceExporter::exportAs(ExportFormat format, const QList<Reference> &references) {
    switch (format) {
    case ExportFormat::Ris:
        return toRis(references);
    case ExportFormat::BibTeX:
        return toBibTeX(references);
    case ExportFormat::CslJson:
        break;
    }
    return toCslJson(references);
}

std::optional<ExportFormat> ReferenceExporter::formatFromKey(const QString &key) {
    if (key == QLatin1String("ris"))
        return ExportFormat::Ris;
    if (key == QLatin1String("bibtex"))
        return ExportFormat::BibTeX;
    if (key == QLatin1String("csl-json"))
        return ExportFormat::CslJson;
    return std::nullopt;
}

QString ReferenceExporter::fileSuffix(ExportFormat format) {
    switch (format) {
    case ExportFormat::Ris:
        return QStringLiteral("ris");
    case ExportFormat::BibTeX:
        return QStringLiteral("bib");
    case ExportFormat::CslJson:
        break;
    }
    return QStringLiteral("json");
}

QByteArray ReferenceExporter::mimeType(ExportFormat format) {
    switch (format) {
    case ExportFormat::Ris:
        return QByteArrayLiteral("application/x-research-info-systems");
    case ExportFormat::BibTeX:
        return QByteArrayLiteral("application/x-bibtex");
    case ExportFormat::CslJson:
        break;
    }
    return QByteArrayLiteral("application/vnd.citationstyles.csl+json");
}

} // namespace pr
