// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <functional>

namespace pr {

class Pack;
class SqliteDatabase;
class Vocabulary;
struct SearchLanguage;

// Fills the FTS5 table "entries" (question, answer, related) from a pack, one row per entry
// with rowid = the entry's position in the pack. The text is plain (Markdown removed, nothing
// escaped): whoever shows it as HTML escapes it there.
class IndexWriter {
public:
    static constexpr const char *kTable = "entries";
    static constexpr const char *kQuestionColumn = "question";
    // Column weights for bm25 and RankFunction: a word in the question counts ten times one in
    // the answer; "related" holds the labels of the answer's "See ..." lines.
    static constexpr double kColumnWeights[] = {10.0, 1.0, 2.0}; // question, answer, related

    // cancelled, if given, is asked every few hundred entries; true stops the writing.
    static bool write(SqliteDatabase &db, const Pack &pack, const SearchLanguage &language,
                      QString *error, const std::function<bool()> &cancelled = {});
    // The indexed words and stems, through an fts5vocab table.
    static bool readVocabulary(SqliteDatabase &db, Vocabulary *vocabulary, QString *error);

    // Plain text without control characters (which highlight() uses as match delimiters).
    static QString indexableText(const QString &plainText);
};

} // namespace pr
