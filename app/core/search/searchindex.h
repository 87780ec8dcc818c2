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

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace pr
