// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagerange.h"
#include "referencelinks.h"
#include "stylerules.h"

#include <QStringList>

// Citing Medicine, 2nd ed. (NLM), chapter 1 "Journals" and chapter 2 "Books": surname and up
// to two initials without punctuation; the first six personal authors then "et al." (the
// Vancouver/ICMJE limit); personal authors separated from an organisation by a semicolon; the
// journal's abbreviation where the data has one; Year Mon Day;Volume(Issue):pages with
// repeated page digits dropped; then the DOI, PMID and PMCID.

namespace pr::style_rules {
namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QString vancouverName(const CslName &name) {
    if (name.isLiteral())
        return typographic(name.literal);
    QString initials;
    for (const QString &part : name.givenParts()) {
        if (part != QLatin1String("-") && initials.size() < 2)
            initials += part.front().toUpper();
    }
    QString out = typographic(name.fullFamily());
    if (!initials.isEmpty())
        out += QLatin1Char(' ') + initials;
    if (!name.suffix.isEmpty())
        out += QLatin1Char(' ') + QString(name.suffix).remove(QLatin1Char('.'));
    return out;
}

QString vancouverAuthors(const QList<CslName> &authors) {
    QStringList people;
    QStringList organisations;
    for (const CslName &n : authors)
        (n.isLiteral() ? organisations : people).append(vancouverName(n));
    QString out;
    if (people.size() > 6)
        out = QStringList(people.mid(0, 6)).join(QStringLiteral(", ")) + QStringLiteral(", et al.");
    else
        out = people.join(QStringLiteral(", "));
    if (!organisations.isEmpty()) {
        if (!out.isEmpty())
            out += QStringLiteral("; ");
        out += organisations.join(QStringLiteral("; "));
    }
    return out;
}

QString vancouverDate(const CslDate &date) {
    if (!date.hasYear())
        return QStringLiteral("[date unknown]");
    QString out = QString::number(date.year);
    if (date.month > 0) {
        out += QLatin1Char(' ') + QLatin1String(kMonths[date.month - 1]);
        if (date.day > 0)
            out += QLatin1Char(' ') + QString::number(date.day);
    }
    return out;
}

void appendJournal(FormattedTextBuilder &out, const CslItem &item) {
    const QString journal =
        item.containerTitleShort.isEmpty() ? item.containerTitle : item.containerTitleShort;
    if (journal.isEmpty())
        return;
    out.append(QLatin1Char(' ') + typographic(journal));
    out.appendTerminator(QStringLiteral(". "));
    out.append(vancouverDate(item.issued));
    const QString pages = PageRange::minimal(item.page.isEmpty() ? item.number : item.page);
    if (!item.volume.isEmpty() || !item.issue.isEmpty()) {
        out.append(QLatin1Char(';') + item.volume);
        if (!item.issue.isEmpty())
            out.append(QLatin1Char('(') + item.issue + QLatin1Char(')'));
    }
    // With neither volume nor issue the pages follow the date after a colon
    // ("Curr Opin Gen Surg. 1993:325-33.").
    if (!pages.isEmpty())
        out.append(QLatin1Char(':') + pages);
    out.append(QStringLiteral("."));
}

void appendPublisher(FormattedTextBuilder &out, const CslItem &item) {
    if (!item.edition.isEmpty()) {
        out.append(QLatin1Char(' ') + editionLabel(item.edition));
        out.appendTerminator(QStringLiteral("."));
    }
    QString imprint;
    if (!item.publisherPlace.isEmpty())
        imprint += item.publisherPlace + QStringLiteral(": ");
    imprint += item.publisher;
    if (!imprint.isEmpty())
        imprint += QStringLiteral("; ");
    imprint += item.issued.hasYear() ? QString::number(item.issued.year)
                                     : QStringLiteral("[date unknown]");
    out.append(QLatin1Char(' ') + imprint + QLatin1Char('.'));
}

void appendIdentifiers(FormattedTextBuilder &out, const CslItem &item) {
    const QUrl doi = ReferenceLinks::doiUrl(item.doi);
    const QUrl pubmed = ReferenceLinks::pubmedUrl(item.pmid);
    const QUrl pmc = ReferenceLinks::pmcUrl(item.pmcid);
    if (doi.isValid()) {
        out.append(QStringLiteral(" "));
        out.appendLink(QStringLiteral("doi:") + ReferenceLinks::normalizedDoi(item.doi),
                       doi.toString(QUrl::FullyEncoded));
        if (pubmed.isValid() || pmc.isValid())
            out.append(QStringLiteral("."));
    }
    if (pubmed.isValid()) {
        out.append(QStringLiteral(" PubMed PMID: "));
        out.appendLink(item.pmid.trimmed(), pubmed.toString(QUrl::FullyEncoded));
        out.append(pmc.isValid() ? QStringLiteral(";") : QStringLiteral("."));
    }
    if (pmc.isValid()) {
        out.append(QStringLiteral(" PubMed Central PMCID: "));
        out.appendLink(item.pmcid.trimmed(), pmc.toString(QUrl::FullyEncoded));
        out.append(QStringLiteral("."));
    }
}

} // namespace

FormattedReference vancouver(const CslItem &item, bool english) {
    FormattedTextBuilder out;
    const QString authors = vancouverAuthors(item.authors);
    if (!authors.isEmpty()) {
        out.append(authors);
        out.appendTerminator(QStringLiteral(". "));
    }
    if (!item.title.isEmpty()) {
        const CslRichText title = articleTitle(item.title, english);
        out.appendMarkup(title.plain(), title.html());
        out.appendTerminator(QStringLiteral("."));
    }
    if (item.isBook())
        appendPublisher(out, item);
    else
        appendJournal(out, item);
    appendIdentifiers(out, item);
    return out.result();
}

} // namespace pr::style_rules
