// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QColor>
#include <QWidget>

namespace pr {

// A panel over the whole of its parent window, painted with a translucent backdrop, that keeps
// covering the window when it is resized. Kiosk prompts use it instead of separate windows.
class WindowOverlay : public QWidget {
    Q_OBJECT

public:
    WindowOverlay(QColor backdrop, QWidget *window);

protected:
    // Covers the window and shows on top of everything in it.
    void cover();

    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_backdrop;
};

} // namespace pr
