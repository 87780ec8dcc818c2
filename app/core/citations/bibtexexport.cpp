// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "cslitem.h"
#include "exportfields.h"
#include "referenceexporter.h"

#include <QRegularExpression>
#include <QSet>

// BibTeX entries readable by BibTeX, biber and reference managers. Values are brace-delimited;
// LaTeX's special characters are escaped; names are "von Last, Jr, First" joined by "and",
// organisations kept whole in braces.

namespace pr {
namespace {

QString escapeLatex(const QString &text) {
    QString out;
    for (const QChar c : text.simplified()) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += QLatin1Char('\\') + c;
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// DOIs and URLs are verbatim fields: no escaping, but no braces or backslashes either.
QString verbatim(const QString &text) {
    QString out = text.trimmed();
    out.remove(QLatin1Char('{')).remove(QLatin1Char('}')).remove(QLatin1Char('\\'));
    return out;
}

QString bibtexType(const QString &cslType) {
    if (cslType == QLatin1String("book"))
        return QStringLiteral("book");
    if (cslType == QLatin1String("chapter"))
        return QStringLiteral("incollection");
    if (cslType == QLatin1String("report"))
        return QStringLiteral("techreport");
    if (cslType == QLatin1String("thesis"))
        return QStringLiteral("phdthesis");
    if (cslType.isEmpty() || cslType.startsWith(QLatin1String("article")))
        return QStringLiteral("article");
    return QStringLiteral("misc");
}

QString bibtexName(const CslName &name) {
    if (name.isLiteral())
        return QLatin1Char('{') + escapeLatex(name.literal) + QLatin1Char('}');
    static const QRegularExpression andWord(QStringLiteral("\\band\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto part = [&](const QString &text) -> QString {
        const QString escaped = escapeLatex(text);
        return escaped.contains(andWord) ? QString(QLatin1Char('{') + escaped + QLatin1Char('}'))
                                         : escaped;
    };
    QString out = part(name.fullFamily());
    if (!name.suffix.isEmpty())
        out += QStringLiteral(", ") + part(name.suffix);
    if (!name.given.isEmpty() || !name.suffix.isEmpty())
        out += QStringLiteral(", ") + part(name.given);
    return out;
}

// Keys may hold letters, digits and a few punctuation marks; anything else becomes "-".
QString bibtexKey(const QString &id, QSet<QString> &used) {
    QString key;
    for (const QChar c : id) {
        const bool allowed =
            (c.unicode() < 128 && c.isLetterOrNumber()) || QStringLiteral("-_:./+").contains(c);
        key += allowed ? c : QLatin1Char('-');
    }
    if (key.isEmpty())
        key = QStringLiteral("ref");
    QString unique = key;
    for (int n = 2; used.contains(unique); ++n)
        unique = key + QLatin1Char('-') + QString::number(n);
    used.insert(unique);
    return unique;
}

class BibTeXEntry {
public:
    BibTeXEntry(const QString &type, const QString &key)
        : m_text(QLatin1Char('@') + type + QLatin1Char('{') + key) {}
    void add(const char *field, const QString &value, bool escaped = false) {
        if (value.trimmed().isEmpty())
            return;
        m_text += QStringLiteral(",\n  ") + QLatin1String(field) + QStringLiteral(" = {") +
                  (escaped ? value : escapeLatex(value)) + QLatin1Char('}');
    }
    void addMacro(const char *field, const QString &macro) {
        m_text += QStringLiteral(",\n  ") + QLatin1String(field) + QStringLiteral(" = ") + macro;
    }
    QString finish() const { return m_text + QStringLiteral("\n}\n"); }

private:
    QString m_text;
};

QString bibtexEntry(const Reference &reference, QSet<QString> &usedKeys) {
    const CslItem item = CslItem::fromJson(reference.csl);
    const QString type = bibtexType(item.type);
    BibTeXEntry e(type, bibtexKey(reference.id, usedKeys));
    QStringList authors;
    for (const CslName &name : item.authors)
        authors.append(bibtexName(name));
    e.add("author", authors.join(QStringLiteral(" and ")), true);
    const QString title = export_fields::exportedTitle(reference, item);
    if (!title.isEmpty())
        e.add("title", QLatin1Char('{') + escapeLatex(title) + QLatin1Char('}'), true);
    if (type == QLatin1String("article"))
        e.add("journal", item.containerTitle);
    else if (type == QLatin1String("incollection"))
        e.add("booktitle", item.containerTitle);
    else if (type == QLatin1String("techreport"))
        e.add("institution", item.publisher);
    if (item.issued.hasYear()) {
        e.add("year", QString::number(item.issued.year));
        static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
        if (item.issued.month > 0)
            e.addMacro("month", QLatin1String(months[item.issued.month - 1]));
    }
    e.add("volume", item.volume);
    e.add("number", item.issue.isEmpty() ? item.number : item.issue);
    const auto [start, end] = export_fields::pageBounds(item.page);
    e.add("pages", end.isEmpty() ? start : start + QStringLiteral("--") + end);
    e.add("edition", item.edition);
    if (type != QLatin1String("techreport"))
        e.add("publisher", item.publisher);
    e.add("address", item.publisherPlace);
    e.add("language", item.language);
    e.add("doi", verbatim(item.doi), true);
    e.add("pmid", verbatim(item.pmid), true);
    e.add("pmcid", verbatim(item.pmcid), true);
    e.add("url", verbatim(item.url), true);
    e.add("annote", export_fields::checkNote(reference));
    return e.finish();
}

} // namespace

QString ReferenceExporter::toBibTeX(const QList<Reference> &references) {
    QSet<QString> usedKeys;
    QStringList entries;
    for (const Reference &reference : references)
        entries.append(bibtexEntry(reference, usedKeys));
    return entries.join(QLatin1Char('\n'));
}

} // namespace pr
