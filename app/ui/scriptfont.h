// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QFont>
#include <QLocale>
#include <QStringList>

namespace pr {

// The interface font for the interface language's script. When the application font has no
// letters of that script (Noto Sans has no Arabic), Qt borrows them glyph by glyph from another
// font but sizes every control by the first font's metrics: the borrowed, taller Arabic
// letters and their marks are then cut at the control's edges ("إلغاء" / "ألغِ" shown as
// "ألغ" on a Cancel button). Putting a font of the script first makes the controls measure
// what they draw; the original family stays behind it for Latin text.
class ScriptFont {
public:
    // Applies the font for locale's script to the application (QApplication::setFont), keeping
    // the size; back to the original families for a script the original font covers.
    void applyFor(const QLocale &locale);

    // The family to put first for script, or empty when families already cover it.
    static QString familyFor(QLocale::Script script, const QStringList &families);

private:
    QStringList m_original; // the application's families before any change
};

} // namespace pr
