// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace pr {

// A ring drawn around the widget that has the keyboard focus when the focus came from the
// keyboard (Tab, Shift+Tab, F6, a shortcut), as browsers do for :focus-visible, so that every
// stop is marked the same clear way in every theme, whatever the style draws (Fusion's own
// focus marks are faint, and lists and the answer's page have none around them). Its colour
// is the palette's highlight, which each theme chooses to stand out from the window. A click
// takes the ring away.
class FocusRing : public QObject {
    Q_OBJECT

public:
    static constexpr int kWidth = 3;

    explicit FocusRing(QObject *parent = nullptr);
    ~FocusRing() override;

    // The widget ringed, null when no ring is shown.
    QWidget *target() const;
    // The ring itself (a child of the target's window), null when none was made yet.
    QWidget *ring() const { return m_ring; }
    static QColor colour();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *widget, bool fromKeyboard);
    void place();
    void hideRing();

    QPointer<QWidget> m_target;
    QPointer<QWidget> m_ring;
    QList<QPointer<QWidget>> m_watched; // the target and its ancestors: they move it
};

} // namespace pr
