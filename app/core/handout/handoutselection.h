// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QCoreApplication>
#include <QStringList>

namespace pr {

// The command line's choice for --handout: answer ids separated by commas, "my-questions", or
// both ("cost,risks,my-questions"). Unknown ids are refused by name.
struct HandoutSelection {
    Q_DECLARE_TR_FUNCTIONS(pr::HandoutSelection)

public:
    static QString myQuestionsKeyword() { return QStringLiteral("my-questions"); }

    QStringList entryIds;
    bool myQuestions = false;
    QString error; // empty when the choice is valid for the pack

    bool ok() const { return error.isEmpty(); }
    static HandoutSelection parse(const QString &argument, const Pack &pack);
};

} // namespace pr
