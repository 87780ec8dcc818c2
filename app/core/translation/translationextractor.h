// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "safety/helpdirectory.h"
#include "translationunit.h"

namespace pr {

// Cuts a base pack into translation units, in reading order: the pack's texts, then for each
// entry its question, answer paragraphs and See-labels, then the search synonym groups, then
// the texts of the crisis notice and its help lines (resources/help/crisis-help.json), which a
// language pack carries as help.json.
class TranslationExtractor {
public:
    static TranslationCatalog extract(const Pack &base,
                                      const HelpDirectory &help = HelpDirectory::bundled());

    // An answer's paragraphs: the blocks between blank lines, trimmed.
    static QStringList paragraphs(const QString &markdown);
    static QString joinParagraphs(const QStringList &paragraphs);

    // A synonym group as one text ("price, cost, expensive") and back.
    static QString joinSynonyms(const QStringList &group);
    static QStringList splitSynonyms(const QString &text);
};

} // namespace pr
