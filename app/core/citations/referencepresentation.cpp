// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "referencepresentation.h"

#include "referencelinks.h"

#include <QUrl>

namespace pr {
namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString link(const QString &label, const QUrl &url) {
    return QStringLiteral("<a class=\"external\" href=\"") + esc(url.toString(QUrl::FullyEncoded)) +
           QStringLiteral("\">") + esc(label) + QStringLiteral("</a>");
}

} // namespace

ReferencePresentation::ReferencePresentation(const CitationFormatter &formatter)
    : m_formatter(formatter) {}

QString ReferencePresentation::anchorId(const Reference &reference) {
    return QStringLiteral("ref-") + QString::fromLatin1(QUrl::toPercentEncoding(reference.id));
}

QString ReferencePresentation::html(const Reference &reference, int number) const {
    const CheckReport report = ReferenceCheck::report(reference);
    QString out = QStringLiteral("<article class=\"reference\" id=\"") + esc(anchorId(reference)) +
                  QStringLiteral("\" aria-label=\"") + esc(tr("Reference %1").arg(number)) +
                  QStringLiteral("\">\n<p class=\"formatted\"><span class=\"number\">") +
                  QString::number(number) + QStringLiteral(".</span> ") +
                  m_formatter.format(reference).html +
                  QStringLiteral("</p>\n<ul class=\"badges\">");
    for (const CheckBadge &badge : report.badges)
        out += QStringLiteral("<li class=\"badge badge-") + esc(badge.key) + QStringLiteral("\">") +
               esc(badge.label) + QStringLiteral("</li>");
    out += QStringLiteral("</ul>\n");
    if (!reference.sourceText.isEmpty())
        out += QStringLiteral("<p class=\"as-printed\"><span class=\"label\">") +
               esc(tr("As the source prints it:")) + QStringLiteral("</span> ") +
               esc(reference.sourceText) + QStringLiteral("</p>\n");
    out += QStringLiteral("<details class=\"check\">\n<summary>") +
           esc(tr("What the check found")) + QStringLiteral("</summary>\n<p>") +
           esc(report.headline) + QStringLiteral("</p>\n");
    if (!report.findings.isEmpty()) {
        out += QStringLiteral("<ul class=\"findings\">");
        for (const QString &finding : report.findings)
            out += QStringLiteral("<li>") + esc(finding) + QStringLiteral("</li>");
        out += QStringLiteral("</ul>\n");
    }
    if (!report.evidence.isEmpty())
        out += QStringLiteral("<p class=\"evidence\"><span class=\"label\">") +
               esc(tr("Evidence:")) + QStringLiteral("</span> ") + esc(report.evidence) +
               QStringLiteral("</p>\n");
    out += QStringLiteral("</details>\n");
    const QUrl doi = ReferenceLinks::doiUrl(reference.doi());
    const QUrl pubmed = ReferenceLinks::pubmedUrl(reference.pmid());
    if (doi.isValid() || pubmed.isValid()) {
        out += QStringLiteral("<p class=\"identifiers\">");
        if (doi.isValid())
            out += esc(tr("DOI:")) + QLatin1Char(' ') +
                   link(ReferenceLinks::normalizedDoi(reference.doi()), doi);
        if (doi.isValid() && pubmed.isValid())
            out += QStringLiteral(" · ");
        if (pubmed.isValid())
            out += esc(tr("PMID:")) + QLatin1Char(' ') + link(reference.pmid(), pubmed);
        out += QStringLiteral("</p>\n");
    }
    return out + QStringLiteral("</article>\n");
}

QString ReferencePresentation::text(const Reference &reference, int number) const {
    const CheckReport report = ReferenceCheck::report(reference);
    QStringList badges;
    for (const CheckBadge &badge : report.badges)
        badges.append(QLatin1Char('[') + badge.label + QLatin1Char(']'));
    const QString indent = QStringLiteral("   ");
    QString out = QString::number(number) + QStringLiteral(". ") +
                  m_formatter.format(reference).text + QLatin1Char('\n') + indent +
                  badges.join(QLatin1Char(' ')) + QLatin1Char(' ') + report.headline +
                  QLatin1Char('\n');
    if (!reference.sourceText.isEmpty())
        out += indent + tr("As the source prints it:") + QLatin1Char(' ') + reference.sourceText +
               QLatin1Char('\n');
    if (!report.findings.isEmpty())
        out += indent + tr("The check found:") + QLatin1Char(' ') + report.findingsText() +
               QLatin1Char('\n');
    if (!report.evidence.isEmpty())
        out += indent + tr("Evidence:") + QLatin1Char(' ') + report.evidence + QLatin1Char('\n');
    const QUrl doi = ReferenceLinks::doiUrl(reference.doi());
    if (doi.isValid())
        out += indent + tr("DOI:") + QLatin1Char(' ') +
               ReferenceLinks::normalizedDoi(reference.doi()) + QStringLiteral(" <") +
               doi.toString(QUrl::FullyEncoded) + QStringLiteral(">\n");
    const QUrl pubmed = ReferenceLinks::pubmedUrl(reference.pmid());
    if (pubmed.isValid())
        out += indent + tr("PMID:") + QLatin1Char(' ') + reference.pmid() + QStringLiteral(" <") +
               pubmed.toString(QUrl::FullyEncoded) + QStringLiteral(">\n");
    return out;
}

} // namespace pr
