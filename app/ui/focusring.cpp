// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "focusring.h"

#include <QApplication>
#include <QFocusEvent>
#include <QPainter>
#include <QPainterPath>

namespace pr {
namespace {

class RingWidget : public QWidget {
public:
    explicit RingWidget(QWidget *window)
        : QWidget(window) {
        setObjectName(QStringLiteral("focusRing"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter painter(this);
        const int w = FocusRing::kWidth;
        const QColor c = FocusRing::colour();
        const QRect r = rect();
        painter.fillRect(QRect(r.left(), r.top(), r.width(), w), c);
        painter.fillRect(QRect(r.left(), r.bottom() - w + 1, r.width(), w), c);
        painter.fillRect(QRect(r.left(), r.top(), w, r.height()), c);
        painter.fillRect(QRect(r.right() - w + 1, r.top(), w, r.height()), c);
    }
};

bool isKeyboardReason(Qt::FocusReason reason) {
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
           reason == Qt::ShortcutFocusReason;
}

} // namespace

FocusRing::FocusRing(QObject *parent)
    : QObject(parent) {
    qApp->installEventFilter(this);
}

FocusRing::~FocusRing() {
    delete m_ring;
}

QColor FocusRing::colour() {
    return QApplication::palette().color(QPalette::Active, QPalette::Highlight);
}

QWidget *FocusRing::target() const {
    return m_ring && m_ring->isVisible() ? m_target.data() : nullptr;
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::FocusIn:
        if (watched->isWidgetType() && watched == QApplication::focusWidget()) {
            auto *widget = static_cast<QWidget *>(watched);
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            // The page of a web view moves its focus inside the view: the ring stays.
            const bool stays = widget == m_target && target();
            follow(widget, isKeyboardReason(reason) || stays);
        }
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ParentChange:
        if (m_target && watched != m_ring && watched->isWidgetType() &&
            m_watched.contains(static_cast<QWidget *>(watched)))
            QMetaObject::invokeMethod(this, &FocusRing::place, Qt::QueuedConnection);
        break;
    case QEvent::MouseButtonPress:
        // A click is not a keyboard focus: the ring goes, as :focus-visible does.
        if (target())
            hideRing();
        break;
    default:
        break;
    }
    return false;
}

void FocusRing::follow(QWidget *widget, bool fromKeyboard) {
    m_target = widget;
    m_watched.clear();
    if (!fromKeyboard || widget->isWindow() ||
        widget->window()->windowType() == Qt::Popup) { // menus and lists that drop down
        hideRing();
        return;
    }
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        m_watched.append(w);
        if (w->isWindow())
            break;
    }
    place();
}

void FocusRing::hideRing() {
    if (m_ring)
        m_ring->hide();
}

void FocusRing::place() {
    QWidget *target = m_target;
    if (!target || !target->isVisible() || target->isWindow() ||
        target != QApplication::focusWidget()) {
        hideRing();
        return;
    }
    QWidget *window = target->window();
    if (m_ring && m_ring->parentWidget() != window) {
        delete m_ring;
    }
    if (!m_ring)
        m_ring = new RingWidget(window);
    const QRect inWindow(target->mapTo(window, QPoint(0, 0)), target->size());
    m_ring->setGeometry(inWindow.adjusted(-kWidth, -kWidth, kWidth, kWidth));
    m_ring->show();
    m_ring->raise();
    m_ring->update();
}

} // namespace pr
