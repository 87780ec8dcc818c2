// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "speech/speechengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextToSpeech>

namespace pr {

// The real speech engine: Qt TextToSpeech, through speech-dispatcher (espeak-ng voices for
// English, Spanish, Arabic and many more), with flite as a fallback for English. A language is
// read only with a voice of that language.
class QtSpeechEngine : public SpeechEngine {
    Q_OBJECT

public:
    // engineOrder: the Qt TextToSpeech engines to try, first choice first.
    explicit QtSpeechEngine(QStringList engineOrder = {QStringLiteral("speechd"),
                                                       QStringLiteral("flite")},
                            QObject *parent = nullptr);

    bool setLanguage(const QString &languageTag) override;
    QString unavailableReason() const override { return m_reason; }
    void setRate(double rate) override;
    void speak(const QString &text) override;
    void stop() override;

    // The engine and voice in use, for the log ("speechd: espeak-ng Spanish").
    QString description() const;

private:
    QTextToSpeech *engine(const QString &name);
    void onStateChanged(QTextToSpeech::State state);

    QStringList m_order;
    QHash<QString, QTextToSpeech *> m_engines;
    QTextToSpeech *m_current = nullptr;
    QString m_reason;
    double m_rate = 0.0;
    bool m_active = false;      // an utterance of ours is under way
    bool m_sawSpeaking = false; // ... and the engine has started speaking it
};

} // namespace pr
