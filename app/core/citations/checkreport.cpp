// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "checkreport.h"

#include "cslitem.h"
#include "cslrichtext.h"
#include "pagerange.h"
#include "sourcetextfacts.h"

namespace pr {

CheckBadge ReferenceCheck::statusBadge(CheckStatus status) {
    switch (status) {
    case CheckStatus::Confirmed:
        return {checkStatusKey(status), tr("Confirmed")};
    case CheckStatus::DetailsNotVerified:
        return {checkStatusKey(status), tr("Details not verified")};
    case CheckStatus::DetailsDiffer:
        return {checkStatusKey(status), tr("Details differ")};
    case CheckStatus::NotFound:
        return {checkStatusKey(status), tr("Not found")};
    case CheckStatus::Unchecked:
        break;
    }
    return {checkStatusKey(CheckStatus::Unchecked), tr("Not checked")};
}

CheckBadge ReferenceCheck::incompleteBadge() {
    return {QStringLiteral("incomplete"), tr("Incomplete in the source")};
}

QList<CheckBadge> ReferenceCheck::badges(const Reference &reference) {
    QList<CheckBadge> result{statusBadge(reference.checkStatus)};
    if (reference.incomplete)
        result.append(incompleteBadge());
    return result;
}

CheckReport ReferenceCheck::report(const Reference &reference) {
    CheckReport report;
    report.badges = badges(reference);
    switch (reference.checkStatus) {
    case CheckStatus::Confirmed:
        report.headline =
            tr("The check found this work in public records, as the source gives it.");
        break;
    case CheckStatus::DetailsNotVerified:
        report.headline =
            tr("The check found this work in public records, but could not verify some of the "
               "details the source gives (such as volume, issue or pages).");
        break;
    case CheckStatus::DetailsDiffer:
        report.headline =
            tr("The check found this work in public records, but some details differ from the "
               "source.");
        break;
    case CheckStatus::NotFound:
        report.headline = tr("The check could not find this work in public records. The "
                             "details shown are the source's own and are unconfirmed.");
        break;
    case CheckStatus::Unchecked:
        report.headline = tr("This reference has not been checked.");
        break;
    }
    if (reference.incomplete)
        report.headline += QLatin1Char(' ') + tr("The source's text of this reference is cut off.");
    report.findings = findings(reference);
    report.evidence = reference.checkNote;
    return report;
}

QStringList ReferenceCheck::findings(const Reference &reference) {
    if (!isFoundByCheck(reference.checkStatus))
        return {};
    const CslItem item = CslItem::fromJson(reference.csl);
    const SourceTextFacts source = SourceTextFacts::read(reference.sourceText);
    QStringList out;

    if (item.issued.hasYear()) {
        const QString year = QString::number(item.issued.year);
        if (source.year.isEmpty())
            out.append(tr("published %1 (the source gives no year)").arg(year));
        else if (source.year != year)
            out.append(tr("published %1, not %2").arg(year, source.year));
    }

    if (!source.elidesAuthors && !reference.sourceText.isEmpty()) {
        QStringList missing;
        for (const CslName &name : item.authors) {
            const QString shown = name.isLiteral() ? name.literal : name.family;
            if (!source.mentions(shown))
                missing.append(name.isLiteral()
                                   ? name.literal
                                   : name.fullFamily() + QStringLiteral(", ") + name.given);
        }
        if (!missing.isEmpty())
            out.append(missing.size() == 1
                           ? tr("the source leaves out an author: %1").arg(missing.first())
                           : tr("the source leaves out %1 authors: %2")
                                 .arg(QString::number(missing.size()),
                                      missing.join(QStringLiteral("; "))));
    }

    const QString title = CslRichText(item.title).plain();
    if (!title.isEmpty() && !source.mentions(title))
        out.append(tr("title: %1").arg(title));
    if (!item.containerTitle.isEmpty() && !source.mentions(item.containerTitle))
        out.append(tr("journal: %1").arg(item.containerTitle));

    if (!source.volume.isEmpty() && item.volume.isEmpty())
        out.append(tr("volume not confirmed (the source gives %1)").arg(source.volume));
    else if (!source.volume.isEmpty() && item.volume != source.volume)
        out.append(tr("volume %1, not %2").arg(item.volume, source.volume));
    if (!source.issue.isEmpty() && !item.issue.isEmpty() && item.issue != source.issue)
        out.append(tr("issue %1, not %2").arg(item.issue, source.issue));
    if (!source.pages.isEmpty() && !item.page.isEmpty() &&
        PageRange::expanded(item.page) != PageRange::expanded(source.pages))
        out.append(tr("pages %1, not %2").arg(item.page, source.pages));

    if (!item.doi.isEmpty() && !source.mentions(item.doi))
        out.append(tr("DOI %1").arg(item.doi));
    if (!item.pmid.isEmpty() && !source.mentions(item.pmid))
        out.append(tr("PMID %1").arg(item.pmid));
    if (!item.pmcid.isEmpty() && !source.mentions(item.pmcid))
        out.append(tr("PMCID %1").arg(item.pmcid));
    return out;
}

} // namespace pr
