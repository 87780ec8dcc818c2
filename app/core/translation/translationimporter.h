// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packfiles.h"
#include "content/packproblem.h"
#include "translatedpack.h"
#include "translationunit.h"

#include <QStringList>
#include <optional>

namespace pr {

// The state of a translation file against the base pack as it is now.
struct TranslationCheck {
    QStringList translated;   // unit ids translated from the current source
    QStringList fuzzy;        // marked fuzzy: need review, not used
    QStringList outdated;     // translated from another source text: not used
    QStringList untranslated; // missing or empty
    QStringList mismatched;   // changes a link, citation key or placeholder: refused
    PackProblems problems;    // changed links, citation keys, placeholders; unknown units

    int total() const {
        return int(translated.size() + fuzzy.size() + outdated.size() + untranslated.size() +
                   mismatched.size());
    }
    int coveragePercent() const {
        return total() == 0 ? 0 : int(translated.size()) * 100 / total();
    }
};

// The one verdict on a translation file: what "faqpack import FILE --check" reports and what
// "faqpack import FILE -o OUT" acts on. files is set only when nothing is wrong.
struct TranslationImport {
    TranslationCheck check;                   // coverage, and the units' problems
    PackProblems problems;                    // every problem: units, header, the pack made
    std::optional<PackFileMap> files;         // the language pack's files, when it can be made
    std::optional<TranslatedPack> translated; // those files merged with the base pack

    bool ok() const { return files.has_value() && translated.has_value(); }
};

// Makes a language pack folder's files from a filled translation file (PO or XLIFF) and the
// base pack it translates.
//
// What falls back to the base language: a unit is used only when it is translated, not fuzzy
// and made from the base text as it is now. An entry goes into the language pack only when its
// question and every paragraph of its answer can be used; otherwise it is left out, and the
// reader shows it in the base language, marked "not yet translated" (a half-translated answer
// is never shown). A See-label or a pack text (title, disclaimer, ...) without a usable
// translation keeps the base text. A synonym group without one is left out.
//
// A translation that changes a link target, a citation key, an address or a placeholder is
// refused: the files are not made, and each such unit is reported with its line.
class TranslationImporter {
public:
    struct Options {
        QString language;   // overrides the file's language when set
        QString translator; // overrides the file's translator when set
        QString version;    // the translation's version; "BASEVERSION-LANG.1" when empty
    };

    static TranslationCheck check(const Pack &base, const TranslationCatalog &translation,
                                  const QString &fileName);

    // What the header must say and does not: the language and who translated it, each error
    // naming the field to fill and what to put there (or the option that gives it).
    static PackProblems headerProblems(const TranslationCatalog &translation,
                                       const Options &options, const QString &fileName);

    // check(), headerProblems(), build() and the language pack made loaded as the reader loads
    // it: the verdict --check prints is the one import acts on.
    static TranslationImport importFile(const Pack &base, const TranslationCatalog &translation,
                                        const Options &options, const QString &fileName);

    // Problems are reported against fileName (the translation file) and its lines.
    static std::optional<PackFileMap> build(const Pack &base, const TranslationCatalog &translation,
                                            const Options &options, const QString &fileName,
                                            PackProblems *problems,
                                            TranslationCheck *checked = nullptr);
};

} // namespace pr
