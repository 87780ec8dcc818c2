// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "windowtheme.h"

#include <QProcess>
#include <QStandardPaths>

namespace pr {
namespace {

struct Colours {
    QColor window, text, base, alternate, button, highlight, highlightedText, link, visited,
        placeholder, disabled, mid, light, dark, tipBase, tipText;
};

Colours coloursOf(PageTheme theme) {
    switch (theme) {
    case PageTheme::Light:
        return {"#f4f3ef", "#1d1d1b", "#ffffff", "#f1efe8", "#e9e7e1", "#0b57a4",
                "#ffffff", "#0b57a4", "#5b3c99", "#55534e", "#6e6c66", "#b9b5ab",
                "#ffffff", "#8a867c", "#fffbe6", "#1d1d1b"};
    case PageTheme::Dark:
        return {"#232427", "#ecebe7", "#1b1c1e", "#26282b", "#303236", "#8cc4ff",
                "#000000", "#8cc4ff", "#c9b2ff", "#b7b4ac", "#8f8d87", "#55575c",
                "#3a3c40", "#101113", "#303236", "#ecebe7"};
    case PageTheme::HighContrast:
        return {"#000000", "#ffffff", "#000000", "#000000", "#000000", "#ffff00",
                "#000000", "#ffff00", "#ffc6ff", "#e6e6e6", "#c0c0c0", "#ffffff",
                "#ffffff", "#ffffff", "#000000", "#ffffff"};
    }
    return {};
}

} // namespace

QPalette WindowTheme::palette(PageTheme theme) {
    const Colours c = coloursOf(theme);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, disabled ? c.disabled : c.text);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternate);
        p.setColor(group, QPalette::Text, disabled ? c.disabled : c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, disabled ? c.disabled : c.text);
        p.setColor(group, QPalette::BrightText, c.text);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.visited);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.tipBase);
        p.setColor(group, QPalette::ToolTipText, c.tipText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.light);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.dark);
    }
    return p;
}

QString WindowTheme::styleSheet(PageTheme theme) {
    if (theme != PageTheme::HighContrast)
        return {};
    return QStringLiteral("QToolButton:focus, QPushButton:focus, QComboBox:focus, QLineEdit:focus,"
                          " QCheckBox:focus, QRadioButton:focus { border: 2px solid #00e5ff; }"
                          "QLineEdit, QComboBox, QAbstractScrollArea { border: 1px solid #ffffff; }"
                          "QToolBar { border-bottom: 1px solid #ffffff; }"
                          "QDockWidget::title { border-bottom: 1px solid #ffffff; }");
}

bool WindowTheme::desktopWantsHighContrast() {
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.contains(QLatin1String("Contrast"), Qt::CaseInsensitive))
        return true;
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings,
                  {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.a11y.interface"),
                   QStringLiteral("high-contrast")});
    if (!process.waitForFinished(1500)) {
        process.kill();
        process.waitForFinished(500);
        return false;
    }
    return process.exitCode() == 0 &&
           process.readAllStandardOutput().trimmed() == QByteArrayLiteral("true");
}

} // namespace pr
