// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

namespace pr {

// One thing wrong with a pack, located as precisely as the reader can: file and line (0 when
// the line is not known).
struct PackProblem {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "entries.json:12: error: duplicate entry id "cost""
    QString toString() const;
};

using PackProblems = QList<PackProblem>;

bool hasErrors(const PackProblems &problems);

} // namespace pr
