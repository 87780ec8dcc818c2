// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackbuilder.h"

#include "system/regularfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pr {
namespace {

bool addFile(const PackFiles &files, const QString &name, PackFileMap *map) {
    const std::optional<QByteArray> bytes = files.readBytes(name);
    if (bytes)
        map->insert(name, *bytes);
    return bytes.has_value();
}

} // namespace

std::optional<PackFileMap> LanguagePackBuilder::collect(const QString &folder,
                                                        const QString &interfaceFile,
                                                        PackProblems *problems,
                                                        const PackReader::Limits &limits) {
    PackProblems found;
    const PackFiles files(folder, limits.maxFileBytes, &found);
    const auto failed = [&] {
        problems->append(found);
        return hasErrors(found);
    };
    PackFileMap map;
    const QString manifestFile = QStringLiteral("manifest.json");
    const QString entriesFile = QStringLiteral("entries.json");
    if (!addFile(files, manifestFile, &map) || !addFile(files, entriesFile, &map)) {
        failed();
        return std::nullopt;
    }

    const QJsonArray entries = files.readJson(entriesFile)
                                   .value_or(QJsonDocument())
                                   .object()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    for (const QJsonValue &entry : entries) {
        const QString answer = entry.toObject().value(QLatin1String("answer")).toString();
        // An unsafe or missing path is left for the validation to report with its line.
        if (PackFiles::isSafeRelativePath(answer) && files.exists(answer))
            addFile(files, answer, &map);
    }
    for (const QString &optional : {QStringLiteral("synonyms.json"), QStringLiteral("help.json")}) {
        if (files.exists(optional))
            addFile(files, optional, &map);
    }

    const QString interfaceName = files.readJson(manifestFile)
                                      .value_or(QJsonDocument())
                                      .object()
                                      .value(QLatin1String("interface"))
                                      .toString();
    if (PackFiles::isSafeRelativePath(interfaceName)) {
        if (!interfaceFile.isEmpty()) {
            QString why;
            const std::optional<QByteArray> bytes =
                RegularFile::read(interfaceFile, limits.maxFileBytes, &why);
            if (!bytes) {
                files.error(interfaceName, 0, QStringLiteral("cannot read ") + why);
                failed();
                return std::nullopt;
            }
            map.insert(interfaceName, *bytes);
        } else if (files.exists(interfaceName)) {
            addFile(files, interfaceName, &map);
        }
    }
    if (failed())
        return std::nullopt;
    return map;
}

} // namespace pr
