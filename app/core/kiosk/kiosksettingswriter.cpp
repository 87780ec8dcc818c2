// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosksettingswriter.h"

#include "kiosksettingskeys.h"
#include "pinhash.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace pr {

QString KioskSettingsWriter::write(const KioskOptions &options, const QString &filePath) {
    if (!options.pinHash.isEmpty() && !PinHash::isWellFormed(options.pinHash))
        return tr("The admin PIN hash is not valid; nothing was written.");
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1.").arg(folder);

    QSettings settings(filePath, QSettings::IniFormat);
    // Only the kiosk's own groups are rewritten: the clinic's help lines ([help]) stay.
    for (const char *group : {"kiosk", "language", "printing", "reading"})
        settings.remove(QLatin1String(group));
    settings.setValue(kioskkeys::enabled(), options.enabled);
    settings.setValue(kioskkeys::idleTimeoutSeconds(), options.idleTimeoutSeconds);
    settings.setValue(kioskkeys::countdownSeconds(), options.countdownSeconds);
    settings.setValue(kioskkeys::adminPinHash(), options.pinHash);
    settings.setValue(kioskkeys::attractText(), options.attractText);
    settings.setValue(kioskkeys::language(), options.language);
    settings.setValue(kioskkeys::allowedLanguages(), options.allowedLanguages);
    settings.setValue(kioskkeys::printingAllowed(), options.printingAllowed);
    settings.setValue(kioskkeys::printerName(), options.printerName);
    settings.setValue(kioskkeys::requireSignedContent(), options.requireSignedContent);
    settings.setValue(kioskkeys::readAloudAllowed(), options.readAloudAllowed);
    settings.setValue(kioskkeys::theme(), options.theme);
    settings.setValue(kioskkeys::readingFont(), options.readingFont);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return tr("Cannot write %1 (are you root?).").arg(filePath);
    if (!QFile::setPermissions(filePath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                             QFile::ReadOther))
        return tr("Wrote %1 but cannot make it read-only for others.").arg(filePath);
    return {};
}

} // namespace pr
