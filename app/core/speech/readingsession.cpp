// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readingsession.h"

#include "speechengine.h"

namespace pr {

ReadingSession::ReadingSession(SpeechEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine) {
    connect(&m_engine, &SpeechEngine::utteranceFinished, this,
            &ReadingSession::onUtteranceFinished);
    connect(&m_engine, &SpeechEngine::speakingStarted, this, [this] {
        if (m_state == State::Reading)
            emit speakingStarted(m_index);
    });
    connect(&m_engine, &SpeechEngine::failed, this, [this](const QString &reason) {
        if (m_state == State::Idle)
            return;
        m_engine.stop();
        setState(State::Idle);
        emit failed(reason);
    });
}

bool ReadingSession::start(const ReadingText &text, int from) {
    stop();
    if (text.isEmpty() || from < 0 || from >= text.size())
        return false;
    if (!m_engine.setLanguage(text.language()))
        return false;
    m_text = text;
    m_index = from;
    setState(State::Reading);
    speakCurrent();
    return true;
}

void ReadingSession::pause() {
    if (m_state != State::Reading)
        return;
    m_engine.stop();
    setState(State::Paused);
}

void ReadingSession::resume() {
    if (m_state != State::Paused)
        return;
    setState(State::Reading);
    speakCurrent();
}

void ReadingSession::togglePause() {
    if (m_state == State::Reading)
        pause();
    else if (m_state == State::Paused)
        resume();
}

void ReadingSession::stop() {
    if (m_state == State::Idle)
        return;
    m_engine.stop();
    setState(State::Idle);
}

void ReadingSession::next() {
    if (m_state == State::Idle)
        return;
    if (m_index + 1 >= m_text.size()) {
        stop();
        return;
    }
    m_engine.stop();
    ++m_index;
    if (m_state == State::Reading)
        speakCurrent();
    else
        emit sentenceStarted(m_index);
}

void ReadingSession::previous() {
    if (m_state == State::Idle)
        return;
    m_engine.stop();
    m_index = qMax(0, m_index - 1);
    if (m_state == State::Reading)
        speakCurrent();
    else
        emit sentenceStarted(m_index);
}

void ReadingSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ReadingSession::speakCurrent() {
    emit sentenceStarted(m_index);
    m_engine.speak(m_text.sentences().at(m_index).text);
}

void ReadingSession::onUtteranceFinished() {
    if (m_state != State::Reading)
        return;
    if (m_index + 1 >= m_text.size()) {
        setState(State::Idle);
        emit finished();
        return;
    }
    ++m_index;
    speakCurrent();
}

} // namespace pr
