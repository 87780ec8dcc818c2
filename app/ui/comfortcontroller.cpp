// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "comfortcontroller.h"

#include "readerstyle.h"
#include "windowtheme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFontDatabase>
#include <QMenu>
#include <QStyle>
#include <QStyleFactory>

namespace pr {

ComfortController::ComfortController(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_themeGroup(new QActionGroup(this))
    , m_fontGroup(new QActionGroup(this)) {
    ReaderStyle::install(); // the desktop's style, with the reader's departures
    m_systemPalette = QApplication::palette();
    if (!m_settings.hasTheme()) {
        // First start: a desktop set to high contrast gets it here too.
        m_settings.setTheme(WindowTheme::desktopWantsHighContrast() ? ThemeChoice::HighContrast
                                                                    : ThemeChoice::System);
    }
    m_theme = m_settings.theme();
    m_font = m_settings.readingFont();
    for (ThemeChoice t :
         {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        QAction *a = m_themeGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(t));
        a->setObjectName(QStringLiteral("theme-") + ComfortSettings::themeKey(t));
    }
    for (ReadingFont f : {ReadingFont::Default, ReadingFont::Dyslexic, ReadingFont::Spaced}) {
        QAction *a = m_fontGroup->addAction(QString());
        a->setCheckable(true);
        a->setData(int(f));
        a->setObjectName(QStringLiteral("font-") + ComfortSettings::fontKey(f));
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setTheme(ThemeChoice(a->data().toInt())); });
    connect(m_fontGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setReadingFont(ReadingFont(a->data().toInt())); });
    retranslate();
    apply();
}

QMenu *ComfortController::themeMenu(QWidget *menuParent) {
    if (!m_themeMenu) {
        m_themeMenu = new QMenu(menuParent);
        m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
        m_themeMenu->addActions(m_themeGroup->actions());
    }
    retranslate();
    return m_themeMenu;
}

QMenu *ComfortController::fontMenu(QWidget *menuParent) {
    if (!m_fontMenu) {
        m_fontMenu = new QMenu(menuParent);
        m_fontMenu->setObjectName(QStringLiteral("readingFontMenu"));
        m_fontMenu->addActions(m_fontGroup->actions());
    }
    retranslate();
    return m_fontMenu;
}

PageStyle ComfortController::pageStyle() const {
    PageStyle style;
    style.font = m_font;
    switch (m_theme) {
    case ThemeChoice::System:
        style.theme = m_systemPalette.color(QPalette::Window).lightness() < 128 ? PageTheme::Dark
                                                                                : PageTheme::Light;
        break;
    case ThemeChoice::Light:
        style.theme = PageTheme::Light;
        break;
    case ThemeChoice::Dark:
        style.theme = PageTheme::Dark;
        break;
    case ThemeChoice::HighContrast:
        style.theme = PageTheme::HighContrast;
        break;
    }
    return style;
}

void ComfortController::setTheme(ThemeChoice theme) {
    if (m_remember)
        m_settings.setTheme(theme);
    if (theme == m_theme)
        return syncActions();
    m_theme = theme;
    apply();
}

void ComfortController::setReadingFont(ReadingFont font) {
    if (m_remember)
        m_settings.setReadingFont(font);
    if (font == m_font)
        return syncActions();
    m_font = font;
    apply();
}

void ComfortController::setDefaults(ThemeChoice theme, ReadingFont font) {
    m_remember = false;
    m_defaultTheme = theme;
    m_defaultFont = font;
    resetToDefaults();
}

void ComfortController::resetToDefaults() {
    if (m_theme == m_defaultTheme && m_font == m_defaultFont)
        return;
    m_theme = m_defaultTheme;
    m_font = m_defaultFont;
    apply();
}

void ComfortController::apply() {
    const PageStyle style = pageStyle();
    if (m_theme == ThemeChoice::System) {
        QApplication::setPalette(m_systemPalette);
        qApp->setStyleSheet(QString());
    } else {
        // Fusion draws with the palette alone, so every widget follows the theme.
        ReaderStyle::install(QStringLiteral("Fusion"));
        QApplication::setPalette(WindowTheme::palette(style.theme));
        qApp->setStyleSheet(WindowTheme::styleSheet(style.theme));
    }
    syncActions();
    emit pageStyleChanged(style);
}

void ComfortController::syncActions() {
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(ThemeChoice(a->data().toInt()) == m_theme);
    for (QAction *a : m_fontGroup->actions())
        a->setChecked(ReadingFont(a->data().toInt()) == m_font);
}

void ComfortController::retranslate() {
    const QList<QAction *> themes = m_themeGroup->actions();
    themes.at(0)->setText(tr("&System (as the desktop)"));
    themes.at(1)->setText(tr("&Light"));
    themes.at(2)->setText(tr("&Dark"));
    themes.at(3)->setText(tr("&High contrast"));
    const QList<QAction *> fonts = m_fontGroup->actions();
    fonts.at(0)->setText(tr("&Default font"));
    const bool dyslexicInstalled =
        QFontDatabase::families().contains(QStringLiteral("OpenDyslexic"));
    fonts.at(1)->setText(dyslexicInstalled ? tr("D&yslexia-friendly font (OpenDyslexic)")
                                           : tr("D&yslexia-friendly font (not installed)"));
    fonts.at(1)->setEnabled(dyslexicInstalled || m_font == ReadingFont::Dyslexic);
    fonts.at(2)->setText(tr("&Larger line and word spacing"));
    if (m_themeMenu)
        m_themeMenu->setTitle(tr("&Theme"));
    if (m_fontMenu)
        m_fontMenu->setTitle(tr("Reading &font"));
}

} // namespace pr
