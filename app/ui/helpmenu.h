// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/manifest.h"

#include <QMenu>

class QAction;
class QMainWindow;

namespace pr {

class ReaderSettings;

// Help: a first-start card (what the app is, how to find an answer), the keyboard shortcuts
// (read from the window's own menus, so the list cannot go stale) and About.
class HelpMenu : public QMenu {
    Q_OBJECT

public:
    HelpMenu(QMainWindow &window, ReaderSettings &settings);

    // The pack About describes.
    void setPack(const Manifest &manifest) { m_manifest = manifest; }
    void retranslate();
    // Shows the welcome card if this reader has never seen it.
    void welcomeOnFirstStart();

    void showWelcome();
    void showShortcuts();
    void showAbout();

    // The About text, in the interface language (rich text).
    QString aboutText() const;

private:
    QMainWindow &m_window;
    ReaderSettings &m_settings;
    Manifest m_manifest;
    QAction *m_welcome;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace pr
