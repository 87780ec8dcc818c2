// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// One sentence to read aloud, and where it is on the page: the block it belongs to (the question,
// a paragraph, a list item, in page order) and its characters in that block's text.
struct ReadingSentence {
    int block = 0;
    int start = 0;
    int length = 0;
    QString text;
};

// What "Read aloud" reads on an answer page: the question, then the answer, sentence by sentence,
// in the page's language.
class ReadingText {
public:
    ReadingText() = default;
    // blocks: the text of each block of the page, in order; languageTag: the page's language.
    static ReadingText fromBlocks(const QStringList &blocks, const QString &languageTag);

    const QList<ReadingSentence> &sentences() const { return m_sentences; }
    QString language() const { return m_language; }
    bool isEmpty() const { return m_sentences.isEmpty(); }
    int size() const { return int(m_sentences.size()); }

private:
    QList<ReadingSentence> m_sentences;
    QString m_language;
};

} // namespace pr
