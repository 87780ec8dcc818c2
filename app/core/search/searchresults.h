// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "markedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

struct SearchHit {
    QString entryId;
    QString question;          // plain text
    MarkedText markedQuestion; // the question as indexed, the matched words marked
    MarkedText snippet;        // a plain-text excerpt of the answer, the matched words marked
    QStringList matchedWords;  // the words of this entry that matched, folded to lower case
    double score = 0;          // higher is better; only comparable within one search
};

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
