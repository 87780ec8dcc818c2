// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pr {

class Pack;
class Vocabulary;
struct SearchLanguage;

// Fills the FTS5 table "entries" (question, answer, related) from a pack, one row per entry
// with rowid = the entry's position in the pack. The text is plain (Markdown removed) and
// HTML-escaped, so that snippet() and highlight() return safe HTML.
class IndexWriter {
public:
    static constexpr const char *kTable = "entries";
    static constexpr const char *kQuestionColumn = "question";
    // Column weights for bm25 and RankFunction: a word in the question counts ten times one in
    // the answer; "related" holds the labels of the answer's "See ..." lines.
    static constexpr double kColumnWeights[] = {10.0, 1.0, 2.0}; // question, answer, related

    static bool write(QSqlDatabase db, const Pack &pack, const SearchLanguage &language,
                      QString *error);
    // The indexed words and stems, through an fts5vocab table.
    static bool readVocabulary(QSqlDatabase db, Vocabulary *vocabulary, QString *error);

    // Plain text without control characters, HTML-escaped.
    static QString indexableText(const QString &plainText);
};

} // namespace pr
