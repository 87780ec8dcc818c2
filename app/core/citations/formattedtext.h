// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// A reference rendered two ways: plain text (for the clipboard and the command line) and a
// small, safe HTML fragment (for the panel): only <i>, <b>, <sup>, <sub> and external links.
struct FormattedReference {
    QString text;
    QString html;

    bool isEmpty() const { return text.isEmpty(); }
};

// Builds the plain text and the HTML of one reference side by side, so the two never disagree.
class FormattedTextBuilder {
public:
    void append(const QString &plain);
    void appendItalic(const QString &plain);
    // The label as text; in HTML a link the app treats as external.
    void appendLink(const QString &label, const QString &url);
    // For text whose HTML the caller has made safe already.
    void appendMarkup(const QString &plain, const QString &html);
    // Adds the separator unless the text so far already ends with the separator's first
    // character ("?" and "!" also end a sentence).
    void appendTerminator(const QString &separator);

    bool isEmpty() const { return m_result.text.isEmpty(); }
    FormattedReference result() const;

private:
    FormattedReference m_result;
};

} // namespace pr
