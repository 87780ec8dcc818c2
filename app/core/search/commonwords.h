// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QStringList>

namespace pr {

// Everyday words of a language that typo tolerance must leave alone even when no entry uses
// them: in a small pack "would" is one letter from "could", and "will" from "well". Only
// English has a list so far; other languages simply correct a little more eagerly.
class CommonWords {
public:
    static QStringList forLanguage(const QString &languageTag);
};

} // namespace pr
