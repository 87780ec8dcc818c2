// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "formattedtext.h"

namespace pr {

void FormattedTextBuilder::append(const QString &plain) {
    m_result.text += plain;
    m_result.html += plain.toHtmlEscaped();
}

void FormattedTextBuilder::appendItalic(const QString &plain) {
    if (plain.isEmpty())
        return;
    m_result.text += plain;
    m_result.html += QStringLiteral("<i>") + plain.toHtmlEscaped() + QStringLiteral("</i>");
}

void FormattedTextBuilder::appendLink(const QString &label, const QString &url) {
    m_result.text += label;
    m_result.html += QStringLiteral("<a class=\"external\" href=\"") + url.toHtmlEscaped() +
                     QStringLiteral("\">") + label.toHtmlEscaped() + QStringLiteral("</a>");
}

void FormattedTextBuilder::appendMarkup(const QString &plain, const QString &html) {
    m_result.text += plain;
    m_result.html += html;
}

void FormattedTextBuilder::appendTerminator(const QString &separator) {
    if (separator.isEmpty())
        return;
    const QString trimmed = m_result.text.trimmed();
    const QChar last = trimmed.isEmpty() ? QChar() : trimmed.back();
    const QChar first = separator.front();
    const bool endsSentence =
        last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!');
    if (first == QLatin1Char('.') && endsSentence)
        append(separator.mid(1));
    else
        append(separator);
}

FormattedReference FormattedTextBuilder::result() const {
    FormattedReference r = m_result;
    r.text = r.text.trimmed();
    r.html = r.html.trimmed();
    return r;
}

} // namespace pr
