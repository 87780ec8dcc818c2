// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kioskoptions.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// Writes the kiosk settings file (faqpack kiosk-setup). The whole file is replaced, readable by
// everyone and writable by its owner only (0644), so that the kiosk user can read it and a
// visitor cannot change it. It holds the PIN's hash, never the PIN.
class KioskSettingsWriter {
    Q_DECLARE_TR_FUNCTIONS(pr::KioskSettingsWriter)

public:
    // Returns an error message; empty when the file was written.
    static QString write(const KioskOptions &options, const QString &filePath);
};

} // namespace pr
