// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readaloudcontroller.h"

#include "answerpage.h"
#include "answerview.h"
#include "pagereadingbridge.h"
#include "speech/speechengine.h"
#include "speech/speechrate.h"
#include "web/pageserver.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QStyle>
#include <QTimer>

namespace pr {
namespace {

const QString kRateKey = QStringLiteral("readAloud/rate");

} // namespace

ReadAloudController::ReadAloudController(AnswerView &view, SpeechEngine &engine,
                                         QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_engine(engine)
    , m_settings(settings)
    , m_session(engine)
    , m_bridge(new PageReadingBridge(*view.answerPage(), this))
    , m_playPause(new QAction(this))
    , m_stop(new QAction(this))
    , m_rateStep(SpeechRate::stepOf(settings.value(kRateKey, 0.0).toDouble())) {
    m_playPause->setObjectName(QStringLiteral("readAloud"));
    m_playPause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stop->setObjectName(QStringLiteral("stopReading"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_playPause, &QAction::triggered, this, &ReadAloudController::playPause);
    connect(m_stop, &QAction::triggered, this, &ReadAloudController::stop);
    m_engine.setRate(SpeechRate::steps().at(m_rateStep));

    connect(&m_session, &ReadingSession::stateChanged, this, [this](ReadingSession::State s) {
        if (s == ReadingSession::State::Idle)
            m_bridge->clearHighlight();
        updateActions();
    });
    connect(&m_session, &ReadingSession::sentenceStarted, this,
            [this](int index) { m_bridge->highlight(m_session.text().sentences().at(index)); });
    connect(&m_session, &ReadingSession::failed, this,
            [this](const QString &reason) { emit statusMessage(reason); });
    // Another page (another answer, language or a kiosk reset) stops reading at once.
    connect(&m_view, &QWebEngineView::loadStarted, this, [this] {
        m_session.stop();
        m_pageLanguage.clear();
        updateActions();
    });
    connect(&m_view, &QWebEngineView::loadFinished, this, &ReadAloudController::pageLoaded);
    // The voices are listed in the background the first time an answer is shown.
    connect(&m_engine, &SpeechEngine::voicesChanged, this, [this] {
        if (m_session.state() == ReadingSession::State::Idle)
            checkPage(0);
    });
    qApp->installEventFilter(this);
    retranslate();
    updateActions();
}

ReadAloudController::~ReadAloudController() {
    qApp->removeEventFilter(this);
    m_session.stop();
}

void ReadAloudController::setRateStep(int step) {
    step = qBound(0, step, int(SpeechRate::steps().size()) - 1);
    m_rateStep = step;
    m_settings.setValue(kRateKey, SpeechRate::steps().at(step));
    m_engine.setRate(SpeechRate::steps().at(step));
}

void ReadAloudController::pageLoaded(bool ok) {
    if (ok)
        checkPage(0);
}

void ReadAloudController::checkPage(int attempt) {
    const QUrl url = m_view.url();
    m_bridge->readText([this, url, attempt](const PageReadingBridge::PageText &text) {
        if (m_view.url() != url)
            return; // a newer page reports for itself
        if (!text.isAnswer && !PageServer::entryIdOf(url).isEmpty() && attempt < 10) {
            // An answer's address, but its text was not there yet (a load overtaken by another).
            QTimer::singleShot(300, this, [this, attempt] { checkPage(attempt + 1); });
            return;
        }
        if (!text.isAnswer) {
            m_pageLanguage.clear();
            setAvailable(false, tr("Open an answer to read it aloud."));
            return;
        }
        m_pageLanguage = text.language;
        if (m_engine.setLanguage(text.language))
            setAvailable(true, {});
        else
            setAvailable(false, m_engine.unavailableReason());
    });
}

void ReadAloudController::playPause() {
    if (m_session.state() != ReadingSession::State::Idle) {
        m_session.togglePause();
        return;
    }
    if (m_available && !m_starting)
        start();
}

void ReadAloudController::start() {
    m_starting = true;
    const QUrl url = m_view.url();
    m_bridge->readText([this, url](const PageReadingBridge::PageText &text) {
        m_starting = false;
        if (m_view.url() != url || !text.isAnswer)
            return; // the page changed meanwhile
        const ReadingText reading = ReadingText::fromBlocks(text.blocks, text.language);
        if (!m_session.start(reading)) {
            setAvailable(false, m_engine.unavailableReason());
            emit statusMessage(m_reason);
        }
    });
}

void ReadAloudController::setAvailable(bool available, const QString &reason) {
    const bool changed = available != m_available || reason != m_reason;
    m_available = available;
    m_reason = reason;
    updateActions();
    if (changed)
        emit availabilityChanged(available, reason);
}

void ReadAloudController::updateActions() {
    const ReadingSession::State state = m_session.state();
    QStyle *style = QApplication::style();
    switch (state) {
    case ReadingSession::State::Idle:
        m_playPause->setText(tr("&Read aloud"));
        m_playPause->setToolTip(m_available ? tr("Read this answer aloud (Ctrl+R)") : m_reason);
        m_playPause->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
        break;
    case ReadingSession::State::Reading:
        m_playPause->setText(tr("&Pause reading"));
        m_playPause->setToolTip(tr("Pause reading (Ctrl+R)"));
        m_playPause->setIcon(style->standardIcon(QStyle::SP_MediaPause));
        break;
    case ReadingSession::State::Paused:
        m_playPause->setText(tr("&Resume reading"));
        m_playPause->setToolTip(tr("Go on reading from this sentence (Ctrl+R)"));
        m_playPause->setIcon(style->standardIcon(QStyle::SP_MediaPlay));
        break;
    }
    m_playPause->setEnabled(state != ReadingSession::State::Idle || m_available);
    m_stop->setEnabled(state != ReadingSession::State::Idle);
}

void ReadAloudController::retranslate() {
    m_stop->setText(tr("&Stop reading"));
    m_stop->setToolTip(tr("Stop reading aloud (Ctrl+Shift+R)"));
    m_stop->setIcon(QApplication::style()->standardIcon(QStyle::SP_MediaStop));
    updateActions(); // the reason follows with the page, which a language switch reloads
}

bool ReadAloudController::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::LanguageChange && watched == qApp)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace pr
