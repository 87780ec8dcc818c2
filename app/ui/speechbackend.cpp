// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "speechbackend.h"

#include <QVoice>

namespace pr {

SpeechBackend::SpeechBackend(QStringList engineOrder, QObject *parent)
    : QObject(parent)
    , m_order(std::move(engineOrder)) {}

void SpeechBackend::prepare() {
    QList<SpeechEngineOffer> offers;
    const QStringList installed = QTextToSpeech::availableEngines();
    for (const QString &name : std::as_const(m_order)) {
        if (!installed.contains(name))
            continue;
        auto *tts = new QTextToSpeech(name, this);
        connect(tts, &QTextToSpeech::stateChanged, this, [this, tts](QTextToSpeech::State state) {
            if (tts == m_current)
                emit stateChanged(m_utterance, state,
                                  state == QTextToSpeech::Error ? tts->errorString() : QString());
        });
        m_engines.insert(name, tts);
        SpeechEngineOffer offer{name, {}, {}};
        if (tts->state() == QTextToSpeech::Error)
            offer.error = tts->errorString();
        else
            offer.locales = tts->availableLocales();
        offers.append(offer);
    }
    emit prepared(offers);
}

void SpeechBackend::select(const QString &engineName, const QLocale &locale, double rate) {
    stop();
    m_current = m_engines.value(engineName);
    if (!m_current)
        return;
    m_current->setLocale(locale);
    m_current->setRate(rate);
    if (m_current->locale().language() != locale.language()) {
        m_current = nullptr; // the engine kept another language's voice: never read with it
        emit voiceChosen({});
        return;
    }
    emit voiceChosen(m_current->engine() + QStringLiteral(": ") + m_current->voice().name() +
                     QStringLiteral(" (") + m_current->locale().name() + QStringLiteral(")"));
}

void SpeechBackend::setRate(double rate) {
    if (m_current)
        m_current->setRate(rate);
}

void SpeechBackend::speak(quint64 utterance, const QString &text) {
    m_utterance = utterance;
    if (!m_current) {
        emit stateChanged(utterance, QTextToSpeech::Error, tr("No voice is chosen."));
        return;
    }
    m_current->say(text);
}

void SpeechBackend::stop() {
    if (m_current && m_current->state() != QTextToSpeech::Ready)
        m_current->stop();
}

} // namespace pr
