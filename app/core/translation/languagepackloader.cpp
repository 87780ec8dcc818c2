// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackloader.h"

namespace pr {

LanguagePackLoadResult LanguagePackLoader::load(const QString &path) const {
    return merge(m_reader.read(path));
}

LanguagePackLoadResult LanguagePackLoader::loadFiles(const PackFileMap &files) const {
    return merge(m_reader.readFiles(files));
}

LanguagePackLoadResult LanguagePackLoader::merge(LanguagePackReadResult read) const {
    LanguagePackLoadResult result;
    result.problems = std::move(read.problems);
    if (!read.languagePack)
        return result;
    result.translated = TranslatedPack::merge(m_base, *read.languagePack, &result.problems);
    return result;
}

} // namespace pr
