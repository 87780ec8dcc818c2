// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "web/pagestyle.h"

#include <QSettings>

namespace pr {

// The reader's theme: System follows the desktop (light or dark); the others are fixed.
enum class ThemeChoice { System, Light, Dark, HighContrast };

// The reading-comfort choices (theme, reading font), remembered per user in the reader's
// settings. Replaces the old "Dark pages" option, whose value it migrates.
class ComfortSettings {
public:
    explicit ComfortSettings(QSettings &settings);

    // Whether a theme was ever chosen (or migrated): on a first start the desktop's
    // high-contrast setting decides.
    bool hasTheme() const;
    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    ReadingFont readingFont() const;
    void setReadingFont(ReadingFont font);

    static QString themeKey(ThemeChoice theme);
    static bool parseTheme(const QString &key, ThemeChoice *theme);
    static QString fontKey(ReadingFont font);
    static bool parseFont(const QString &key, ReadingFont *font);

private:
    QSettings &m_settings;
};

} // namespace pr
