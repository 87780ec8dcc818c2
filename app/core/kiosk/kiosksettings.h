// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kioskoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pr {

// Reads the kiosk settings from the system-wide file that a visitor cannot change: QSettings'
// system scope, /etc/xdg/patient-reader/kiosk.conf on Debian. Every value is checked; a missing
// or wrong one falls back to its default (or the nearest allowed value), and problems() says
// what was wrong, for the log and for faqpack kiosk-setup.
class KioskSettings {
    Q_DECLARE_TR_FUNCTIONS(pr::KioskSettings)

public:
    // Where QSettings' system scope keeps "patient-reader"/"kiosk" (the file is INI).
    static QString systemFilePath();

    // Reads systemFilePath().
    KioskSettings();
    // Reads another file: tests, or a file about to be installed.
    explicit KioskSettings(const QString &filePath);

    const QString &filePath() const { return m_filePath; }
    bool fileExists() const { return m_fileExists; }
    const KioskOptions &options() const { return m_options; }
    const QStringList &problems() const { return m_problems; }

    // A language code such as "en", "es" or "pt-BR".
    static bool isLanguageCode(const QString &code);

private:
    void read();

    QString m_filePath;
    bool m_fileExists = false;
    KioskOptions m_options;
    QStringList m_problems;
};

} // namespace pr
