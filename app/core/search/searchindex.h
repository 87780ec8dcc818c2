// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "searchresults.h"

#include <QString>
#include <memory>

namespace pr {

class Pack;

// Full-text search over one pack: SQLite FTS5 in a private in-memory database, built in the
// constructor (well under a second for 10,000 entries). search() takes anything a reader types
// and never fails: at worst it finds nothing. Fast enough to run on every keystroke. Create,
// use and destroy it on one thread (Qt Sql connections belong to their thread).
class SearchIndex {
public:
    explicit SearchIndex(const Pack &pack);
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
