// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "clinichelplines.h"

#include "system/inifile.h"
#include "system/regularfile.h"

#include <QFileInfo>
#include <optional>

namespace pr {

QList<HelpLine> ClinicHelpLines::read(const QString &settingsFile, QStringList *problems) {
    QList<HelpLine> lines;
    const QFileInfo info(settingsFile);
    if (!info.exists() && !info.isSymLink())
        return lines;
    // Read as plain text (see IniFile): never a FIFO, a device or a serialized value.
    QString why;
    const std::optional<QByteArray> bytes =
        RegularFile::read(settingsFile, IniFile::maxFileBytes, &why);
    if (!bytes) {
        problems->append(why);
        return lines;
    }
    const IniFile settings = IniFile::parse(*bytes);
    const QString prefix = QStringLiteral("help/lines/");
    bool ok = false;
    const int count = qBound(0, settings.text(prefix + QStringLiteral("size")).toInt(&ok), 100);
    for (int i = 0; ok && i < count; ++i) {
        const QString item = prefix + QString::number(i + 1) + QLatin1Char('/');
        HelpLine line;
        line.fromClinic = true;
        line.name = settings.text(item + QStringLiteral("name")).trimmed();
        line.number = settings.text(item + QStringLiteral("number")).trimmed();
        line.how = settings.text(item + QStringLiteral("how")).trimmed();
        if (line.name.isEmpty() || line.number.isEmpty()) {
            problems->append(QStringLiteral("%1: [help] lines\\%2 is left out: it needs a "
                                            "\"name\" and a \"number\"")
                                 .arg(settingsFile)
                                 .arg(i + 1));
            continue;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace pr
