// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "markdownrenderer.h"

#include <QHash>
#include <QList>
#include <QUrl>
#include <algorithm>
#include <md4c.h>

namespace pr {
namespace {

enum class LinkKind { Entry, MissingTopic, External, Dropped };

QString escape(const QString &text) {
    return text.toHtmlEscaped();
}

class HtmlWriter {
public:
    HtmlWriter(const MarkdownRenderer::Options &options, const QRegularExpression &highlight)
        : m_options(options)
        , m_highlight(highlight) {}

    QString html;
    QStringList citedKeys;

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type, void *detail);
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type, void *detail);
    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size);

private:
    void writeText(const QString &plain);
    // Normal text is collected until the next event so a citation md4c reports in pieces
    // is still seen whole.
    void flushText();
    void writeCitations(const QString &keys);
    static QString attribute(const MD_ATTRIBUTE &attr);

    const MarkdownRenderer::Options &m_options;
    const QRegularExpression &m_highlight;
    QList<LinkKind> m_links;
    int m_imageDepth = 0;
    QString m_pendingText;
    QHash<QString, int> m_citationOccurrences;
    QHash<QString, qsizetype> m_citationNumbers; // key -> index in citedKeys
    int m_linksWritten = 0;

    // True, and counted, while the page's budget of links lasts.
    bool takeLink() {
        if (m_linksWritten >= m_options.maxLinks)
            return false;
        ++m_linksWritten;
        return true;
    }
};

QString HtmlWriter::attribute(const MD_ATTRIBUTE &attr) {
    QString value;
    if (!attr.text)
        return value;
    for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
        const MD_OFFSET begin = attr.substr_offsets[i];
        const MD_OFFSET end = attr.substr_offsets[i + 1];
        value += QString::fromUtf8(attr.text + begin, qsizetype(end - begin));
    }
    return value;
}

void HtmlWriter::writeText(const QString &plain) {
    if (m_highlight.pattern().isEmpty() || m_imageDepth > 0) {
        html += escape(plain);
        return;
    }
    qsizetype last = 0;
    auto it = m_highlight.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        html += escape(plain.mid(last, match.capturedStart() - last));
        html += QStringLiteral("<mark>") + escape(match.captured()) + QStringLiteral("</mark>");
        last = match.capturedEnd();
    }
    html += escape(plain.mid(last));
}

void HtmlWriter::flushText() {
    const QString text = std::exchange(m_pendingText, QString());
    if (text.isEmpty())
        return;
    if (!m_options.hasReference || !m_links.isEmpty() || m_imageDepth > 0) {
        writeText(text);
        return;
    }
    static const QRegularExpression citation(
        QStringLiteral("\\[(@[^\\s;\\[\\]@]+(?:\\s*;\\s*@[^\\s;\\[\\]@]+)*)\\]"));
    qsizetype last = 0;
    auto it = citation.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        writeText(text.mid(last, match.capturedStart() - last));
        writeCitations(match.captured(1));
        last = match.capturedEnd();
    }
    writeText(text.mid(last));
}

void HtmlWriter::writeCitations(const QString &keys) {
    // Numbers are given in order of first citation; within one group they are shown in
    // ascending order ("[@b; @a]" after an earlier "[@a]" reads [1][2]), unknown keys last.
    QList<QPair<qsizetype, QString>> known;
    QStringList unknown;
    for (const QString &item : keys.split(QLatin1Char(';'))) {
        const QString key = item.trimmed().mid(1);
        if (!m_options.hasReference(key)) {
            unknown.append(key);
            continue;
        }
        auto number = m_citationNumbers.constFind(key);
        if (number == m_citationNumbers.cend()) {
            number = m_citationNumbers.insert(key, citedKeys.size());
            citedKeys.append(key);
        }
        known.append({*number, key});
    }
    std::sort(known.begin(), known.end());
    for (const auto &[index, key] : std::as_const(known)) {
        const QString number = QString::number(index + 1);
        if (!takeLink()) {
            html += QLatin1Char('[') + number + QLatin1Char(']');
            continue;
        }
        const int occurrence = ++m_citationOccurrences[key];
        html += QStringLiteral("<a class=\"citation\" role=\"doc-biblioref\" href=\"") +
                escape(MarkdownRenderer::referenceUrl(key)) + QStringLiteral("\" id=\"cite-") +
                number + QLatin1Char('-') + QString::number(occurrence) + QStringLiteral("\">[") +
                number + QStringLiteral("]</a>");
    }
    for (const QString &key : std::as_const(unknown))
        html += QStringLiteral("<span class=\"citation-unknown\">[@") + escape(key) +
                QStringLiteral("]</span>");
}

int HtmlWriter::enterBlock(MD_BLOCKTYPE type, void *detail) {
    flushText();
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE:
        html += QStringLiteral("<blockquote>");
        break;
    case MD_BLOCK_UL:
        html += QStringLiteral("<ul>\n");
        break;
    case MD_BLOCK_OL: {
        const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
        html += ol->start == 1 ? QStringLiteral("<ol>\n")
                               : QStringLiteral("<ol start=\"%1\">\n").arg(ol->start);
        break;
    }
    case MD_BLOCK_LI:
        html += QStringLiteral("<li>");
        break;
    case MD_BLOCK_HR:
        html += QStringLiteral("<hr>");
        break;
    case MD_BLOCK_H: {
        // The question is the page's <h1>; headings inside an answer start one level lower.
        const unsigned level = qMin(6u, static_cast<MD_BLOCK_H_DETAIL *>(detail)->level + 1);
        html += QStringLiteral("<h%1>").arg(level);
        break;
    }
    case MD_BLOCK_CODE:
        html += QStringLiteral("<pre><code>");
        break;
    case MD_BLOCK_HTML:
        html += QStringLiteral("<pre>");
        break;
    case MD_BLOCK_P:
        html += QStringLiteral("<p>");
        break;
    case MD_BLOCK_TABLE:
        html += QStringLiteral("<table>");
        break;
    case MD_BLOCK_THEAD:
        html += QStringLiteral("<thead>");
        break;
    case MD_BLOCK_TBODY:
        html += QStringLiteral("<tbody>");
        break;
    case MD_BLOCK_TR:
        html += QStringLiteral("<tr>");
        break;
    case MD_BLOCK_TH:
        html += QStringLiteral("<th>");
        break;
    case MD_BLOCK_TD:
        html += QStringLiteral("<td>");
        break;
    }
    return 0;
}

int HtmlWriter::leaveBlock(MD_BLOCKTYPE type, void *detail) {
    flushText();
    switch (type) {
    case MD_BLOCK_DOC:
        break;
    case MD_BLOCK_QUOTE:
        html += QStringLiteral("</blockquote>\n");
        break;
    case MD_BLOCK_UL:
        html += QStringLiteral("</ul>\n");
        break;
    case MD_BLOCK_OL:
        html += QStringLiteral("</ol>\n");
        break;
    case MD_BLOCK_LI:
        html += QStringLiteral("</li>\n");
        break;
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_H: {
        const unsigned level = qMin(6u, static_cast<MD_BLOCK_H_DETAIL *>(detail)->level + 1);
        html += QStringLiteral("</h%1>\n").arg(level);
        break;
    }
    case MD_BLOCK_CODE:
        html += QStringLiteral("</code></pre>\n");
        break;
    case MD_BLOCK_HTML:
        html += QStringLiteral("</pre>\n");
        break;
    case MD_BLOCK_P:
        html += QStringLiteral("</p>\n");
        break;
    case MD_BLOCK_TABLE:
        html += QStringLiteral("</table>\n");
        break;
    case MD_BLOCK_THEAD:
        html += QStringLiteral("</thead>");
        break;
    case MD_BLOCK_TBODY:
        html += QStringLiteral("</tbody>");
        break;
    case MD_BLOCK_TR:
        html += QStringLiteral("</tr>\n");
        break;
    case MD_BLOCK_TH:
        html += QStringLiteral("</th>");
        break;
    case MD_BLOCK_TD:
        html += QStringLiteral("</td>");
        break;
    }
    return 0;
}

int HtmlWriter::enterSpan(MD_SPANTYPE type, void *detail) {
    flushText();
    switch (type) {
    case MD_SPAN_EM:
        html += QStringLiteral("<em>");
        break;
    case MD_SPAN_STRONG:
        html += QStringLiteral("<strong>");
        break;
    case MD_SPAN_CODE:
        html += QStringLiteral("<code>");
        break;
    case MD_SPAN_DEL:
        html += QStringLiteral("<del>");
        break;
    case MD_SPAN_U:
        html += QStringLiteral("<u>");
        break;
    case MD_SPAN_IMG:
        ++m_imageDepth;
        html += QStringLiteral("<span class=\"image-omitted\">[");
        break;
    case MD_SPAN_A: {
        const QString href = attribute(static_cast<MD_SPAN_A_DETAIL *>(detail)->href).trimmed();
        const QUrl url(href);
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("entry")) {
            const QString id = url.path();
            if (m_options.hasEntry && m_options.hasEntry(id) && !takeLink()) {
                m_links.append(LinkKind::Dropped);
            } else if (m_options.hasEntry && m_options.hasEntry(id)) {
                m_links.append(LinkKind::Entry);
                html += QStringLiteral("<a class=\"entry-link\" href=\"") +
                        escape(MarkdownRenderer::entryUrl(id)) + QStringLiteral("\">");
            } else {
                m_links.append(LinkKind::MissingTopic);
                html += QStringLiteral("<span class=\"not-included\">");
            }
        } else if (scheme == QLatin1String("topic")) {
            m_links.append(LinkKind::MissingTopic);
            html += QStringLiteral("<span class=\"not-included\">");
        } else if ((scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
                    scheme == QLatin1String("mailto")) &&
                   takeLink()) {
            m_links.append(LinkKind::External);
            html += QStringLiteral("<a class=\"external\" href=\"") +
                    escape(url.toString(QUrl::FullyEncoded)) + QStringLiteral("\">");
        } else {
            m_links.append(LinkKind::Dropped);
        }
        break;
    }
    default:
        break;
    }
    return 0;
}

int HtmlWriter::leaveSpan(MD_SPANTYPE type, void *) {
    flushText();
    switch (type) {
    case MD_SPAN_EM:
        html += QStringLiteral("</em>");
        break;
    case MD_SPAN_STRONG:
        html += QStringLiteral("</strong>");
        break;
    case MD_SPAN_CODE:
        html += QStringLiteral("</code>");
        break;
    case MD_SPAN_DEL:
        html += QStringLiteral("</del>");
        break;
    case MD_SPAN_U:
        html += QStringLiteral("</u>");
        break;
    case MD_SPAN_IMG:
        --m_imageDepth;
        html += QStringLiteral("]</span>");
        break;
    case MD_SPAN_A: {
        const LinkKind kind = m_links.isEmpty() ? LinkKind::Dropped : m_links.takeLast();
        if (kind == LinkKind::Entry || kind == LinkKind::External)
            html += QStringLiteral("</a>");
        else if (kind == LinkKind::MissingTopic)
            html += QStringLiteral(" <small class=\"not-included-note\">(") +
                    escape(m_options.notIncludedLabel) + QStringLiteral(")</small></span>");
        break;
    }
    default:
        break;
    }
    return 0;
}

int HtmlWriter::text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size) {
    const QString value = QString::fromUtf8(data, qsizetype(size));
    if (type == MD_TEXT_NORMAL) {
        m_pendingText += value;
        return 0;
    }
    flushText();
    switch (type) {
    case MD_TEXT_NULLCHAR:
        html += QChar(0xFFFD);
        break;
    case MD_TEXT_BR:
        html += m_imageDepth > 0 ? QStringLiteral(" ") : QStringLiteral("<br>");
        break;
    case MD_TEXT_SOFTBR:
        html += QLatin1Char('\n');
        break;
    case MD_TEXT_ENTITY:
        // md4c only reports well-formed entity references; the browser decodes them.
        html += value;
        break;
    default:
        writeText(value);
        break;
    }
    return 0;
}

template <typename... Args>
int forward(int (HtmlWriter::*method)(Args...), void *userdata, Args... args) {
    return (static_cast<HtmlWriter *>(userdata)->*method)(args...);
}

int parse(const QString &markdown, HtmlWriter &writer) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return forward(&HtmlWriter::enterBlock, u, t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return forward(&HtmlWriter::leaveBlock, u, t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
        return forward(&HtmlWriter::enterSpan, u, t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) {
        return forward(&HtmlWriter::leaveSpan, u, t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
        return forward(&HtmlWriter::text, u, t, s, n);
    };
    const QByteArray utf8 = markdown.toUtf8();
    return md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
}

} // namespace

MarkdownRenderer::MarkdownRenderer(Options options)
    : m_options(std::move(options)) {
    QStringList alternatives;
    for (const QString &term : std::as_const(m_options.highlightTerms)) {
        if (!term.trimmed().isEmpty())
            alternatives.append(QRegularExpression::escape(term.trimmed()));
    }
    if (!alternatives.isEmpty()) {
        m_highlight =
            QRegularExpression(QStringLiteral("\\b(?:") + alternatives.join(QLatin1Char('|')) +
                                   QStringLiteral(")\\w*"),
                               QRegularExpression::CaseInsensitiveOption |
                                   QRegularExpression::UseUnicodePropertiesOption);
    }
}

QString MarkdownRenderer::toHtml(const QString &markdown) const {
    HtmlWriter writer(m_options, m_highlight);
    if (parse(markdown, writer) != 0)
        return QStringLiteral("<p>") + escape(markdown) + QStringLiteral("</p>");
    return writer.html;
}

QStringList MarkdownRenderer::citedKeys(const QString &markdown) const {
    HtmlWriter writer(m_options, m_highlight);
    parse(markdown, writer);
    return writer.citedKeys;
}

QString MarkdownRenderer::escape(const QString &text) {
    return text.toHtmlEscaped();
}

QString MarkdownRenderer::entryUrl(const QString &entryId) {
    return QStringLiteral("reader:/entry/") + QString::fromUtf8(QUrl::toPercentEncoding(entryId));
}

QString MarkdownRenderer::referenceUrl(const QString &key) {
    return QStringLiteral("reader:/reference/") + QString::fromUtf8(QUrl::toPercentEncoding(key));
}

} // namespace pr
