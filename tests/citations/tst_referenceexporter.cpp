// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/referenceexporter.h"
#include "citationtesthelpers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace pr;

namespace {

using Fields = QList<QPair<QString, QString>>;

QStringList valuesOf(const Fields &fields, const QString &tag) {
    QStringList out;
    for (const auto &[k, v] : fields) {
        if (k == tag)
            out.append(v);
    }
    return out;
}

QString valueOf(const Fields &fields, const QString &tag) {
    const QStringList all = valuesOf(fields, tag);
    return all.isEmpty() ? QString() : all.first();
}

// RIS records as tag/value pairs, read the way reference managers read them.
QList<Fields> parseRis(const QString &text) {
    static const QRegularExpression line(QStringLiteral("^([A-Z][A-Z0-9])  - ?(.*)$"));
    QList<Fields> records;
    Fields current;
    for (const QString &raw : text.split(QStringLiteral("\r\n"))) {
        if (raw.isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(raw);
        if (!m.hasMatch())
            qFatal("not a RIS line: %s", qPrintable(raw));
        current.append({m.captured(1), m.captured(2)});
        if (m.captured(1) == QLatin1String("ER")) {
            records.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        qFatal("RIS record without ER");
    return records;
}

struct BibEntry {
    QString type;
    QString key;
    QHash<QString, QString> fields; // braces removed, LaTeX escapes undone
};

QString unescapeLatex(QString value) {
    value.replace(QStringLiteral("\\textbackslash{}"), QStringLiteral("\\"));
    value.replace(QStringLiteral("\\textasciicircum{}"), QStringLiteral("^"));
    value.replace(QStringLiteral("\\textasciitilde{}"), QStringLiteral("~"));
    static const QRegularExpression escaped(QStringLiteral("\\\\([{}&%$#_])"));
    value.replace(escaped, QStringLiteral("\\1"));
    return value;
}

// A small BibTeX reader: @type{key, name = {value} | name = macro, ...}, with nested braces.
QList<BibEntry> parseBibTeX(const QString &text) {
    QList<BibEntry> entries;
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    auto readWord = [&] {
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != QLatin1Char('{') &&
               text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('=') &&
               text.at(i) != QLatin1Char('}'))
            ++i;
        return text.mid(start, i - start);
    };
    while ((i = text.indexOf(QLatin1Char('@'), i)) >= 0) {
        ++i;
        BibEntry e;
        e.type = readWord();
        if (text.at(i++) != QLatin1Char('{'))
            qFatal("no { after entry type");
        e.key = readWord();
        for (;;) {
            skipSpace();
            if (text.at(i) == QLatin1Char('}')) {
                ++i;
                break;
            }
            if (text.at(i++) != QLatin1Char(','))
                qFatal("expected a comma in %s", qPrintable(e.key));
            skipSpace();
            if (text.at(i) == QLatin1Char('}'))
                continue;
            const QString name = readWord().toLower();
            skipSpace();
            if (text.at(i++) != QLatin1Char('='))
                qFatal("expected = after %s", qPrintable(name));
            skipSpace();
            QString value;
            if (text.at(i) == QLatin1Char('{')) {
                int depth = 0;
                const qsizetype start = i;
                do {
                    if (text.at(i) == QLatin1Char('\\')) {
                        i += 2;
                        continue;
                    }
                    if (text.at(i) == QLatin1Char('{'))
                        ++depth;
                    else if (text.at(i) == QLatin1Char('}'))
                        --depth;
                    ++i;
                } while (depth > 0 && i < text.size());
                value = text.mid(start + 1, i - start - 2);
            } else {
                value = readWord();
            }
            if (e.fields.contains(name))
                qFatal("duplicate field %s", qPrintable(name));
            e.fields.insert(name, value);
        }
        entries.append(e);
    }
    return entries;
}

QStringList splitAuthors(const QString &bibtexAuthors) {
    QStringList names;
    int depth = 0;
    QString current;
    const QString &s = bibtexAuthors;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('{'))
            ++depth;
        else if (s.at(i) == QLatin1Char('}'))
            --depth;
        if (depth == 0 && s.mid(i, 5) == QLatin1String(" and ")) {
            names.append(current);
            current.clear();
            i += 4;
            continue;
        }
        current += s.at(i);
    }
    names.append(current);
    return names;
}

QString field(const QJsonObject &csl, const char *name) {
    return csl.value(QLatin1String(name)).toString();
}

} // namespace

class TestReferenceExporter : public QObject {
    Q_OBJECT

    Pack m_pack;

private slots:
    void initTestCase() { m_pack = test::bundledPack(); }

    void writesRisThatReadsBackFieldByField() {
        const QString ris = ReferenceExporter::toRis(m_pack.references());
        const QList<Fields> records = parseRis(ris);
        QCOMPARE(records.size(), m_pack.references().size());
        for (qsizetype n = 0; n < records.size(); ++n) {
            const Fields &r = records.at(n);
            const Reference &ref = m_pack.references().at(n);
            const QJsonObject &csl = ref.csl;
            QCOMPARE(r.first().first, QStringLiteral("TY"));
            QCOMPARE(r.first().second, QStringLiteral("JOUR"));
            QCOMPARE(r.last().first, QStringLiteral("ER"));
            QCOMPARE(valueOf(r, QStringLiteral("ID")), ref.id);
            const QJsonArray authors = csl.value(QLatin1String("author")).toArray();
            const QStringList au = valuesOf(r, QStringLiteral("AU"));
            QCOMPARE(au.size(), authors.size());
            for (qsizetype a = 0; a < authors.size(); ++a) {
                const QJsonObject o = authors.at(a).toObject();
                const QString expected =
                    o.contains(QLatin1String("literal"))
                        ? field(o, "literal")
                        : field(o, "family") + QStringLiteral(", ") + field(o, "given");
                QCOMPARE(au.at(a), expected);
            }
            QCOMPARE(valueOf(r, QStringLiteral("TI")), field(csl, "title"));
            QCOMPARE(valueOf(r, QStringLiteral("T2")), field(csl, "container-title"));
            QCOMPARE(valueOf(r, QStringLiteral("VL")), field(csl, "volume"));
            QCOMPARE(valueOf(r, QStringLiteral("IS")), field(csl, "issue"));
            const QStringList pages = field(csl, "page").split(QLatin1Char('-'));
            QCOMPARE(valueOf(r, QStringLiteral("SP")), pages.value(0));
            QCOMPARE(valueOf(r, QStringLiteral("EP")), pages.value(1));
            QCOMPARE(valueOf(r, QStringLiteral("DO")), ref.doi());
            QCOMPARE(valueOf(r, QStringLiteral("AN")), ref.pmid());
            QCOMPARE(valueOf(r, QStringLiteral("C2")), field(csl, "PMCID"));
            const QJsonArray date = csl.value(QLatin1String("issued"))
                                        .toObject()
                                        .value(QLatin1String("date-parts"))
                                        .toArray()
                                        .at(0)
                                        .toArray();
            QCOMPARE(valueOf(r, QStringLiteral("PY")),
                     date.isEmpty() ? QString() : QString::number(date.at(0).toInt()));
            QVERIFY(
                valueOf(r, QStringLiteral("N1")).startsWith(QStringLiteral("Reference check: ")));
            QVERIFY(valueOf(r, QStringLiteral("N1")).endsWith(ref.checkNote.simplified()));
        }
        QCOMPARE(valueOf(records.at(0), QStringLiteral("DA")), QStringLiteral("2017/04//"));
        QCOMPARE(valueOf(records.at(6), QStringLiteral("DA")), QStringLiteral("2016/11/29/"));
        QCOMPARE(valuesOf(records.at(5), QStringLiteral("AU")).last(),
                 QStringLiteral("Zarate, Carlos A., Jr."));
        QVERIFY(valueOf(records.at(8), QStringLiteral("N1"))
                    .startsWith(
                        QStringLiteral("Reference check: not found. Incomplete in the source.")));
    }

    void writesBibTeXThatReadsBackFieldByField() {
        const QString bib = ReferenceExporter::toBibTeX(m_pack.references());
        const QList<BibEntry> entries = parseBibTeX(bib);
        QCOMPARE(entries.size(), m_pack.references().size());
        for (qsizetype n = 0; n < entries.size(); ++n) {
            const BibEntry &e = entries.at(n);
            const Reference &ref = m_pack.references().at(n);
            const QJsonObject &csl = ref.csl;
            QCOMPARE(e.type, QStringLiteral("article"));
            QCOMPARE(e.key, ref.id);
            const QJsonArray authors = csl.value(QLatin1String("author")).toArray();
            const QStringList names = splitAuthors(e.fields.value(QStringLiteral("author")));
            QCOMPARE(names.size(), authors.size());
            for (qsizetype a = 0; a < authors.size(); ++a) {
                const QJsonObject o = authors.at(a).toObject();
                if (o.contains(QLatin1String("literal")))
                    QCOMPARE(names.at(a),
                             QLatin1Char('{') + field(o, "literal") + QLatin1Char('}'));
                else
                    QVERIFY2(names.at(a).startsWith(field(o, "family") + QStringLiteral(", ")),
                             qPrintable(names.at(a)));
            }
            // A reference without a title (the ninth, cut off in the source) gets no title field.
            if (csl.contains(QLatin1String("title")))
                QCOMPARE(unescapeLatex(e.fields.value(QStringLiteral("title"))),
                         QLatin1Char('{') + field(csl, "title") + QLatin1Char('}'));
            else
                QVERIFY(!e.fields.contains(QStringLiteral("title")));
            QCOMPARE(e.fields.value(QStringLiteral("journal")), field(csl, "container-title"));
            QCOMPARE(e.fields.value(QStringLiteral("volume")), field(csl, "volume"));
            QCOMPARE(e.fields.value(QStringLiteral("number")), field(csl, "issue"));
            QCOMPARE(e.fields.value(QStringLiteral("pages")),
                     field(csl, "page").replace(QLatin1Char('-'), QStringLiteral("--")));
            QCOMPARE(e.fields.value(QStringLiteral("doi")), ref.doi());
            QCOMPARE(e.fields.value(QStringLiteral("pmid")), ref.pmid());
            QCOMPARE(e.fields.contains(QStringLiteral("year")),
                     csl.contains(QLatin1String("issued")));
            QVERIFY(unescapeLatex(e.fields.value(QStringLiteral("annote")))
                        .endsWith(ref.checkNote.simplified()));
        }
        QCOMPARE(entries.at(0).fields.value(QStringLiteral("year")), QStringLiteral("2017"));
        QCOMPARE(entries.at(0).fields.value(QStringLiteral("month")), QStringLiteral("apr"));
        QCOMPARE(splitAuthors(entries.at(5).fields.value(QStringLiteral("author"))).last(),
                 QStringLiteral("Zarate, Jr., Carlos A."));
        QCOMPARE(entries.at(5).fields.value(QStringLiteral("pmcid")), QStringLiteral("PMC4065787"));
    }

    void escapesLatexSpecialCharactersInBibTeX() {
        const Pack fixtures = test::citedAnswersPack();
        const QString bib =
            ReferenceExporter::toBibTeX({*fixtures.reference(QStringLiteral("delta"))});
        QVERIFY(bib.contains(QStringLiteral("title = {{An uncited fixture with \\{braces\\} \\& "
                                            "100\\% special\\_characters \\#1}}")));
        const BibEntry e = parseBibTeX(bib).first();
        QCOMPARE(unescapeLatex(e.fields.value(QStringLiteral("title"))),
                 QStringLiteral("{An uncited fixture with {braces} & 100% special_characters #1}"));
        QVERIFY(!e.fields.contains(QStringLiteral("author")));
        QVERIFY(!e.fields.contains(QStringLiteral("year")));
    }

    void keepsDoisVerbatimAndKeysUnique() {
        Reference a;
        a.id = QStringLiteral("same id");
        a.csl =
            test::json(R"({"type":"book","title":"T","DOI":"10.5555/a_b{c}","publisher":"P & Q"})");
        Reference b = a;
        b.id = QStringLiteral("same-id");
        const QList<BibEntry> entries = parseBibTeX(ReferenceExporter::toBibTeX({a, b}));
        QCOMPARE(entries.at(0).type, QStringLiteral("book"));
        QCOMPARE(entries.at(0).key, QStringLiteral("same-id"));
        QCOMPARE(entries.at(1).key, QStringLiteral("same-id-2"));
        QCOMPARE(entries.at(0).fields.value(QStringLiteral("doi")), QStringLiteral("10.5555/a_bc"));
        QCOMPARE(entries.at(0).fields.value(QStringLiteral("publisher")),
                 QStringLiteral("P \\& Q"));
        QCOMPARE(parseRis(ReferenceExporter::toRis({a})).first().first().second,
                 QStringLiteral("BOOK"));
    }

    void exportsCslJsonExactlyAsThePackHoldsIt() {
        const QString json = ReferenceExporter::toCslJson(m_pack.references());
        const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
        QCOMPARE(items.size(), m_pack.references().size());
        for (qsizetype n = 0; n < items.size(); ++n)
            QCOMPARE(items.at(n).toObject(), m_pack.references().at(n).csl);
        QVERIFY(items.at(8)
                    .toObject()
                    .value(QLatin1String("custom"))
                    .toObject()
                    .value(QLatin1String("incomplete"))
                    .toBool());
    }

    void exportsOneReferenceAsOneRecord() {
        const QList<Reference> one{*m_pack.reference(QStringLiteral("ref7-li2016"))};
        QCOMPARE(parseRis(ReferenceExporter::exportAs(ExportFormat::Ris, one)).size(), 1);
        QCOMPARE(parseBibTeX(ReferenceExporter::exportAs(ExportFormat::BibTeX, one)).size(), 1);
        QCOMPARE(QJsonDocument::fromJson(
                     ReferenceExporter::exportAs(ExportFormat::CslJson, one).toUtf8())
                     .array()
                     .size(),
                 1);
    }

    void namesFormatsAndFileTypes() {
        QCOMPARE(ReferenceExporter::formatFromKey(QStringLiteral("ris")), ExportFormat::Ris);
        QCOMPARE(ReferenceExporter::formatFromKey(QStringLiteral("bibtex")), ExportFormat::BibTeX);
        QCOMPARE(ReferenceExporter::formatFromKey(QStringLiteral("csl-json")),
                 ExportFormat::CslJson);
        QVERIFY(!ReferenceExporter::formatFromKey(QStringLiteral("text")));
        QCOMPARE(ReferenceExporter::fileSuffix(ExportFormat::BibTeX), QStringLiteral("bib"));
        QCOMPARE(ReferenceExporter::mimeType(ExportFormat::Ris),
                 QByteArrayLiteral("application/x-research-info-systems"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceExporter)
#include "tst_referenceexporter.moc"
