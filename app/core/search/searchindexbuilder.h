// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "searchindex.h" // complete, for the signal's pointer type

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace pr {

class Pack;

// Builds the search index of each new pack (a pack change, a language switch, a translator's
// save) on a worker thread, as QtHelp's index writer does, so that the GUI keeps turning. The
// index that is ready keeps serving searches until the next one is; a build that a newer
// build() made obsolete is cancelled, and its index, should it finish anyway, never replaces
// the newer one (a generation counter decides).
class SearchIndexBuilder : public QObject {
    Q_OBJECT

public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);
    ~SearchIndexBuilder() override; // cancels a running build and waits for it

    void build(const Pack &pack);
    // The newest index that is ready (possibly one whose build failed: it finds nothing); null
    // before the first build finished. Valid until indexChanged() is next emitted.
    const SearchIndex *current() const { return m_current.get(); }
    // A build is asked for and not yet ready.
    bool isBuilding() const { return m_readyGeneration != m_generation; }

signals:
    // The new index replaced the old one, which is destroyed after the receivers return.
    void indexChanged(const pr::SearchIndex *index);

private:
    void finished(quint64 generation, const std::shared_ptr<SearchIndex> &index);

    QThreadPool m_pool;
    std::shared_ptr<const SearchIndex> m_current;
    quint64 m_generation = 0;      // of the newest build asked for
    quint64 m_readyGeneration = 0; // of m_current
    // The newest generation, read by the workers to notice that theirs is obsolete.
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace pr
