// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// How answer pages look: the colour theme and the reading font. The page's <html> element
// carries both as classes, and the answer style sheet does the rest (printing always uses the
// light print style).
enum class PageTheme { Light, Dark, HighContrast };
enum class ReadingFont { Default, Dyslexic, Spaced };

struct PageStyle {
    PageTheme theme = PageTheme::Light;
    ReadingFont font = ReadingFont::Default;

    // "light", "dark contrast" ... for the class attribute of <html>.
    QString htmlClasses() const {
        QString classes;
        switch (theme) {
        case PageTheme::Light:
            classes = QStringLiteral("light");
            break;
        case PageTheme::Dark:
            classes = QStringLiteral("dark");
            break;
        case PageTheme::HighContrast:
            classes = QStringLiteral("contrast");
            break;
        }
        switch (font) {
        case ReadingFont::Default:
            break;
        case ReadingFont::Dyslexic:
            classes += QStringLiteral(" font-dyslexic");
            break;
        case ReadingFont::Spaced:
            classes += QStringLiteral(" font-spaced");
            break;
        }
        return classes;
    }
    // The command line's and settings' names: light, dark, high-contrast.
    static QString themeKey(PageTheme theme);
    static bool parseTheme(const QString &key, PageTheme *theme);

    bool operator==(const PageStyle &) const = default;
};

inline QString PageStyle::themeKey(PageTheme theme) {
    switch (theme) {
    case PageTheme::Light:
        return QStringLiteral("light");
    case PageTheme::Dark:
        return QStringLiteral("dark");
    case PageTheme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

inline bool PageStyle::parseTheme(const QString &key, PageTheme *theme) {
    for (PageTheme t : {PageTheme::Light, PageTheme::Dark, PageTheme::HighContrast}) {
        if (key == themeKey(t)) {
            *theme = t;
            return true;
        }
    }
    return false;
}

} // namespace pr
