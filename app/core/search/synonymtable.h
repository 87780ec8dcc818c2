// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "querytokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace pr {

class Stemmer;

struct SynonymPhrase {
    QString text;       // as written in the pack
    QStringList folded; // its words, folded
    QStringList stems;  // their stems
};

// The pack's groups of lay and clinical words for the same thing (synonyms.json): "price",
// "cost", "how much", "expensive". A typed word or phrase from a group brings in the whole
// group, so that a reader's word finds the FAQ's word. Words are compared by their stems, so
// "prices" finds the group of "price".
class SynonymTable {
public:
    SynonymTable() = default;
    SynonymTable(const QList<QStringList> &groups, const Stemmer &stemmer);

    struct Match {
        int group = 0;
        qsizetype firstWord = 0;
        qsizetype wordCount = 0;
    };
    // The groups that contain one of the typed words or a run of them, and where. The last
    // word, if it is still being typed, also matches group words it begins (three letters at
    // least).
    QList<Match> matchesIn(const QList<QueryWord> &words, const QStringList &stems) const;
    const QList<SynonymPhrase> &group(int index) const { return m_groups.at(index); }

    bool containsStem(const QString &stem) const { return m_singleWordStems.contains(stem); }
    // Every single word of every group, folded: words a reader may type and mean.
    QStringList words() const;

    static constexpr int kMinPrefixLength = 3;

private:
    struct Phrase {
        SynonymPhrase words;
        int group = 0;
    };
    bool matchesAt(const SynonymPhrase &phrase, const QList<QueryWord> &words,
                   const QStringList &stems, qsizetype at) const;

    QList<QList<SynonymPhrase>> m_groups;
    QList<Phrase> m_phrases;
    QMultiHash<QString, int> m_phrasesByFirstStem;
    QSet<QString> m_singleWordStems;
};

} // namespace pr
