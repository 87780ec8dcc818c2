// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readingtext.h"

#include "sentencesplitter.h"

namespace pr {

ReadingText ReadingText::fromBlocks(const QStringList &blocks, const QString &languageTag) {
    ReadingText text;
    text.m_language = languageTag;
    const SentenceSplitter splitter(languageTag);
    for (int block = 0; block < blocks.size(); ++block) {
        const QString &blockText = blocks.at(block);
        for (const SentenceSplitter::Span &span : splitter.split(blockText)) {
            const QString sentence = blockText.mid(span.start, span.length);
            // Nothing worth saying in a citation mark "[1]" or a dash alone.
            if (!std::any_of(sentence.cbegin(), sentence.cend(),
                             [](QChar c) { return c.isLetter(); }))
                continue;
            text.m_sentences.append({block, span.start, span.length, sentence});
        }
    }
    return text;
}

} // namespace pr
