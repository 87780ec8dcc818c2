// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutqrtext.h"

namespace pr {

HandoutQrText HandoutQrText::make(const QStringList &questions, int maximumBytes) {
    HandoutQrText result;
    result.text = tr("My questions for my clinician:");
    for (const QString &question : questions) {
        const QString line = QStringLiteral("\n%1. %2").arg(result.included + 1).arg(question);
        if ((result.text + line).toUtf8().size() > maximumBytes)
            break;
        result.text += line;
        ++result.included;
    }
    result.leftOut = int(questions.size()) - result.included;
    return result;
}

} // namespace pr
