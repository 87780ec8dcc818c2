// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packbudget.h"

#include <QDir>
#include <QRegularExpression>
#include <utility>

namespace pr {

bool PackBudget::claimAnswerFile(const QString &path, const QString &entryId, int line) {
    const QString clean = QDir::cleanPath(path);
    const auto owner = m_answerOwners.constFind(clean);
    if (owner != m_answerOwners.cend()) {
        m_files.error(QStringLiteral("entries.json"), line,
                      QStringLiteral("entry \"%1\" names the answer file \"%2\", which is already "
                                     "the answer of entry \"%3\": each entry has its own answer "
                                     "file")
                          .arg(entryId, path, *owner));
        return false;
    }
    m_answerOwners.insert(clean, entryId);
    return true;
}

bool PackBudget::spend(qsizetype chars, const QString &file, int line) {
    m_textChars += chars;
    if (m_textChars <= m_limits.maxTextChars)
        return true;
    if (!std::exchange(m_totalReported, true))
        m_files.error(file, line,
                      QStringLiteral("the pack's text is too large: its questions and answers "
                                     "together pass the limit of %1 characters here")
                          .arg(m_limits.maxTextChars));
    return false;
}

bool PackBudget::checkTitle(const QString &text, const QString &what, const QString &file,
                            int line) {
    if (text.size() > m_limits.maxTitleChars) {
        m_files.error(file, line,
                      QStringLiteral("%1 is too long (%2 characters; the limit for a title is %3)")
                          .arg(what)
                          .arg(text.size())
                          .arg(m_limits.maxTitleChars));
        return false;
    }
    const int word = longestWord(text);
    if (word > m_limits.maxWordChars) {
        m_files.error(file, line,
                      QStringLiteral("%1 has a word of %2 characters (the limit for a word is %3)")
                          .arg(what)
                          .arg(word)
                          .arg(m_limits.maxWordChars));
        return false;
    }
    return spend(text.size(), file, line);
}

bool PackBudget::checkProse(const QString &text, const QString &what, const QString &file) {
    if (!spend(text.size(), file, 0))
        return false;
    const int word = longestWord(text);
    if (word > m_limits.maxWordChars) {
        m_files.error(file, 0,
                      QStringLiteral("%1 has a word of %2 characters (the limit for a word is %3)")
                          .arg(what)
                          .arg(word)
                          .arg(m_limits.maxWordChars));
        return false;
    }
    return true;
}

bool PackBudget::checkAnswer(const QString &markdown, const QString &file) {
    if (!spend(markdown.size(), file, 0))
        return false;
    const int word = longestWord(markdown);
    if (word > m_limits.maxWordChars) {
        m_files.error(file, 0,
                      QStringLiteral("the answer has a word of %1 characters (the limit for a word "
                                     "is %2)")
                          .arg(word)
                          .arg(m_limits.maxWordChars));
        return false;
    }
    const int citations = countCitations(markdown);
    if (citations > m_limits.maxCitationsPerAnswer) {
        m_files.error(file, 0,
                      QStringLiteral("the answer cites %1 times (the limit for one answer is %2 "
                                     "citations)")
                          .arg(citations)
                          .arg(m_limits.maxCitationsPerAnswer));
        return false;
    }
    m_citations += citations;
    if (m_citations > m_limits.maxCitations) {
        m_files.error(file, 0,
                      QStringLiteral("the pack's answers cite too often: they pass the limit of "
                                     "%1 citations here")
                          .arg(m_limits.maxCitations));
        return false;
    }
    return true;
}

int PackBudget::longestWord(const QString &text) {
    int longest = 0;
    int current = 0;
    for (const QChar c : text) {
        if (c.isSpace()) {
            current = 0;
        } else if (++current > longest) {
            longest = current;
        }
    }
    return longest;
}

int PackBudget::countCitations(const QString &markdown) {
    // Each "@key" inside "[@a; @b]", as MarkdownRenderer reads them.
    static const QRegularExpression group(
        QStringLiteral("\\[(@[^\\s;\\[\\]@]+(?:\\s*;\\s*@[^\\s;\\[\\]@]+)*)\\]"));
    int count = 0;
    for (auto it = group.globalMatch(markdown); it.hasNext();)
        count += int(it.next().captured(1).count(QLatin1Char('@')));
    return count;
}

} // namespace pr
