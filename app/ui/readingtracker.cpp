// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readingtracker.h"

#include "answerview.h"
#include "user/userstore.h"

#include <QWebEngineScript>

namespace pr {

ReadingTracker::ReadingTracker(UserStore &store, AnswerView &view, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_view(view) {
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReadingTracker::saveNow);
    connect(m_view.page(), &QWebEnginePage::scrollPositionChanged, this,
            &ReadingTracker::positionChanged);
}

void ReadingTracker::positionChanged() {
    if (m_entryId.isEmpty())
        return;
    const qreal height = m_view.page()->contentsSize().height();
    // A fraction of the page survives a change of text size better than pixels.
    m_fraction = height > 0 ? qBound(0.0, m_view.page()->scrollPosition().y() / height, 1.0) : 0;
    m_dirty = true;
    m_saveTimer.start();
}

void ReadingTracker::saveNow() {
    if (!m_dirty || m_entryId.isEmpty())
        return;
    m_store.setScrollPosition({m_packId, m_entryId}, m_fraction);
    m_dirty = false;
}

void ReadingTracker::answerLoaded(const QString &entryId) {
    saveNow();
    m_entryId = entryId;
    m_fraction = 0;
    if (entryId.isEmpty())
        return;
    const EntryKey key{m_packId, entryId};
    m_store.markRead(key);
    m_store.setLastOpened(key);
    const std::optional<double> saved = m_store.scrollPosition(key);
    if (saved && *saved > 0) {
        // Page scripts are off; the application's own script world still runs.
        m_view.page()->runJavaScript(
            QStringLiteral("window.scrollTo(0, %1 * document.documentElement.scrollHeight);")
                .arg(*saved),
            QWebEngineScript::ApplicationWorld);
        m_fraction = *saved;
        emit resumedPartWay(entryId);
    }
}

} // namespace pr
