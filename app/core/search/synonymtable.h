// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "querytokenizer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>

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
// "prices" finds the group of "price". A phrase that is one common word ("after") is left out:
// it would bring its group into nearly every search.
class SynonymTable {
public:
    using CommonWordTest = std::function<bool(const QString &folded, const QString &stem)>;

    SynonymTable() = default;
    SynonymTable(const QList<QStringList> &groups, const Stemmer &stemmer,
                 const CommonWordTest &isCommonWord = {});

    struct Match {
        int group = 0;
        qsizetype firstWord = 0;
        qsizetype wordCount = 0;
    };
    // The groups that contain one of the typed words or a run of them, and where. The last
    // word, if it is still being typed, also matches group words it begins (three letters at
    // least). Where a phrase of one group spans a typed word that another group has on its own,
    // the longer phrase decides what the word means ("es seguro" is about safety, not insurance).
    QList<Match> matchesIn(const QList<QueryWord> &words, const QStringList &stems) const;
    const QList<SynonymPhrase> &group(int index) const { return m_groups.at(index); }
    qsizetype groupCount() const { return m_groups.size(); }

    // Which groups some entry of the index contains (one flag per group), as SearchIndex finds
    // out; a group in none leads nowhere: a topic the pack does not answer.
    void setFoundInIndex(const QList<bool> &found) { m_foundInIndex = found; }
    // Empty until setFoundInIndex().
    const QList<bool> &foundInIndex() const { return m_foundInIndex; }

    // Whether words matched in an entry (folded) mention a group: one of its words as written
    // there, or all the words of one of its phrases. The index also matches by stem, and a stem
    // can be shared by words that mean other things ("dependence", "depending"; Spanish
    // "seguridad", safety, and "seguro", insurance): a group may only lead to entries that
    // mention it, so its words must include the forms its answers use.
    bool isMentionedBy(int group, const QStringList &folded) const;

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
    QMultiHash<QString, int> m_groupsBySingleWord;
    QList<bool> m_foundInIndex;
};

} // namespace pr
