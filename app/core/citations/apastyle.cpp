// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagerange.h"
#include "referencelinks.h"
#include "stylerules.h"

#include <QStringList>

// APA 7 (Publication Manual, 7th ed., chapter 9 and section 10.1): authors inverted with
// initials, up to 20 of them; (Year).; the article title in sentence case; the periodical and
// volume in italics; pages with an en dash; the DOI as an https://doi.org/ URL.

namespace pr::style_rules {
namespace {

QString apaName(const CslName &name) {
    if (name.isLiteral())
        return typographic(name.literal);
    QString initials;
    const QStringList parts = name.givenParts();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == QLatin1String("-")) {
            initials += QLatin1Char('-');
            continue;
        }
        if (!initials.isEmpty() && !initials.endsWith(QLatin1Char('-')))
            initials += QLatin1Char(' ');
        initials += part.front().toUpper() + QLatin1Char('.');
    }
    QString out = typographic(name.fullFamily());
    if (!initials.isEmpty())
        out += QStringLiteral(", ") + initials;
    if (!name.suffix.isEmpty())
        out += QStringLiteral(", ") + name.suffix;
    return out;
}

QString apaAuthors(const QList<CslName> &authors) {
    QStringList names;
    for (const CslName &n : authors)
        names.append(apaName(n));
    if (names.size() == 1)
        return names.first();
    if (names.size() <= 20) {
        const QString last = names.takeLast();
        return names.join(QStringLiteral(", ")) + QStringLiteral(", & ") + last;
    }
    // More than 20: the first 19, an ellipsis, and the last author (APA 9.8).
    return QStringList(names.mid(0, 19)).join(QStringLiteral(", ")) + QStringLiteral(", . . . ") +
           names.last();
}

void appendTitle(FormattedTextBuilder &out, const CslItem &item, bool english) {
    const CslRichText title = articleTitle(item.title, english).withSubtitlesCapitalised();
    if (item.isBook()) {
        out.appendMarkup(title.plain(),
                         QStringLiteral("<i>") + title.html() + QStringLiteral("</i>"));
        if (!item.edition.isEmpty())
            out.append(QStringLiteral(" (") + editionLabel(item.edition) + QLatin1Char(')'));
    } else {
        out.appendMarkup(title.plain(), title.html());
    }
}

void appendPeriodical(FormattedTextBuilder &out, const CslItem &item) {
    if (item.containerTitle.isEmpty())
        return;
    out.appendItalic(typographic(item.containerTitle));
    if (!item.volume.isEmpty()) {
        out.append(QStringLiteral(", "));
        out.appendItalic(item.volume);
    }
    if (!item.issue.isEmpty())
        out.append((item.volume.isEmpty() ? QStringLiteral(", (") : QStringLiteral("(")) +
                   item.issue + QLatin1Char(')'));
    if (!item.page.isEmpty())
        out.append(QStringLiteral(", ") + PageRange::expanded(item.page));
    else if (!item.number.isEmpty())
        out.append(QStringLiteral(", Article ") + item.number);
    out.appendTerminator(QStringLiteral("."));
}

void appendPublisher(FormattedTextBuilder &out, const CslItem &item) {
    if (item.publisher.isEmpty())
        return;
    out.append(QLatin1Char(' ') + item.publisher);
    out.appendTerminator(QStringLiteral("."));
}

} // namespace

FormattedReference apa(const CslItem &item, bool english) {
    FormattedTextBuilder out;
    const QString date =
        item.issued.hasYear() ? QString::number(item.issued.year) : QStringLiteral("n.d.");
    if (!item.authors.isEmpty()) {
        out.append(apaAuthors(item.authors));
        out.appendTerminator(QStringLiteral("."));
        out.append(QStringLiteral(" (") + date + QStringLiteral(")."));
        if (!item.title.isEmpty()) {
            out.append(QStringLiteral(" "));
            appendTitle(out, item, english);
            out.appendTerminator(QStringLiteral("."));
        }
    } else {
        // No author: the title moves to the author's place (APA 9.12).
        appendTitle(out, item, english);
        out.appendTerminator(QStringLiteral("."));
        out.append(QStringLiteral(" (") + date + QStringLiteral(")."));
    }
    if (item.isBook()) {
        appendPublisher(out, item);
    } else if (!item.containerTitle.isEmpty()) {
        out.append(QStringLiteral(" "));
        appendPeriodical(out, item);
    }
    const QUrl doi = ReferenceLinks::doiUrl(item.doi);
    if (doi.isValid()) {
        out.append(QStringLiteral(" "));
        const QString shown =
            QStringLiteral("https://doi.org/") + ReferenceLinks::normalizedDoi(item.doi);
        out.appendLink(shown, doi.toString(QUrl::FullyEncoded));
    } else if (!item.url.isEmpty()) {
        const QUrl url(item.url);
        out.append(QStringLiteral(" "));
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            out.appendLink(item.url, url.toString(QUrl::FullyEncoded));
        else
            out.append(item.url);
    }
    return out.result();
}

} // namespace pr::style_rules
