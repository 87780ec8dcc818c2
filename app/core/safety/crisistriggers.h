// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// The words and phrases, per language, that mean a reader may be in crisis (suicide, self-harm,
// overdose). They are data (resources/help/crisis-triggers.json), not code. Matching ignores
// case, accents and Arabic vowel marks; "suicid*" matches words starting with "suicid",
// "*انتحار" words ending with it.
class CrisisTriggers {
public:
    // Reads the JSON; on failure returns an empty set and names what is wrong in *error.
    static CrisisTriggers fromJson(const QByteArray &json, QString *error);
    // The bundled file; an unreadable one is a build error, so it is reported with qCritical.
    static CrisisTriggers bundled();

    // True when text contains a trigger of any language: a reader may type in another language
    // than the one shown, and a notice too many is better than one too few.
    bool matches(const QString &text) const;
    // The languages the data has triggers for.
    QStringList languages() const { return m_phrases.keys(); }
    bool isEmpty() const { return m_phrases.isEmpty(); }

    // The words of text, folded for matching: lower case, no accents or vowel marks.
    static QStringList words(const QString &text);

private:
    struct Word {
        QString text;
        bool anyStart = false; // "*word"
        bool anyEnd = false;   // "word*"
        bool matches(const QString &word) const;
    };
    using Phrase = QList<Word>;

    static bool containsPhrase(const QStringList &words, const Phrase &phrase);

    QHash<QString, QList<Phrase>> m_phrases;
};

} // namespace pr
