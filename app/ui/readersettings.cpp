// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readersettings.h"

namespace pr {

ReaderSettings::ReaderSettings(QSettings &settings)
    : m_settings(settings) {}

qreal ReaderSettings::zoom() const {
    const qreal value = m_settings.value(QStringLiteral("view/zoom"), 1.0).toReal();
    return value >= 0.25 && value <= 5.0 ? value : 1.0;
}

void ReaderSettings::setZoom(qreal factor) {
    m_settings.setValue(QStringLiteral("view/zoom"), factor);
}

bool ReaderSettings::welcomeShown() const {
    return m_settings.value(QStringLiteral("help/welcomeShown"), false).toBool();
}

void ReaderSettings::setWelcomeShown(bool shown) {
    m_settings.setValue(QStringLiteral("help/welcomeShown"), shown);
}

QString ReaderSettings::citationStyle() const {
    return m_settings.value(QStringLiteral("view/citationStyle")).toString();
}

void ReaderSettings::setCitationStyle(const QString &styleKey) {
    m_settings.setValue(QStringLiteral("view/citationStyle"), styleKey);
}

QString ReaderSettings::language() const {
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void ReaderSettings::setLanguage(const QString &languageTag) {
    m_settings.setValue(QStringLiteral("view/language"), languageTag);
}

QByteArray ReaderSettings::windowGeometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray ReaderSettings::windowState() const {
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void ReaderSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state) {
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

} // namespace pr
