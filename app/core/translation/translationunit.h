// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// One translatable piece of a pack, as a translation file (PO, XLIFF) holds it.
struct TranslationUnit {
    QString id;             // stable: "pack/title", "entry/cost/question", "entry/cost/answer/2"
    QString source;         // the base text
    QString target;         // the translation; empty when not translated yet
    QString note;           // for the translator: where the text appears, what to keep as it is
    QString location;       // the base file the text comes from ("answers/cost.md")
    bool fuzzy = false;     // translated from an older source text: needs review
    QString previousSource; // the source the fuzzy translation was made from, when known
    int line = 0;           // where the translation is in the file it was read from

    bool isUsable() const { return !target.isEmpty() && !fuzzy; }
};

// The units of one translation file and what its header says.
struct TranslationCatalog {
    enum class Format { Po, Xliff };

    QString baseId;
    QString baseVersion;
    QString sourceLanguage;
    QString language; // the target language; empty in a template
    // Who translated it; empty while the file does not say (a PO header still holding the
    // placeholder the export writes, or an XLIFF file, which has no such field).
    QString translator;
    // What the file read had in place of a translator: the placeholder left unfilled.
    QString translatorPlaceholder;
    Format format = Format::Po;
    int headerLine = 0; // the line of the PO header's msgstr, or of XLIFF's <file>
    QList<TranslationUnit> units;

    const TranslationUnit *unit(const QString &id) const;
    // Every unit by id (the first, if an id repeats), for looking many up: unit() searches the
    // list each time. Valid while the units are not changed.
    QHash<QString, const TranslationUnit *> unitsById() const;
};

} // namespace pr
