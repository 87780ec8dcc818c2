// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packproblem.h"
#include "translationunit.h"

#include <QByteArray>
#include <optional>

namespace pr {

// GNU gettext PO files: msgctxt is the unit id, "#." lines the translator's note, "#:" the base
// file, "#, fuzzy" and "#| msgid" a translation that needs review. The reader understands what
// the writer writes and what PO editors add (translator comments, line wrapping, obsolete "#~"
// entries, which it skips); plural forms are not used by packs.
class PoFile {
public:
    static QByteArray write(const TranslationCatalog &catalog);
    // fileName names the file in problems; nullopt on a syntax error.
    static std::optional<TranslationCatalog> read(const QByteArray &bytes, const QString &fileName,
                                                  PackProblems *problems);

    // What the export writes in "Last-Translator" while nobody has translated the file yet:
    // gettext's own placeholder, which PO editors (Poedit, Lokalize) replace with the name the
    // translator set up in them when the file is saved.
    static QString translatorPlaceholder();
    // True when a "Last-Translator" value says nobody yet: empty, the placeholder above, or
    // "not stated" (written by earlier versions of the export).
    static bool isUnfilledTranslator(const QString &value);

    static QString escape(const QString &text);
    // Unescapes the content of one quoted string; false on an unknown escape.
    static bool unescape(QStringView quoted, QString *text);
};

} // namespace pr
