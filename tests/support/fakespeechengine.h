// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "speech/speechengine.h"

#include <QStringList>

namespace pr::test {

// A speech engine that only records what it is asked; the test says when an utterance starts
// or ends, as a real engine would later, from its own thread.
class FakeSpeechEngine : public SpeechEngine {
    Q_OBJECT

public:
    using SpeechEngine::SpeechEngine;

    QStringList voices = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")};
    QStringList spoken; // every speak(), in order
    QString speaking;   // the utterance in progress; empty when silent
    QString language;   // the voice chosen
    double rate = 0.0;
    int stops = 0;

    bool setLanguage(const QString &languageTag) override {
        const QString primary = languageTag.section(QLatin1Char('-'), 0, 0);
        if (!voices.contains(primary)) {
            language.clear();
            return false;
        }
        language = primary;
        return true;
    }
    QString unavailableReason() const override {
        return language.isEmpty() ? QStringLiteral("no voice") : QString();
    }
    void setRate(double r) override { rate = r; }
    void speak(const QString &text) override {
        spoken.append(text);
        speaking = text;
    }
    void stop() override {
        ++stops;
        speaking.clear();
    }

    // The engine's own events.
    void listVoices(const QStringList &languages) {
        voices = languages;
        emit voicesChanged();
    }
    void startSound() { emit speakingStarted(); }
    void finishUtterance() {
        speaking.clear();
        emit utteranceFinished();
    }
    void fail() { emit failed(QStringLiteral("the engine stopped working")); }
};

} // namespace pr::test
