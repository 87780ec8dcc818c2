// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "cslitem.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pr {
namespace {

QString field(const QJsonObject &object, const char *name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

int datePart(const QJsonArray &parts, int index) {
    if (index >= parts.size())
        return 0;
    const QJsonValue value = parts.at(index);
    return value.isString() ? value.toString().toInt() : value.toInt();
}

// "Carlos A., Jr." keeps its suffix after the comma when the data has no "suffix" field.
void splitSuffixFromGiven(CslName &name) {
    static const QRegularExpression trailing(
        QStringLiteral("^(.*?),\\s*(Jr\\.?|Sr\\.?|II|III|IV|V)$"));
    const QRegularExpressionMatch match = trailing.match(name.given);
    if (match.hasMatch()) {
        name.given = match.captured(1).trimmed();
        name.suffix = match.captured(2);
    }
}

} // namespace

QString CslName::fullFamily() const {
    return nonDroppingParticle.isEmpty() ? family : nonDroppingParticle + QLatin1Char(' ') + family;
}

QStringList CslName::givenParts() const {
    QStringList parts;
    QString current;
    for (const QChar c : given) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-')) {
            if (!current.isEmpty())
                parts.append(current);
            current.clear();
            if (c == QLatin1Char('-'))
                parts.append(QStringLiteral("-"));
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

CslName CslName::fromJson(const QJsonObject &object) {
    CslName name;
    name.family = field(object, "family");
    name.given = field(object, "given");
    name.nonDroppingParticle = field(object, "non-dropping-particle");
    name.suffix = field(object, "suffix");
    name.literal = field(object, "literal");
    if (name.literal.isEmpty() && name.family.isEmpty() && !name.given.isEmpty())
        name.literal = name.given; // a lone given name is all there is to print
    if (name.suffix.isEmpty())
        splitSuffixFromGiven(name);
    return name;
}

CslDate CslDate::fromJson(const QJsonObject &object) {
    CslDate date;
    const QJsonArray parts = object.value(QLatin1String("date-parts")).toArray().at(0).toArray();
    if (!parts.isEmpty()) {
        date.year = datePart(parts, 0);
        date.month = datePart(parts, 1);
        date.day = datePart(parts, 2);
    } else {
        // "raw" or "literal" dates: take the first plausible year only.
        static const QRegularExpression year(QStringLiteral("\\b(1[5-9]\\d\\d|2\\d\\d\\d)\\b"));
        const QString text = field(object, "raw") + QLatin1Char(' ') + field(object, "literal");
        const QRegularExpressionMatch match = year.match(text);
        if (match.hasMatch())
            date.year = match.captured(1).toInt();
    }
    if (date.month < 1 || date.month > 12) {
        date.month = 0; // 13-24 are seasons in CSL; not printed
        date.day = 0;
    }
    if (date.day < 1 || date.day > 31)
        date.day = 0;
    return date;
}

bool CslItem::isJournalArticle() const {
    return type == QLatin1String("article-journal") || type == QLatin1String("article-magazine") ||
           type == QLatin1String("article-newspaper") || type.isEmpty();
}

bool CslItem::isBook() const {
    return type == QLatin1String("book") || type == QLatin1String("report");
}

CslItem CslItem::fromJson(const QJsonObject &object) {
    CslItem item;
    item.id = field(object, "id");
    item.type = field(object, "type");
    item.title = field(object, "title");
    item.containerTitle = field(object, "container-title");
    item.containerTitleShort = field(object, "container-title-short");
    if (item.containerTitleShort.isEmpty())
        item.containerTitleShort = field(object, "journalAbbreviation");
    item.volume = field(object, "volume");
    item.issue = field(object, "issue");
    item.page = field(object, "page");
    item.number = field(object, "number");
    item.publisher = field(object, "publisher");
    item.publisherPlace = field(object, "publisher-place");
    item.edition = field(object, "edition");
    item.language = field(object, "language");
    item.doi = field(object, "DOI");
    item.pmid = field(object, "PMID");
    item.pmcid = field(object, "PMCID");
    item.url = field(object, "URL");
    const QJsonArray authors = object.value(QLatin1String("author")).toArray();
    for (const QJsonValue &author : authors) {
        const CslName name = CslName::fromJson(author.toObject());
        if (name.isLiteral() || !name.family.isEmpty())
            item.authors.append(name);
    }
    item.issued = CslDate::fromJson(object.value(QLatin1String("issued")).toObject());
    return item;
}

} // namespace pr
