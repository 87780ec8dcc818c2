// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackloader.h"

namespace pr {

LanguagePackLoadResult LanguagePackLoader::load(const QString &path) const {
    if (!m_policy)
        return merge(m_reader.read(path));
    const ContentTrustPolicy::Verdict verdict = m_policy->evaluate(path);
    if (!verdict.accepted)
        return {std::nullopt, verdict.problems};
    LanguagePackLoadResult result = merge(m_reader.readFiles(verdict.files));
    result.problems.append(verdict.problems);
    if (result.translated)
        result.translated->pack = result.translated->pack.withTrust(verdict.trust);
    return result;
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
