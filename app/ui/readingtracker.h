// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>
#include <QTimer>

namespace pr {

class AnswerView;
class UserStore;

// Remembers what the reader read and where they were: marks each opened answer as read and
// last opened, keeps each answer's scroll position, and restores it when the answer reopens.
class ReadingTracker : public QObject {
    Q_OBJECT

public:
    ReadingTracker(UserStore &store, AnswerView &view, QObject *parent = nullptr);

    void setPackId(const QString &packId) { m_packId = packId; }
    // Called when the answer entryId has finished loading.
    void answerLoaded(const QString &entryId);
    void saveNow();

signals:
    // entryId reopened part way down, where the reader left it.
    void resumedPartWay(const QString &entryId);

private:
    void positionChanged();

    UserStore &m_store;
    AnswerView &m_view;
    QString m_packId;
    QString m_entryId;
    double m_fraction = 0;
    bool m_dirty = false;
    QTimer m_saveTimer;
};

} // namespace pr
