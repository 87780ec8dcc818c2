// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pr {
namespace {

const QString kEntries = QStringLiteral("entries.json");
const QString kReferences = QStringLiteral("references.json");

// Entry id -> the value of one of its fields in entries.json, where it has a non-empty one.
QHash<QString, QString> entryField(const PackFiles &files, QLatin1String field) {
    QHash<QString, QString> values;
    const std::optional<QJsonDocument> doc = files.readJson(kEntries);
    if (!doc)
        return values;
    const QJsonArray entries = doc->object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString text = entry.value(field).toString();
        if (!text.isEmpty())
            values.insert(entry.value(QLatin1String("id")).toString(), text);
    }
    return values;
}

} // namespace

LanguagePackReadResult LanguagePackReader::read(const QString &path) const {
    LanguagePackReadResult result;
    if (QFileInfo(path).isDir()) {
        const PackFiles files(path, m_limits.pack.maxFileBytes, &result.problems);
        complete(PackReader(m_limits.pack).read(path), files, &result);
        return result;
    }
    const std::optional<PackFileMap> files =
        LanguagePackFile::read(path, m_limits.file, &result.problems);
    if (!files)
        return result;
    return readFiles(*files);
}

LanguagePackReadResult LanguagePackReader::readFiles(const PackFileMap &files) const {
    LanguagePackReadResult result;
    const PackFiles packFiles(files, m_limits.pack.maxFileBytes, &result.problems);
    complete(PackReader(m_limits.pack).readFiles(files), packFiles, &result);
    return result;
}

void LanguagePackReader::complete(const PackReadResult &packRead, const PackFiles &files,
                                  LanguagePackReadResult *result) const {
    result->problems = packRead.problems + result->problems;
    if (!packRead.ok())
        return;
    // PackReader has validated manifest.json and entries.json: reading them again cannot fail.
    const QJsonObject manifestJson = files.readJson(QLatin1String(LanguagePackManifest::kFile))
                                         .value_or(QJsonDocument())
                                         .object();
    const std::optional<LanguagePackManifest> manifest =
        LanguagePackManifest::fromJson(manifestJson, &result->problems);
    if (!manifest)
        return;

    LanguagePack languagePack{*packRead.pack,
                              *manifest,
                              entryField(files, QLatin1String("sourceHash")),
                              entryField(files, QLatin1String("answer")),
                              {}};
    if (files.exists(kReferences))
        files.warning(kReferences, 0,
                      QStringLiteral("is ignored: references are cited as the base pack "
                                     "publishes them"));
    if (!manifest->interfaceFile.isEmpty())
        languagePack.interfaceTranslation =
            readInterface(files, manifest->interfaceFile, packRead.pack->manifest().language);
    if (!hasErrors(result->problems))
        result->languagePack = languagePack;
}

InterfaceCatalogue LanguagePackReader::readInterface(const PackFiles &files, const QString &file,
                                                     const QString &language) const {
    if (file.endsWith(QLatin1String(".qm"))) {
        // Compiled translations are binary data QTranslator trusts; a crafted one crashes it.
        files.warning(file, 0,
                      QStringLiteral("is a compiled translation (.qm), which the reader does not "
                                     "load: give the Qt Linguist source (.ts) in the pack "
                                     "instead; the interface stays in the language it is in"));
        return {};
    }
    if (!files.exists(file)) {
        files.warning(file, 0,
                      QStringLiteral("is missing: the interface stays in the language it is in"));
        return {};
    }
    const std::optional<QByteArray> ts = files.readBytes(file);
    if (!ts)
        return {};
    PackProblems problems;
    const std::optional<InterfaceCatalogue> catalogue =
        InterfaceCatalogue::parse(*ts, file, language, &problems, m_limits.interface);
    for (const PackProblem &problem : std::as_const(problems))
        files.error(problem.file, problem.line, problem.message);
    return catalogue.value_or(InterfaceCatalogue());
}

} // namespace pr
