// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "comfortsettings.h"
#include "web/pagestyle.h"

#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QWidget;

namespace pr {

// Reading comfort for the whole window and the page: one theme (System, Light, Dark, High
// contrast) and a reading font, chosen from two menus, remembered, and put back to the clinic's
// defaults for each kiosk visitor.
class ComfortController : public QObject {
    Q_OBJECT

public:
    ComfortController(QSettings &settings, QObject *parent = nullptr);

    // The Theme and Reading font menus (their owner: menuParent).
    QMenu *themeMenu(QWidget *menuParent);
    QMenu *fontMenu(QWidget *menuParent);

    ThemeChoice theme() const { return m_theme; }
    ReadingFont readingFont() const { return m_font; }
    // What answer pages show now (System resolved to light or dark).
    PageStyle pageStyle() const;

    void setTheme(ThemeChoice theme);
    void setReadingFont(ReadingFont font);
    // Kiosks: the clinic's choice, applied now and after each visitor (not remembered).
    void setDefaults(ThemeChoice theme, ReadingFont font);
    void resetToDefaults();

    void retranslate();

signals:
    void pageStyleChanged(const pr::PageStyle &style);

private:
    void apply();
    void syncActions();

    ComfortSettings m_settings;
    QPalette m_systemPalette;
    ThemeChoice m_theme;
    ReadingFont m_font;
    ThemeChoice m_defaultTheme = ThemeChoice::System;
    ReadingFont m_defaultFont = ReadingFont::Default;
    bool m_remember = true;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_fontMenu = nullptr;
    QActionGroup *m_themeGroup;
    QActionGroup *m_fontGroup;
};

} // namespace pr
