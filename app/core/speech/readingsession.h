// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "readingtext.h"

#include <QObject>

namespace pr {

class SpeechEngine;

// The read-aloud state machine: reads a ReadingText sentence by sentence through a SpeechEngine.
//
//   Idle --start--> Reading --pause--> Paused --resume--> Reading
//   Reading/Paused --stop (or navigation, language switch, kiosk reset)--> Idle
//   Reading --last sentence finished--> Idle (finished())
//
// Pausing silences the engine; resuming reads the paused sentence again from its start, which
// every engine can do and which is easier to follow than a word cut in half.
class ReadingSession : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Reading, Paused };
    Q_ENUM(State)

    explicit ReadingSession(SpeechEngine &engine, QObject *parent = nullptr);

    State state() const { return m_state; }
    // The sentence being read (or paused at); -1 when idle.
    int currentSentence() const { return m_state == State::Idle ? -1 : m_index; }
    const ReadingText &text() const { return m_text; }

    // Reads text from sentence `from`; false (and nothing happens) if the engine has no voice
    // for the text's language or the text is empty.
    bool start(const ReadingText &text, int from = 0);
    void pause();
    void resume();
    // Play/pause in one control: starts nothing (no text), pauses or resumes.
    void togglePause();
    void stop();
    void next();
    void previous();

signals:
    void stateChanged(pr::ReadingSession::State state);
    // The sentence now being read: highlight it.
    void sentenceStarted(int index);
    // The engine made its first sound for the sentence.
    void speakingStarted(int index);
    // The last sentence was read to its end.
    void finished();
    // The engine failed; reading stopped. reason is for the reader.
    void failed(const QString &reason);

private:
    void setState(State state);
    void speakCurrent();
    void onUtteranceFinished();

    SpeechEngine &m_engine;
    ReadingText m_text;
    State m_state = State::Idle;
    int m_index = 0;
};

} // namespace pr
