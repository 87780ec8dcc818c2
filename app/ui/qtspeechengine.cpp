// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "qtspeechengine.h"

#include <QLocale>

namespace pr {

QtSpeechEngine::QtSpeechEngine(QStringList engineOrder, QObject *parent)
    : SpeechEngine(parent)
    , m_backend(new SpeechBackend(std::move(engineOrder))) {
    qRegisterMetaType<QList<pr::SpeechEngineOffer>>();
    m_thread.setObjectName(QStringLiteral("speech"));
    m_backend->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_backend, &QObject::deleteLater);
    connect(m_backend, &SpeechBackend::prepared, this, &QtSpeechEngine::onPrepared);
    connect(m_backend, &SpeechBackend::voiceChosen, this,
            [this](const QString &description) { m_description = description; });
    connect(m_backend, &SpeechBackend::stateChanged, this, &QtSpeechEngine::onStateChanged);
    m_thread.start();
}

QtSpeechEngine::~QtSpeechEngine() {
    stop();
    m_thread.quit();
    m_thread.wait();
}

bool QtSpeechEngine::setLanguage(const QString &languageTag) {
    stop();
    m_description.clear();
    if (!m_offers) {
        if (!std::exchange(m_preparing, true))
            QMetaObject::invokeMethod(m_backend, &SpeechBackend::prepare);
        m_reason = tr("Read aloud is getting ready. Try again in a moment.");
        return false;
    }
    const QLocale wanted(languageTag);
    const QString languageName =
        wanted.nativeLanguageName().isEmpty() ? languageTag : wanted.nativeLanguageName();
    bool anyEngine = false;
    QString engineError;
    for (const SpeechEngineOffer &offer : std::as_const(*m_offers)) {
        if (!offer.error.isEmpty()) {
            engineError = offer.error;
            continue;
        }
        anyEngine = true;
        std::optional<QLocale> chosen;
        for (const QLocale &locale : offer.locales) {
            if (locale.language() != wanted.language())
                continue;
            if (!chosen || locale.territory() == wanted.territory())
                chosen = locale;
        }
        if (!chosen)
            continue;
        QMetaObject::invokeMethod(m_backend,
                                  [backend = m_backend, name = offer.name, locale = *chosen,
                                   rate = m_rate] { backend->select(name, locale, rate); });
        m_reason.clear();
        return true;
    }
    if (!anyEngine)
        m_reason = engineError.isEmpty()
                       ? tr("Read aloud is not available: no speech engine is installed.")
                       : tr("Read aloud is not available: the speech engine does not work "
                            "(%1).")
                             .arg(engineError);
    else
        m_reason = tr("Read aloud is not available: no %1 voice is installed.").arg(languageName);
    return false;
}

void QtSpeechEngine::onPrepared(const QList<SpeechEngineOffer> &offers) {
    m_offers = offers;
    m_preparing = false;
    emit voicesChanged();
}

void QtSpeechEngine::setRate(double rate) {
    m_rate = rate;
    QMetaObject::invokeMethod(m_backend, [backend = m_backend, rate] { backend->setRate(rate); });
}

void QtSpeechEngine::speak(const QString &text) {
    if (!m_reason.isEmpty() || !m_offers) {
        emit failed(m_reason);
        return;
    }
    m_active = true;
    m_sawSpeaking = false;
    QMetaObject::invokeMethod(
        m_backend, [backend = m_backend, id = ++m_utterance, text] { backend->speak(id, text); });
}

void QtSpeechEngine::stop() {
    const bool wasActive = std::exchange(m_active, false);
    m_sawSpeaking = false;
    if (wasActive)
        QMetaObject::invokeMethod(m_backend, &SpeechBackend::stop);
}

void QtSpeechEngine::onStateChanged(quint64 utterance, QTextToSpeech::State state,
                                    const QString &error) {
    if (!m_active || utterance != m_utterance)
        return; // what follows a stop() is not ours
    switch (state) {
    case QTextToSpeech::Speaking:
        if (!std::exchange(m_sawSpeaking, true))
            emit speakingStarted();
        break;
    case QTextToSpeech::Ready:
        if (m_sawSpeaking) {
            m_active = false;
            emit utteranceFinished();
        }
        break;
    case QTextToSpeech::Error:
        m_active = false;
        emit failed(tr("The speech engine stopped working (%1).").arg(error));
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

} // namespace pr
