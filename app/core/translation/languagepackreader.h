// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/languagepackfile.h"
#include "content/pack.h"
#include "content/packreader.h"
#include "interfacecatalogue.h"
#include "languagepackmanifest.h"

#include <QByteArray>
#include <QHash>
#include <optional>

namespace pr {

// A language pack as its translator wrote it: a pack (possibly with only some of the base
// pack's entries) plus what the language pack manifest adds.
struct LanguagePack {
    Pack pack;
    LanguagePackManifest manifest;
    // Entry id -> the "sourceHash" the translated entry records (see sourcehash.h).
    QHash<QString, QString> sourceHashes;
    // Entry id -> its answer file in the pack ("answers/cost.md"), for messages.
    QHash<QString, QString> answerFiles;
    // The interface translation, read from the pack's .ts and checked; empty when it has none.
    InterfaceCatalogue interfaceTranslation;
};

struct LanguagePackReadResult {
    std::optional<LanguagePack> languagePack; // set only when there is no error
    PackProblems problems;

    bool ok() const { return languagePack.has_value(); }
};

// Reads and validates a language pack from a plain folder or a single .prpack file, with the
// same checks PackReader makes on any pack, plus the language pack's own fields.
class LanguagePackReader {
public:
    struct Limits {
        PackReader::Limits pack;
        LanguagePackFile::Limits file;
        InterfaceCatalogue::Limits interface;
    };

    LanguagePackReader() = default;
    explicit LanguagePackReader(Limits limits)
        : m_limits(limits) {}

    // A folder is read as a folder; anything else as a .prpack file.
    LanguagePackReadResult read(const QString &path) const;
    LanguagePackReadResult readFiles(const PackFileMap &files) const;

private:
    void complete(const PackReadResult &packRead, const PackFiles &files,
                  LanguagePackReadResult *result) const;
    InterfaceCatalogue readInterface(const PackFiles &files, const QString &file,
                                     const QString &language) const;

    Limits m_limits;
};

} // namespace pr
