// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packproblem.h"

#include <algorithm>

namespace pr {

QString PackProblem::toString() const {
    QString where = file.isEmpty() ? QStringLiteral("pack") : file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
}

bool hasErrors(const PackProblems &problems) {
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const PackProblem &p) { return p.isError(); });
}

} // namespace pr
