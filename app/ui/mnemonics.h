// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QLocale>
#include <QString>

class QWidget;

namespace pr {

// Menu mnemonics ("&File") draw an underline that breaks the joining of letters in scripts
// such as Arabic, so labels in those scripts go without them.
namespace Mnemonics {

bool scriptJoinsLetters(const QLocale &locale);
// text without its mnemonic marker; "&&" stays a literal "&".
QString removed(const QString &text);
// Removes the mnemonics of every action and menu title under root when locale's script joins
// letters; leaves them alone otherwise.
void fitToScript(QWidget *root, const QLocale &locale);

} // namespace Mnemonics

} // namespace pr
