// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "speech/readingsession.h"

#include <QObject>
#include <QString>

class QAction;
class QSettings;

namespace pr {

class AnswerView;
class PageReadingBridge;
class SpeechEngine;

// "Read aloud" for the answer view: reads the question, then the answer, sentence by sentence,
// highlights the sentence being read, and stops at once when the page changes (another answer,
// another language, a kiosk reset). The voice follows the page's language; without one, the
// controls are disabled and unavailableReason() says why.
class ReadAloudController : public QObject {
    Q_OBJECT

public:
    ReadAloudController(AnswerView &view, SpeechEngine &engine, QSettings &settings,
                        QObject *parent = nullptr);
    ~ReadAloudController() override;

    // Read aloud / Pause / Resume, in one control (Ctrl+R).
    QAction *playPauseAction() const { return m_playPause; }
    QAction *stopAction() const { return m_stop; }
    ReadingSession &session() { return m_session; }
    PageReadingBridge &bridge() { return *m_bridge; }

    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_reason; }
    // The reading speed, as a step of SpeechRate; remembered.
    int rateStep() const { return m_rateStep; }
    void setRateStep(int step);

    void playPause();
    void stop() { m_session.stop(); }

signals:
    void availabilityChanged(bool available, const QString &reason);
    void statusMessage(const QString &message);

private:
    void pageLoaded(bool ok);
    void checkPage(int attempt);
    void start();
    void setAvailable(bool available, const QString &reason);
    void updateActions();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AnswerView &m_view;
    SpeechEngine &m_engine;
    QSettings &m_settings;
    ReadingSession m_session;
    PageReadingBridge *m_bridge;
    QAction *m_playPause;
    QAction *m_stop;
    bool m_available = false;
    bool m_starting = false;
    QString m_reason;
    QString m_pageLanguage;
    int m_rateStep;
};

} // namespace pr
