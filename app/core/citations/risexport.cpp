// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "cslitem.h"
#include "exportfields.h"
#include "referenceexporter.h"

// RIS as specified by Research Information Systems (the RefMan format): "TAG  - value" lines,
// TY first and ER last. Authors are "Family, Given, Suffix", one AU line each.

namespace pr {
namespace {

QString risType(const QString &cslType) {
    static const QList<QPair<QString, QString>> types = {
        {QStringLiteral("article-journal"), QStringLiteral("JOUR")},
        {QStringLiteral("article-magazine"), QStringLiteral("MGZN")},
        {QStringLiteral("article-newspaper"), QStringLiteral("NEWS")},
        {QStringLiteral("book"), QStringLiteral("BOOK")},
        {QStringLiteral("chapter"), QStringLiteral("CHAP")},
        {QStringLiteral("report"), QStringLiteral("RPRT")},
        {QStringLiteral("thesis"), QStringLiteral("THES")},
        {QStringLiteral("webpage"), QStringLiteral("ELEC")},
    };
    for (const auto &t : types) {
        if (t.first == cslType)
            return t.second;
    }
    return cslType.isEmpty() ? QStringLiteral("JOUR") : QStringLiteral("GEN");
}

class RisRecord {
public:
    void add(const char *tag, const QString &value) {
        const QString v = value.simplified();
        if (!v.isEmpty())
            m_text += QLatin1String(tag) + QStringLiteral("  - ") + v + QStringLiteral("\r\n");
    }
    QString finish() { return m_text + QStringLiteral("ER  - \r\n"); }

private:
    QString m_text;
};

QString risName(const CslName &name) {
    if (name.isLiteral())
        return name.literal;
    QString out = name.fullFamily();
    if (!name.given.isEmpty())
        out += QStringLiteral(", ") + name.given;
    if (!name.suffix.isEmpty())
        out += QStringLiteral(", ") + name.suffix;
    return out;
}

QString risDate(const CslDate &date) {
    if (!date.hasYear())
        return {};
    auto two = [](int n) {
        return n > 0 ? QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')) : QString();
    };
    return QString::number(date.year) + QLatin1Char('/') + two(date.month) + QLatin1Char('/') +
           two(date.day) + QLatin1Char('/');
}

QString risRecord(const Reference &reference) {
    CslItem item = CslItem::fromJson(reference.csl);
    RisRecord r;
    r.add("TY", risType(item.type));
    r.add("ID", reference.id);
    for (const CslName &name : item.authors)
        r.add("AU", risName(name));
    r.add("TI", export_fields::exportedTitle(reference, item));
    r.add("T2", item.containerTitle);
    r.add("J2", item.containerTitleShort);
    if (item.issued.hasYear()) {
        r.add("PY", QString::number(item.issued.year));
        r.add("DA", risDate(item.issued));
    }
    r.add("VL", item.volume);
    r.add("IS", item.issue);
    const auto [start, end] =
        export_fields::pageBounds(item.page.isEmpty() ? item.number : item.page);
    r.add("SP", start);
    r.add("EP", end);
    r.add("ET", item.edition);
    r.add("PB", item.publisher);
    r.add("CY", item.publisherPlace);
    r.add("LA", item.language);
    r.add("DO", item.doi);
    if (!item.pmid.isEmpty()) {
        r.add("AN", item.pmid);
        r.add("DB", QStringLiteral("PubMed"));
    }
    r.add("C2", item.pmcid);
    r.add("UR", item.url);
    r.add("N1", export_fields::checkNote(reference));
    return r.finish();
}

} // namespace

QString ReferenceExporter::toRis(const QList<Reference> &references) {
    QStringList records;
    for (const Reference &reference : references)
        records.append(risRecord(reference));
    return records.join(QStringLiteral("\r\n"));
}

} // namespace pr
