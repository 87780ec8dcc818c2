// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "searchindexbuilder.h"

#include "content/pack.h"
#include "searchindex.h"

namespace pr {

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0)) {
    // One build at a time: an obsolete one gives way at its next check (IndexWriter).
    m_pool.setMaxThreadCount(1);
}

SearchIndexBuilder::~SearchIndexBuilder() {
    m_latest->store(m_generation + 1); // no build is the newest any more
    m_pool.clear();
    m_pool.waitForDone();
}

void SearchIndexBuilder::build(const Pack &pack) {
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pool.clear(); // builds not yet started are obsolete
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    m_pool.start([this, pack, generation, latest] {
        const auto obsolete = [&] { return latest->load() != generation; };
        if (obsolete())
            return;
        auto index = std::make_shared<SearchIndex>(pack, obsolete);
        // The builder outlives this job (its destructor waits), and a call queued to it is
        // dropped if it is destroyed first.
        QMetaObject::invokeMethod(
            this, [this, generation, index] { finished(generation, index); }, Qt::QueuedConnection);
    });
}

void SearchIndexBuilder::finished(quint64 generation, const std::shared_ptr<SearchIndex> &index) {
    if (generation != m_generation)
        return; // a newer build was asked for: this index must not replace it
    const std::shared_ptr<const SearchIndex> old = std::exchange(m_current, index);
    m_readyGeneration = generation;
    emit indexChanged(m_current.get());
    // old is destroyed here, after the receivers have let go of it.
}

} // namespace pr
