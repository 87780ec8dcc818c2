// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "pack.h"
#include "packfiles.h"
#include "packproblem.h"

#include <optional>

namespace pr {

struct PackReadResult {
    std::optional<Pack> pack; // set only when there is no error
    PackProblems problems;    // errors and warnings, in the order found

    bool ok() const { return pack.has_value(); }
};

// Reads and validates a pack folder: a directory on disk or in Qt resources (":/packs/...").
// Files:  manifest.json  entries.json  answers/*.md  references.json  [synonyms.json]
// Every problem names its file and, where it can, its line. Never throws, never crashes.
class PackReader {
public:
    // The budget of one pack: what it may cost the reader's memory and the page. Each limit
    // a pack exceeds is an error that names the limit.
    struct Limits {
        qint64 maxFileBytes = 4 * 1024 * 1024;
        int maxEntries = 20000;
        int maxReferences = 2000;
        // Questions, aliases, labels and answers of all entries together, in characters.
        qint64 maxTextChars = 32 * 1024 * 1024;
        // "[@key]" citations in all answers together, and in one answer.
        int maxCitations = 50000;
        int maxCitationsPerAnswer = 500;
        int maxWordChars = 2000;    // the longest run of text without a space
        int maxTitleChars = 1000;   // a question, alias, label or the pack's title
        int maxNamesPerEntry = 200; // aliases, and "See ..." cross-references
    };

    PackReader() = default;
    explicit PackReader(Limits limits)
        : m_limits(limits) {}

    PackReadResult read(const QString &directory) const;
    // The same checks on a pack's files already in memory (paths relative to the pack root).
    PackReadResult readFiles(const PackFileMap &files) const;

    // The English FAQ compiled into the program.
    static QString bundledPackPath();

private:
    Limits m_limits;
};

} // namespace pr
