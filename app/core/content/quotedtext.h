// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QLocale>
#include <QString>

namespace pr {

// Text a reader wrote (a note), quoted with the interface locale's own quotation marks and
// isolated (U+2068 … U+2069) so that its direction cannot turn the marks around it: an English
// note in an Arabic window, or an Arabic note in an English one, stays whole between them.
inline QString quotedText(const QString &text, const QLocale &locale = QLocale()) {
    return locale.quoteString(QChar(0x2068) + text + QChar(0x2069));
}

} // namespace pr
