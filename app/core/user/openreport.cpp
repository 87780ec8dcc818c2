// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "openreport.h"

#include <QDir>

namespace pr {

QString OpenReport::userMessage() const {
    QStringList parts;
    if (restoredFromBackup) {
        parts.append(tr("Your saved bookmarks file had a journal file beside it that did not "
                        "belong to it. Every file was kept as a backup at %1, and your bookmarks "
                        "were restored from it.")
                         .arg(QDir::toNativeSeparators(backupPath)));
        return parts.join(QLatin1Char(' '));
    }
    if (!backupPath.isEmpty())
        parts.append(tr("Your saved bookmarks file was damaged or could not be read by this "
                        "version of Patient Reader. It has been kept as a backup at %1.")
                         .arg(QDir::toNativeSeparators(backupPath)));
    if (outcome == Outcome::Recovered)
        parts.append(tr("Patient Reader has started a new, empty bookmarks file."));
    if (outcome == Outcome::InMemory) {
        parts.append(tr("Patient Reader cannot save to %1.").arg(QDir::toNativeSeparators(path)));
        if (loadedSavedData)
            parts.append(tr("Your saved bookmarks are shown, but changes you make now will be "
                            "lost when you close the app."));
        else
            parts.append(tr("Bookmarks you add now will be lost when you close the app."));
        parts.append(tr("To keep them, export your bookmarks to a file before closing."));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace pr
