// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "clinichelplines.h"

#include <QFileInfo>
#include <QSettings>

namespace pr {

QList<HelpLine> ClinicHelpLines::read(const QString &settingsFile, QStringList *problems) {
    QList<HelpLine> lines;
    if (!QFileInfo::exists(settingsFile))
        return lines;
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("help"));
    const int count = settings.beginReadArray(QStringLiteral("lines"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        HelpLine line;
        line.fromClinic = true;
        line.name = settings.value(QStringLiteral("name")).toString().trimmed();
        line.number = settings.value(QStringLiteral("number")).toString().trimmed();
        line.how = settings.value(QStringLiteral("how")).toString().trimmed();
        if (line.name.isEmpty() || line.number.isEmpty()) {
            problems->append(QStringLiteral("%1: [help] lines\\%2 is left out: it needs a "
                                            "\"name\" and a \"number\"")
                                 .arg(settingsFile)
                                 .arg(i + 1));
            continue;
        }
        lines.append(line);
    }
    settings.endArray();
    settings.endGroup();
    return lines;
}

} // namespace pr
