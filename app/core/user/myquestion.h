// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "entrykey.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pr {

// One line of the reader's "my questions" list: either one of the FAQ's questions marked "Ask my
// clinician" (entry is set, text is empty: the question is shown in the language in use), or the
// reader's own question in plain text (entry is empty). Keyed like bookmarks, by pack id and
// entry id, so that content updates keep the list.
struct MyQuestion {
    static constexpr int maxTextLength = 500;
    static constexpr int maxCount = 200;

    qint64 id = 0; // the store's row id; stable while the question exists
    EntryKey entry;
    QString text;
    QDateTime created; // UTC

    bool isOwn() const { return entry.packId.isEmpty() && entry.entryId.isEmpty(); }
    friend bool operator==(const MyQuestion &, const MyQuestion &) = default;
};

// Why an own question's text is refused; empty when it is fine.
QString myQuestionTextProblem(const QString &text);

} // namespace pr
