// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>
#include <QString>

namespace pr {

// What the reading state machine needs from a text-to-speech engine: one utterance at a time.
// The real engine (Qt TextToSpeech) lives in the user interface; tests use a fake.
class SpeechEngine : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Chooses a voice for the language (a BCP 47 tag such as "es" or "ar-EG") and says whether
    // there is one. Never falls back to a voice of another language: without one, false.
    virtual bool setLanguage(const QString &languageTag) = 0;
    // Why nothing can be read (no engine installed, the engine failed, no voice for the
    // language), in words for the reader; empty when reading is possible.
    virtual QString unavailableReason() const = 0;
    // -1.0 (slowest) to 1.0 (fastest); 0 is the voice's normal speed.
    virtual void setRate(double rate) = 0;
    // Starts one utterance; speakingStarted() and utteranceFinished() follow, or failed().
    virtual void speak(const QString &text) = 0;
    // Silences the engine at once. No utteranceFinished() follows for what was cut off.
    virtual void stop() = 0;

signals:
    void speakingStarted();
    void utteranceFinished();
    void failed(const QString &reason);
    // The voices on offer are known now, or have changed: setLanguage() may answer differently.
    void voicesChanged();
};

} // namespace pr
