// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "comfortsettings.h"

namespace pr {
namespace {

const QString kTheme = QStringLiteral("view/theme");
const QString kOldDarkTheme = QStringLiteral("view/darkTheme");
const QString kFont = QStringLiteral("view/readingFont");

} // namespace

ComfortSettings::ComfortSettings(QSettings &settings)
    : m_settings(settings) {
    // The old "Dark pages" option: on stays dark; off was the default look, which System keeps.
    if (!m_settings.contains(kTheme) && m_settings.contains(kOldDarkTheme)) {
        setTheme(m_settings.value(kOldDarkTheme).toBool() ? ThemeChoice::Dark
                                                          : ThemeChoice::System);
        m_settings.remove(kOldDarkTheme);
    }
}

bool ComfortSettings::hasTheme() const {
    ThemeChoice ignored;
    return parseTheme(m_settings.value(kTheme).toString(), &ignored);
}

ThemeChoice ComfortSettings::theme() const {
    ThemeChoice theme = ThemeChoice::System;
    parseTheme(m_settings.value(kTheme).toString(), &theme);
    return theme;
}

void ComfortSettings::setTheme(ThemeChoice theme) {
    m_settings.setValue(kTheme, themeKey(theme));
}

ReadingFont ComfortSettings::readingFont() const {
    ReadingFont font = ReadingFont::Default;
    parseFont(m_settings.value(kFont).toString(), &font);
    return font;
}

void ComfortSettings::setReadingFont(ReadingFont font) {
    m_settings.setValue(kFont, fontKey(font));
}

QString ComfortSettings::themeKey(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::System:
        return QStringLiteral("system");
    case ThemeChoice::Light:
        return PageStyle::themeKey(PageTheme::Light);
    case ThemeChoice::Dark:
        return PageStyle::themeKey(PageTheme::Dark);
    case ThemeChoice::HighContrast:
        return PageStyle::themeKey(PageTheme::HighContrast);
    }
    return {};
}

bool ComfortSettings::parseTheme(const QString &key, ThemeChoice *theme) {
    for (ThemeChoice t :
         {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        if (key == themeKey(t)) {
            *theme = t;
            return true;
        }
    }
    return false;
}

QString ComfortSettings::fontKey(ReadingFont font) {
    switch (font) {
    case ReadingFont::Default:
        return QStringLiteral("default");
    case ReadingFont::Dyslexic:
        return QStringLiteral("dyslexic");
    case ReadingFont::Spaced:
        return QStringLiteral("spaced");
    }
    return {};
}

bool ComfortSettings::parseFont(const QString &key, ReadingFont *font) {
    for (ReadingFont f : {ReadingFont::Default, ReadingFont::Dyslexic, ReadingFont::Spaced}) {
        if (key == fontKey(f)) {
            *font = f;
            return true;
        }
    }
    return false;
}

} // namespace pr
