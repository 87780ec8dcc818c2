// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kioskoptions.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// Writes the kiosk settings file (faqpack kiosk-setup). The whole file is replaced atomically.
// It holds the PIN's hash (never the PIN), so no other user may read it: it is created 0600,
// and when root writes it and the group "patient-reader-kiosk" exists, it becomes
// root:patient-reader-kiosk 0640, so the kiosk's account (a member of that group) can read it
// and nobody but root can change it. See docs/kiosk.md.
class KioskSettingsWriter {
    Q_DECLARE_TR_FUNCTIONS(pr::KioskSettingsWriter)

public:
    // The group whose members (the kiosk's account) may read the file.
    static QString readerGroup() { return QStringLiteral("patient-reader-kiosk"); }

    // Returns an error message; empty when the file was written.
    static QString write(const KioskOptions &options, const QString &filePath);
};

} // namespace pr
