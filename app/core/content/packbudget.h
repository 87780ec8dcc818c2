// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "packfiles.h"
#include "packreader.h"

#include <QHash>
#include <QString>

namespace pr {

// Keeps a pack being read within PackReader::Limits: the text of all entries together, the
// citations, the longest word and title, and no answer file shared by two entries (twenty
// thousand entries naming one 4 MiB file would otherwise cost 160 GiB). Each refusal is an
// error naming the limit and where it was exceeded.
class PackBudget {
public:
    PackBudget(const PackFiles &files, const PackReader::Limits &limits)
        : m_files(files)
        , m_limits(limits) {}

    // False (and an error) when another entry already uses this answer file.
    bool claimAnswerFile(const QString &path, const QString &entryId, int line);
    // A question, alias, label or title: its length and its longest word. False when refused.
    bool checkTitle(const QString &text, const QString &what, const QString &file, int line);
    // A longer text of the manifest (attribution, disclaimer): the total and its longest word.
    bool checkProse(const QString &text, const QString &what, const QString &file);
    // An answer's text: the total, its longest word and its citations. False when refused.
    bool checkAnswer(const QString &markdown, const QString &file);

    // True once the pack's total text or citations are past the budget: read no further.
    bool exhausted() const {
        return m_textChars > m_limits.maxTextChars || m_citations > m_limits.maxCitations;
    }

    static int longestWord(const QString &text);
    static int countCitations(const QString &markdown);

private:
    bool spend(qsizetype chars, const QString &file, int line);

    const PackFiles &m_files;
    const PackReader::Limits &m_limits;
    QHash<QString, QString> m_answerOwners; // answer file -> entry id
    qint64 m_textChars = 0;
    qint64 m_citations = 0;
    bool m_totalReported = false;
};

} // namespace pr
