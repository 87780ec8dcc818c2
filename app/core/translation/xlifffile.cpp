// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "xlifffile.h"

#include "protectedtokens.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace pr {
namespace {

const QString kNamespace = QStringLiteral("urn:oasis:names:tc:xliff:document:1.2");
const QString kNeedsReview = QStringLiteral("needs-review-translation");

void writeMarkedUp(QXmlStreamWriter &xml, const QString &element, const QString &text,
                   const QString &state = {}) {
    xml.writeStartElement(element);
    if (!state.isEmpty())
        xml.writeAttribute(QStringLiteral("state"), state);
    qsizetype done = 0;
    int phId = 0;
    for (const ProtectedToken &token : protectedTokens(text)) {
        xml.writeCharacters(text.mid(done, token.start - done));
        xml.writeStartElement(QStringLiteral("ph"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(++phId));
        xml.writeCharacters(token.text);
        xml.writeEndElement();
        done = token.start + token.text.size();
    }
    xml.writeCharacters(text.mid(done));
    xml.writeEndElement();
}

class XliffParser {
public:
    XliffParser(const QByteArray &bytes, const QString &fileName, PackProblems *problems)
        : m_xml(bytes)
        , m_fileName(fileName)
        , m_problems(problems) {}

    std::optional<TranslationCatalog> parse() {
        bool sawFile = false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = m_xml.name();
            if (name == QLatin1String("file")) {
                sawFile = true;
                m_catalog.format = TranslationCatalog::Format::Xliff;
                m_catalog.headerLine = int(m_xml.lineNumber());
                const QXmlStreamAttributes a = m_xml.attributes();
                m_catalog.sourceLanguage = a.value(QLatin1String("source-language")).toString();
                m_catalog.language = a.value(QLatin1String("target-language")).toString();
                m_catalog.baseId = a.value(QLatin1String("original")).toString();
                m_catalog.baseVersion = a.value(QLatin1String("product-version")).toString();
            } else if (name == QLatin1String("trans-unit")) {
                readUnit();
            }
        }
        if (m_xml.hasError()) {
            error(int(m_xml.lineNumber()), m_xml.errorString());
            return std::nullopt;
        }
        if (!sawFile) {
            error(0, QStringLiteral("is not an XLIFF 1.2 file: there is no <file> element"));
            return std::nullopt;
        }
        return m_catalog;
    }

private:
    void readUnit() {
        TranslationUnit unit;
        unit.id = m_xml.attributes().value(QLatin1String("id")).toString();
        unit.line = int(m_xml.lineNumber());
        const int unitLine = unit.line;
        QHash<QString, QString> sourcePlaceholders;
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("source")) {
                unit.source = readMarkedUp(&sourcePlaceholders, nullptr);
            } else if (name == QLatin1String("target")) {
                unit.line = int(m_xml.lineNumber());
                unit.fuzzy = m_xml.attributes().value(QLatin1String("state")) == kNeedsReview;
                unit.target = readMarkedUp(nullptr, &sourcePlaceholders);
            } else if (name == QLatin1String("note")) {
                unit.note = readTextWithin();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (unit.id.isEmpty())
            warning(unitLine, QStringLiteral("a <trans-unit> without an id is ignored"));
        else if (m_unitIds.contains(unit.id))
            error(unitLine, QStringLiteral("unit \"%1\" appears twice").arg(unit.id));
        else {
            m_unitIds.insert(unit.id);
            m_catalog.units.append(unit);
        }
    }

    // The text of <source> or <target>, with each <ph>'s content put back in place. A tool
    // that empties a <ph> in the target ("<ph id="1"/>") gets the source's content for that id.
    QString readMarkedUp(QHash<QString, QString> *record, const QHash<QString, QString> *lookup) {
        QString text;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
            } else if (token == QXmlStreamReader::StartElement) {
                const QString id = m_xml.attributes().value(QLatin1String("id")).toString();
                QString inner = readTextWithin();
                if (record)
                    record->insert(id, inner);
                if (inner.isEmpty() && lookup)
                    inner = lookup->value(id);
                text += inner;
            } else if (token == QXmlStreamReader::EndElement) {
                break;
            }
        }
        return text;
    }

    // The text of the current element and of every element inside it, read in a loop (Qt's
    // readElementText() recurses once per nested element, so a deeply nested file would
    // overflow the stack). Nesting deeper than kMaxDepth inside a unit is refused.
    QString readTextWithin() {
        QString text;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                text += m_xml.text();
                break;
            case QXmlStreamReader::StartElement:
                if (++depth > kMaxDepth) {
                    m_xml.raiseError(QStringLiteral("elements are nested more than %1 deep inside "
                                                    "a unit")
                                         .arg(kMaxDepth));
                    return text;
                }
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            default:
                break;
            }
        }
        return text;
    }

    static constexpr int kMaxDepth = 16;

    void error(int line, const QString &message) {
        m_problems->append({PackProblem::Severity::Error, m_fileName, line, message});
    }
    void warning(int line, const QString &message) {
        m_problems->append({PackProblem::Severity::Warning, m_fileName, line, message});
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    PackProblems *m_problems;
    TranslationCatalog m_catalog;
    QSet<QString> m_unitIds; // of m_catalog.units, to find a repeated id at once
};

} // namespace

QByteArray XliffFile::write(const TranslationCatalog &catalog) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kNamespace);
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), catalog.baseId);
    xml.writeAttribute(QStringLiteral("product-version"), catalog.baseVersion);
    xml.writeAttribute(QStringLiteral("source-language"), catalog.sourceLanguage);
    if (!catalog.language.isEmpty())
        xml.writeAttribute(QStringLiteral("target-language"), catalog.language);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const TranslationUnit &unit : catalog.units) {
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), unit.id);
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        writeMarkedUp(xml, QStringLiteral("source"), unit.source);
        if (!unit.target.isEmpty())
            writeMarkedUp(xml, QStringLiteral("target"), unit.target,
                          unit.fuzzy ? kNeedsReview : QStringLiteral("translated"));
        if (!unit.note.isEmpty())
            xml.writeTextElement(QStringLiteral("note"), unit.note);
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return bytes;
}

std::optional<TranslationCatalog> XliffFile::read(const QByteArray &bytes, const QString &fileName,
                                                  PackProblems *problems) {
    return XliffParser(bytes, fileName, problems).parse();
}

} // namespace pr
