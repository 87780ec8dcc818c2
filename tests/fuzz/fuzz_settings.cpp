// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// The kiosk settings file (KioskSettings), an INI file read through QSettings.

#include "fuzzinput.h"
#include "kiosk/kiosksettings.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    folder = new QTemporaryDir();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString path = folder->filePath(QStringLiteral("kiosk.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(pr::fuzz::bytes(data, size));
    file.close();
    const pr::KioskSettings settings(path);
    (void)settings.problems();
    return 0;
}
