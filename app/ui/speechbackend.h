// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QHash>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QTextToSpeech>

namespace pr {

// What one Qt TextToSpeech engine offers, as the speech thread found it.
struct SpeechEngineOffer {
    QString name;
    QString error; // why the engine does not work; empty when it does
    QList<QLocale> locales;
};

// The Qt TextToSpeech engines, in the speech thread. Creating one is slow (speech-dispatcher
// lists every espeak-ng voice variant, about 13,000, taking seconds), so it never happens on the
// GUI thread. Every call arrives queued from QtSpeechEngine; every answer leaves as a signal.
class SpeechBackend : public QObject {
    Q_OBJECT

public:
    explicit SpeechBackend(QStringList engineOrder, QObject *parent = nullptr);

    void prepare();
    void select(const QString &engineName, const QLocale &locale, double rate);
    void setRate(double rate);
    void speak(quint64 utterance, const QString &text);
    void stop();

signals:
    void prepared(const QList<pr::SpeechEngineOffer> &offers);
    void voiceChosen(const QString &description);
    void stateChanged(quint64 utterance, QTextToSpeech::State state, const QString &error);

private:
    QStringList m_order;
    QHash<QString, QTextToSpeech *> m_engines;
    QTextToSpeech *m_current = nullptr;
    quint64 m_utterance = 0;
};

} // namespace pr

Q_DECLARE_METATYPE(pr::SpeechEngineOffer)
