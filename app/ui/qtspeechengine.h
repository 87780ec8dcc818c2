// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "speech/speechengine.h"
#include "speechbackend.h"

#include <QThread>

namespace pr {

// The real speech engine: Qt TextToSpeech, through speech-dispatcher (espeak-ng voices for
// English, Spanish, Arabic and many more), with flite as a fallback for English. A language is
// read only with a voice of that language.
//
// The engines live in a speech thread (SpeechBackend), started by the first setLanguage(). Until
// they have listed their voices, setLanguage() answers false with "getting ready", and
// voicesChanged() says when to ask again; the window never waits for them.
class QtSpeechEngine : public SpeechEngine {
    Q_OBJECT

public:
    // engineOrder: the Qt TextToSpeech engines to try, first choice first.
    explicit QtSpeechEngine(QStringList engineOrder = {QStringLiteral("speechd"),
                                                       QStringLiteral("flite")},
                            QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    bool setLanguage(const QString &languageTag) override;
    QString unavailableReason() const override { return m_reason; }
    void setRate(double rate) override;
    void speak(const QString &text) override;
    void stop() override;

    // The engine and voice in use, for the log ("speechd: espeak-ng Spanish (es_ES)").
    QString description() const { return m_description; }

private:
    void onPrepared(const QList<pr::SpeechEngineOffer> &offers);
    void onStateChanged(quint64 utterance, QTextToSpeech::State state, const QString &error);

    QThread m_thread;
    SpeechBackend *m_backend;
    bool m_preparing = false;
    std::optional<QList<SpeechEngineOffer>> m_offers; // set once the engines have reported
    QString m_reason;
    QString m_description;
    double m_rate = 0.0;
    quint64 m_utterance = 0;    // the utterance of ours that is under way, or the last one
    bool m_active = false;      // ... it is under way
    bool m_sawSpeaking = false; // ... and the engine has started speaking it
};

} // namespace pr
