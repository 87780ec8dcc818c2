// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kiosk/keyboardlayouts.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace pr {

// The kiosk's on-screen keyboard, part of the kiosk window. It appears at the bottom of the
// window when a text field takes focus (the number pad for the admin PIN), types into that field,
// and hides when the visitor taps anything else. It offers the layouts of the kiosk's languages
// and follows the visitor's language. It is built in rather than Qt Virtual Keyboard, which in
// Qt 6.4 does not work in a Wayland client such as one under cage, and opens its own window
// that a modal panel or a single-app compositor can get in the way of.
class OnScreenKeyboard : public QWidget {
    Q_OBJECT

public:
    OnScreenKeyboard(KeyboardLayouts layouts, QWidget *window);

    // Offers these languages' layouts; the globe key moves between them. Returns the languages
    // that have no layout.
    QStringList setLanguages(const QStringList &languageTags);
    // Shows this language's layout next time letters are needed, if it has one.
    void showLanguage(const QString &languageTag);

    const KeyboardLayout &currentLayout() const { return m_shown; }
    QStringList offeredLayouts() const;
    // The key that types text, or a named key ("backspace", "enter", "space", "hide", "globe",
    // "mode"), for tests and accessibility tools.
    QPushButton *key(const QString &textOrName) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followFocus(QWidget *now);
    void showFor(QWidget *target);
    void rebuild(const KeyboardLayout &layout);
    QPushButton *addKey(const QString &label, const QString &name, int row, int column, int span);
    void typeText(const QString &text);
    void pressKey(int key);
    void nextLanguage();
    void toggleDigits();
    void placeAtBottom();

    KeyboardLayouts m_layouts;
    QList<KeyboardLayout> m_offered;
    int m_language = 0;
    KeyboardLayout m_shown;
    QPointer<QWidget> m_target;
    QGridLayout *m_grid;
};

} // namespace pr
