// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "synonymtable.h"

#include "stemmer.h"

#include <algorithm>

namespace pr {

SynonymTable::SynonymTable(const QList<QStringList> &groups, const Stemmer &stemmer,
                           const CommonWordTest &isCommonWord) {
    for (const QStringList &group : groups) {
        const int groupIndex = int(m_groups.size());
        QList<SynonymPhrase> kept;
        for (const QString &text : group) {
            Phrase phrase;
            phrase.group = groupIndex;
            phrase.words.text = text.simplified();
            for (const QueryWord &word : QueryTokenizer::split(text, QueryTokenizer::kMaxWords)) {
                phrase.words.folded.append(word.folded);
                phrase.words.stems.append(stemmer.stem(word.folded));
            }
            if (phrase.words.stems.isEmpty())
                continue;
            const bool singleWord = phrase.words.stems.size() == 1;
            if (singleWord && isCommonWord &&
                isCommonWord(phrase.words.folded.constFirst(), phrase.words.stems.constFirst()))
                continue;
            kept.append(phrase.words);
            if (singleWord) {
                m_singleWordStems.insert(phrase.words.stems.constFirst());
                if (!m_groupsBySingleWord.contains(phrase.words.folded.constFirst(), groupIndex))
                    m_groupsBySingleWord.insert(phrase.words.folded.constFirst(), groupIndex);
            }
            m_phrasesByFirstStem.insert(phrase.words.stems.constFirst(), int(m_phrases.size()));
            m_phrases.append(phrase);
        }
        m_groups.append(kept);
    }
}

bool SynonymTable::isMentionedBy(int group, const QStringList &folded) const {
    for (const QString &word : folded) {
        if (m_groupsBySingleWord.contains(word, group))
            return true;
    }
    for (const SynonymPhrase &phrase : m_groups.at(group)) {
        if (phrase.folded.size() > 1 &&
            std::all_of(phrase.folded.cbegin(), phrase.folded.cend(),
                        [&](const QString &w) { return folded.contains(w); }))
            return true;
    }
    return false;
}

bool SynonymTable::matchesAt(const SynonymPhrase &phrase, const QList<QueryWord> &words,
                             const QStringList &stems, qsizetype at) const {
    if (at + phrase.stems.size() > words.size())
        return false;
    for (qsizetype k = 0; k < phrase.stems.size(); ++k) {
        const QueryWord &word = words.at(at + k);
        if (stems.at(at + k) == phrase.stems.at(k) || word.folded == phrase.folded.at(k))
            continue;
        const bool lastTyped = word.isPrefix && k == phrase.stems.size() - 1;
        if (!lastTyped || word.folded.size() < kMinPrefixLength ||
            !phrase.folded.at(k).startsWith(word.folded))
            return false;
    }
    return true;
}

QList<SynonymTable::Match> SynonymTable::matchesIn(const QList<QueryWord> &words,
                                                   const QStringList &stems) const {
    QList<Match> found;
    auto add = [&](const Phrase &phrase, qsizetype at) {
        const Match match{phrase.group, at, phrase.words.stems.size()};
        const bool known = std::any_of(found.cbegin(), found.cend(), [&](const Match &m) {
            return m.group == match.group && m.firstWord == at && m.wordCount == match.wordCount;
        });
        if (!known)
            found.append(match);
    };
    for (qsizetype at = 0; at < words.size(); ++at) {
        const bool typing = words.at(at).isPrefix;
        if (!typing || words.at(at).folded.size() < kMinPrefixLength) {
            const QList<int> candidates = m_phrasesByFirstStem.values(stems.at(at));
            for (int p : candidates) {
                if (matchesAt(m_phrases.at(p).words, words, stems, at))
                    add(m_phrases.at(p), at);
            }
            continue;
        }
        // A word being typed may be the start of any group word.
        for (const Phrase &phrase : m_phrases) {
            if (matchesAt(phrase.words, words, stems, at))
                add(phrase, at);
        }
    }
    // A shorter match inside a longer one of another group gives way to it.
    const auto insideLonger = [&](const Match &m) {
        return std::any_of(found.cbegin(), found.cend(), [&](const Match &longer) {
            return longer.group != m.group && longer.wordCount > m.wordCount &&
                   longer.firstWord <= m.firstWord &&
                   m.firstWord + m.wordCount <= longer.firstWord + longer.wordCount;
        });
    };
    QList<Match> kept;
    for (const Match &m : std::as_const(found)) {
        if (!insideLonger(m))
            kept.append(m);
    }
    return kept;
}

QStringList SynonymTable::words() const {
    QStringList result;
    for (const Phrase &phrase : m_phrases)
        result += phrase.words.folded;
    result.removeDuplicates();
    return result;
}

} // namespace pr
