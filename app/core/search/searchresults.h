// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

struct SearchHit {
    QString entryId;
    QString question;         // plain text
    QString questionHtml;     // HTML-escaped question, matched words in <mark>...</mark>
    QString snippetHtml;      // HTML-escaped excerpt of the answer, matched words in <mark>
    QStringList matchedWords; // the words of this entry that matched, folded to lower case
    double score = 0;         // higher is better; only comparable within one search
};

// The text of a hit's HTML after its <mark> tags are dealt with: decodes what
// IndexWriter::indexableText escaped (QString::toHtmlEscaped: & < > ").
inline QString unescapedHitText(QString html) {
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

// What a search found: answers, or that the pack does not answer the query.
enum class SearchOutcome {
    NothingAsked, // no words (or no index)
    Answers,      // hits answer the query
    NotAnswered,  // no entry covers what the reader asks about; related lists the closest
};

struct SearchResults {
    SearchOutcome outcome = SearchOutcome::NothingAsked;
    QList<SearchHit> hits;        // answers that match well, best first; empty if NotAnswered
    QList<SearchHit> related;     // NotAnswered: the closest questions, which do not answer it
    QStringList unansweredTopics; // the reader's words for what no entry covers
    QString suggestion;           // "Did you mean ..." text; empty when no word was corrected
    QStringList matchedTerms; // the matched words of all hits, for highlighting an opened answer
};

} // namespace pr
