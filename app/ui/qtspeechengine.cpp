// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "qtspeechengine.h"

#include <QLocale>
#include <QVoice>

namespace pr {

QtSpeechEngine::QtSpeechEngine(QStringList engineOrder, QObject *parent)
    : SpeechEngine(parent)
    , m_order(std::move(engineOrder)) {}

QTextToSpeech *QtSpeechEngine::engine(const QString &name) {
    if (m_engines.contains(name))
        return m_engines.value(name);
    QTextToSpeech *tts = nullptr;
    if (QTextToSpeech::availableEngines().contains(name)) {
        tts = new QTextToSpeech(name, this);
        connect(tts, &QTextToSpeech::stateChanged, this, [this, tts](QTextToSpeech::State state) {
            if (tts == m_current)
                onStateChanged(state);
        });
    }
    m_engines.insert(name, tts);
    return tts;
}

bool QtSpeechEngine::setLanguage(const QString &languageTag) {
    stop();
    m_current = nullptr;
    const QLocale wanted(languageTag);
    const QString languageName =
        wanted.nativeLanguageName().isEmpty() ? languageTag : wanted.nativeLanguageName();
    bool anyEngine = false;
    QString engineError;
    for (const QString &name : std::as_const(m_order)) {
        QTextToSpeech *tts = engine(name);
        if (!tts)
            continue;
        if (tts->state() == QTextToSpeech::Error) {
            engineError = tts->errorString();
            continue;
        }
        anyEngine = true;
        const QList<QLocale> locales = tts->availableLocales();
        std::optional<QLocale> chosen;
        for (const QLocale &locale : locales) {
            if (locale.language() != wanted.language())
                continue;
            if (!chosen || locale.territory() == wanted.territory())
                chosen = locale;
        }
        if (!chosen)
            continue;
        tts->setLocale(*chosen);
        if (tts->locale().language() != wanted.language())
            continue; // the engine kept another language's voice: never read with it
        tts->setRate(m_rate);
        m_current = tts;
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

void QtSpeechEngine::setRate(double rate) {
    m_rate = rate;
    if (m_current)
        m_current->setRate(rate);
}

void QtSpeechEngine::speak(const QString &text) {
    if (!m_current) {
        emit failed(m_reason);
        return;
    }
    m_active = true;
    m_sawSpeaking = false;
    m_current->say(text);
}

void QtSpeechEngine::stop() {
    m_active = false;
    m_sawSpeaking = false;
    if (m_current && m_current->state() != QTextToSpeech::Ready)
        m_current->stop();
}

QString QtSpeechEngine::description() const {
    if (!m_current)
        return {};
    return m_current->engine() + QStringLiteral(": ") + m_current->voice().name() +
           QStringLiteral(" (") + m_current->locale().name() + QStringLiteral(")");
}

void QtSpeechEngine::onStateChanged(QTextToSpeech::State state) {
    if (!m_active)
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
        emit failed(tr("The speech engine stopped working (%1).").arg(m_current->errorString()));
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

} // namespace pr
