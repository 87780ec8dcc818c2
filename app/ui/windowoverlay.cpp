// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "windowoverlay.h"

#include <QEvent>
#include <QPainter>

namespace pr {

WindowOverlay::WindowOverlay(QColor backdrop, QWidget *window)
    : QWidget(window)
    , m_backdrop(backdrop) {
    window->installEventFilter(this);
    hide();
}

void WindowOverlay::cover() {
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

bool WindowOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void WindowOverlay::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), m_backdrop);
}

} // namespace pr
