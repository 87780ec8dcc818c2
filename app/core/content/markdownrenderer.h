// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>

namespace pr {

// Turns an answer's Markdown into safe HTML with md4c. Raw HTML in the Markdown is shown as
// text, images are replaced by their description, and links follow one policy:
//   entry:ID      a link to another answer of the pack (text only when ID is unknown)
//   topic:NAME    text marked "not included in this offline edition", never a dead link
//   http(s)/mailto an external link, marked so the app can ask before leaving
//   anything else text only
// Inline citations "[@key]" and "[@a; @b]" become numbered links to reader:/reference/KEY,
// numbered in order of first citation within the answer; unknown keys stay as marked text.
class MarkdownRenderer {
public:
    struct Options {
        // Decides which entry ids exist; unknown ids are rendered as text.
        std::function<bool(const QString &entryId)> hasEntry;
        // Words to wrap in <mark> (for example the words a reader searched for). Each matches
        // at the start of a word, ignoring case.
        QStringList highlightTerms;
        QString notIncludedLabel = QStringLiteral("not included in this offline edition");
        // Decides which reference keys exist. Without it, "[@key]" is ordinary text.
        std::function<bool(const QString &key)> hasReference;
        // The page's budget of links (citations, answers, web pages): past it, a link is shown
        // as its text, so a flood of links cannot keep the page from being drawn.
        int maxLinks = 1000;
    };

    explicit MarkdownRenderer(Options options);

    QString toHtml(const QString &markdown) const;
    // The known reference keys the Markdown cites, in order of first citation: the key of
    // citation number n is at n - 1.
    QStringList citedKeys(const QString &markdown) const;

    static QString escape(const QString &text);
    static QString entryUrl(const QString &entryId);
    static QString referenceUrl(const QString &key);

private:
    Options m_options;
    QRegularExpression m_highlight;
};

} // namespace pr
