// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// The parts of a text a translation must keep exactly as they are: link targets
// ("](entry:cost)", "](topic:x)", "](https://...)"), citation keys ("[@smith2020]"), web
// addresses, DOIs and placeholders ("%1", "{name}").
struct ProtectedToken {
    qsizetype start = 0;
    QString text;
};

QList<ProtectedToken> protectedTokens(const QString &text);
// The tokens' texts, sorted, so two texts can be compared whatever order a language needs.
QStringList protectedTokenTexts(const QString &text);

// Empty when translation keeps the source's tokens; otherwise says which are missing and
// which were added.
QString protectedTokenMismatch(const QString &source, const QString &translation);

} // namespace pr
