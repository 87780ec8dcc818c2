// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosksettingswriter.h"

#include "kiosksettingskeys.h"
#include "pinhash.h"
#include "system/inifile.h"
#include "system/regularfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <grp.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace pr {

QString KioskSettingsWriter::write(const KioskOptions &options, const QString &filePath) {
    if (!options.pinHash.isEmpty() && !PinHash::isWellFormed(options.pinHash))
        return tr("The admin PIN hash is not valid; nothing was written.");
    const QString folder = QFileInfo(filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder %1.").arg(folder);

    // The file is read as plain text (see IniFile): the clinic's help lines ([help]) and any
    // other group stay; the kiosk's own groups are rewritten.
    QSettings::SettingsMap values;
    const QFileInfo existing(filePath);
    if (existing.exists() || existing.isSymLink()) {
        QString why;
        const std::optional<QByteArray> bytes =
            RegularFile::read(filePath, IniFile::maxFileBytes, &why);
        if (!bytes)
            return tr("%1; nothing was written.").arg(why);
        values = IniFile::parse(*bytes).values();
    }
    for (auto it = values.begin(); it != values.end();) {
        const QString group = it.key().section(QLatin1Char('/'), 0, 0);
        if (group == QLatin1String("kiosk") || group == QLatin1String("language") ||
            group == QLatin1String("printing") || group == QLatin1String("reading"))
            it = values.erase(it);
        else
            ++it;
    }
    values.insert(kioskkeys::enabled(), options.enabled);
    values.insert(kioskkeys::idleTimeoutSeconds(), options.idleTimeoutSeconds);
    values.insert(kioskkeys::countdownSeconds(), options.countdownSeconds);
    values.insert(kioskkeys::adminPinHash(), options.pinHash);
    values.insert(kioskkeys::attractText(), options.attractText);
    values.insert(kioskkeys::language(), options.language);
    values.insert(kioskkeys::allowedLanguages(), options.allowedLanguages);
    values.insert(kioskkeys::printingAllowed(), options.printingAllowed);
    values.insert(kioskkeys::printerName(), options.printerName);
    values.insert(kioskkeys::requireSignedContent(), options.requireSignedContent);
    values.insert(kioskkeys::readAloudAllowed(), options.readAloudAllowed);
    values.insert(kioskkeys::theme(), options.theme);
    values.insert(kioskkeys::readingFont(), options.readingFont);
    const QByteArray bytes = IniFile::serialize(values);

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1 (are you root?): %2").arg(filePath, file.errorString());
    // Private before a byte is written; then, as root, readable by the kiosk's group.
    const int fd = file.handle();
    bool permissionsSet = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    if (permissionsSet && ::geteuid() == 0) {
        const QByteArray groupName = readerGroup().toLocal8Bit();
        if (const struct group *g = ::getgrnam(groupName.constData())) {
            permissionsSet =
                ::fchown(fd, 0, g->gr_gid) == 0 && ::fchmod(fd, S_IRUSR | S_IWUSR | S_IRGRP) == 0;
        }
    }
    if (!permissionsSet) {
        file.cancelWriting();
        return tr("Cannot make %1 private; nothing was written.").arg(filePath);
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1 (are you root?): %2").arg(filePath, file.errorString());
    return {};
}

} // namespace pr
