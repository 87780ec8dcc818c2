// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packproblem.h"
#include "search/searchindex.h" // complete, for the signal's pointer type

#include <QObject>

namespace pr {

class SearchIndexBuilder;
class UserStore;

// The one owner of what a reader is reading: the pack in use (a content pack or its
// translation), its language, its search index and the reader's store of bookmarks and notes.
// Panels, the page server and the window follow its signals; nobody else keeps a copy of the
// pack to hand on. QtCore only, so it is tested without a screen.
class ReaderSession : public QObject {
    Q_OBJECT

public:
    explicit ReaderSession(UserStore &store, QObject *parent = nullptr);
    ~ReaderSession() override; // cancels an index build and waits for it

    const Pack &pack() const { return m_pack; }
    bool hasPack() const { return m_hasPack; }
    // The language of the pack in use (a BCP 47 tag); empty before the first pack.
    QString language() const { return m_pack.manifest().language; }
    UserStore &store() const { return m_store; }

    // The index that answers searches for the pack in use: while the next one is built (a
    // language switch, a translator's save) the last one keeps serving; after a change to
    // another pack it is null until that pack's index is ready, so that no answer of the other
    // pack is offered. Valid until indexChanged() is next emitted.
    const SearchIndex *index() const { return m_index; }
    bool isIndexing() const;

    // What was found wrong with the content pack in use when it was read (warnings, or why
    // another pack was refused and this one opened instead); empty when nothing. A language
    // switch keeps them; another pack clears them.
    const PackProblems &problems() const { return m_problems; }

    // Makes pack the one in use: packChanged() once, languageChanged() when its language
    // differs, and its index is built off the GUI thread (an older build still running is
    // cancelled).
    void setPack(const Pack &pack);
    void setProblems(const PackProblems &problems);

signals:
    void packChanged(const pr::Pack &pack);
    void languageChanged(const QString &language);
    // The index that answers searches now (null: none yet for this pack).
    void indexChanged(const pr::SearchIndex *index);
    void problemsChanged(const pr::PackProblems &problems);

private:
    void indexReady(const SearchIndex *index);

    UserStore &m_store;
    Pack m_pack;
    bool m_hasPack = false;
    PackProblems m_problems;
    SearchIndexBuilder *m_indexes;
    const SearchIndex *m_index = nullptr;
};

} // namespace pr
