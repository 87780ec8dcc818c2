// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readersession.h"

#include "search/searchindexbuilder.h"

namespace pr {

ReaderSession::ReaderSession(UserStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_indexes(new SearchIndexBuilder(this)) {
    connect(m_indexes, &SearchIndexBuilder::indexChanged, this, &ReaderSession::indexReady);
}

ReaderSession::~ReaderSession() = default;

bool ReaderSession::isIndexing() const {
    return m_indexes->isBuilding();
}

void ReaderSession::setPack(const Pack &pack) {
    const bool otherPack = !m_hasPack || m_pack.manifest().id != pack.manifest().id;
    const QString oldLanguage = language();
    m_pack = pack;
    m_hasPack = true;
    if (otherPack && !m_problems.isEmpty()) {
        m_problems.clear();
        emit problemsChanged(m_problems);
    }
    // Another pack's index would offer answers this pack may not hold: searches wait for the
    // new one. A language switch or a translator's save keeps the entries, so the old one
    // serves until then.
    if (otherPack && m_index) {
        m_index = nullptr;
        emit indexChanged(nullptr);
    }
    m_indexes->build(pack);
    emit packChanged(m_pack);
    if (language() != oldLanguage)
        emit languageChanged(language());
}

void ReaderSession::setProblems(const PackProblems &problems) {
    m_problems = problems;
    emit problemsChanged(m_problems);
}

void ReaderSession::indexReady(const SearchIndex *index) {
    m_index = index;
    emit indexChanged(index);
}

} // namespace pr
