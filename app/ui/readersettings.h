// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace pr {

// The reader's remembered choices (window layout, text size, theme). Backed by a QSettings the
// caller provides, so tests and kiosks can use their own.
class ReaderSettings {
public:
    explicit ReaderSettings(QSettings &settings);

    qreal zoom() const;
    void setZoom(qreal factor);
    // The first-start card was shown once (Help shows it again).
    bool welcomeShown() const;
    void setWelcomeShown(bool shown);
    QString citationStyle() const;
    void setCitationStyle(const QString &styleKey);
    QString language() const;
    void setLanguage(const QString &languageTag);
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    // The settings themselves, for the reading-comfort and read-aloud choices.
    QSettings &store() const { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace pr
