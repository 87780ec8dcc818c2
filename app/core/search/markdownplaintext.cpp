// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "markdownplaintext.h"

#include <QHash>
#include <md4c.h>

namespace pr {
namespace {

// md4c reports entity references verbatim; numeric ones and the few names that occur in prose
// are decoded, anything else stays as written.
QString decodeEntity(const QString &entity) {
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&ndash;"), QStringLiteral("\u2013")},
        {QStringLiteral("&mdash;"), QStringLiteral("\u2014")},
        {QStringLiteral("&hellip;"), QStringLiteral("\u2026")},
        {QStringLiteral("&rsquo;"), QStringLiteral("\u2019")},
        {QStringLiteral("&lsquo;"), QStringLiteral("\u2018")},
        {QStringLiteral("&rdquo;"), QStringLiteral("\u201D")},
        {QStringLiteral("&ldquo;"), QStringLiteral("\u201C")},
    };
    if (entity.startsWith(QLatin1String("&#"))) {
        const bool hex = entity.size() > 3 &&
                         (entity.at(2) == QLatin1Char('x') || entity.at(2) == QLatin1Char('X'));
        bool ok = false;
        const uint code =
            entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString(QChar(0xFFFD));
    }
    return named.value(entity, entity);
}

class TextCollector {
public:
    QString text;

    void endBlock() {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    void add(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size) {
        const QString value = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_NULLCHAR:
            text += QChar(0xFFFD);
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            text += QLatin1Char(' ');
            break;
        case MD_TEXT_ENTITY:
            text += decodeEntity(value);
            break;
        default:
            text += value;
            break;
        }
    }
};

} // namespace

QString MarkdownPlainText::fromMarkdown(const QString &markdown) {
    TextCollector collector;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *user) {
        static_cast<TextCollector *>(user)->endBlock();
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *user) {
        static_cast<TextCollector *>(user)->add(type, data, size);
        return 0;
    };
    const QByteArray utf8 = markdown.toUtf8();
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collector) != 0)
        return markdown;
    return collector.text.trimmed();
}

} // namespace pr
