// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// A "See ..." pointer from one answer to a topic. When the topic is an entry of the same pack,
// targetId names it; otherwise the topic lives outside this offline edition.
struct CrossReference {
    QString label;
    QString targetId;

    bool isInPack() const { return !targetId.isEmpty(); }
    friend bool operator==(const CrossReference &, const CrossReference &) = default;
};

// Where an entry's text comes from, in a pack merged from a language pack and its base pack.
enum class TranslationState {
    Original,     // the pack is not a translation: the text is the author's own
    Translated,   // translated from the base text as it is now
    Stale,        // translated, but the base text changed after the translation was made
    Untranslated, // not translated yet: the base text is shown, in the base language
};

struct Entry {
    QString id;
    QString question;
    // Other names the pack's author gives this entry: a "See ..." label links here only when it
    // is the question or one of these.
    QStringList aliases;
    QString answerMarkdown;
    QList<CrossReference> seeAlso;
    // The language of question and answer when it differs from the pack's (an untranslated
    // entry shows the base pack's text in the base pack's language); empty otherwise.
    QString language;
    TranslationState translation = TranslationState::Original;

    bool isTranslated() const {
        return translation == TranslationState::Translated ||
               translation == TranslationState::Stale;
    }
};

} // namespace pr
