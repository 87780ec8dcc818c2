// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "searchresults.h"

#include <QString>
#include <functional>
#include <memory>

namespace pr {

class Pack;

// Full-text search over one pack: SQLite FTS5 in a private in-memory database (opened with the
// sqlite3 API, not Qt Sql), built in the constructor (well under a second for 10,000 entries).
// The index holds plain text; hits are plain text with match ranges (MarkedText), escaped only
// where HTML is made. search() takes anything a reader types and never fails: at worst it finds
// nothing. Fast enough to run on every keystroke. It may be built on one thread and then used
// on another (SearchIndexBuilder does so), but by one thread at a time.
class SearchIndex {
public:
    // cancelled, if given, is asked now and then while the index is built; when it answers
    // true the build stops and the index is not ready.
    explicit SearchIndex(const Pack &pack, const std::function<bool()> &cancelled = {});
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    bool isReady() const;
    QString errorString() const;
    // How the text is analysed, e.g. "stemmed (Snowball en)", for diagnostics.
    QString analysisDescription() const;

    SearchResults search(const QString &typedText, int limit = 20) const;
    // Answers scoring less than this share of the best are not listed (RelevanceFilter); for
    // tuning it (docs/search.md), not for readers.
    void setRelativeFloor(double floor);

    // How one synonym group of the pack behaves in this index (for faqpack validate).
    struct SynonymGroupReview {
        int group = 0;             // 0-based position in synonyms.json
        QString firstPhrase;       // to name it
        bool leadsNowhere = false; // no entry contains any of its phrases
        QStringList unmentionedIn; // entries it matches by stem only, without one of its words
    };
    QList<SynonymGroupReview> reviewSynonyms() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace pr
