// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "languagepackreader.h"
#include "signing/contenttrustpolicy.h"
#include "translatedpack.h"

namespace pr {

struct LanguagePackLoadResult {
    std::optional<TranslatedPack> translated; // set only when there is no error
    PackProblems problems;                    // errors and warnings, each saying what is wrong

    bool ok() const { return translated.has_value(); }
};

// Loads a language pack (folder or .prpack) for one base pack: reads, validates, merges.
// On failure nothing is returned but the reasons, so the caller keeps the language it has.
class LanguagePackLoader {
public:
    explicit LanguagePackLoader(Pack base, LanguagePackReader::Limits limits = {})
        : m_base(std::move(base))
        , m_reader(limits) {}

    const Pack &base() const { return m_base; }
    // With a policy, load() checks the pack's signatures first (see ContentTrustPolicy) and
    // the result says who vouches for it; without one, it stays Unsigned. Not owned.
    void setTrustPolicy(const ContentTrustPolicy *policy) { m_policy = policy; }

    LanguagePackLoadResult load(const QString &path) const;
    LanguagePackLoadResult loadFiles(const PackFileMap &files) const;

private:
    LanguagePackLoadResult merge(LanguagePackReadResult read) const;

    Pack m_base;
    LanguagePackReader m_reader;
    const ContentTrustPolicy *m_policy = nullptr;
};

} // namespace pr
