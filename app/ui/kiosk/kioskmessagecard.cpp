// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kioskmessagecard.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QLabel>
#include <QPropertyAnimation>
#include <QVBoxLayout>

namespace pr {

KioskMessageCard::KioskMessageCard(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_opacity(new QGraphicsOpacityEffect(this))
    , m_fade(new QPropertyAnimation(m_opacity, "opacity", this)) {
    setObjectName(QStringLiteral("kioskMessageCard"));
    // Light text on a dark card in every theme: it must stand out from the page under it.
    setStyleSheet(QStringLiteral("QFrame#kioskMessageCard { background: #1d1d1b; border: 3px "
                                 "solid #ffd24a; border-radius: 14px; }"
                                 "QLabel { color: #ffffff; background: transparent; }"));
    m_label->setObjectName(QStringLiteral("kioskMessageText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::PlainText);
    QFont big = m_label->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_label->setFont(big);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(m_label);
    m_opacity->setOpacity(1.0);
    setGraphicsEffect(m_opacity);
    m_fade->setDuration(900);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, &QWidget::hide);
    m_stay.setSingleShot(true);
    m_stay.setInterval(6000);
    connect(&m_stay, &QTimer::timeout, this, &KioskMessageCard::fadeOut);
    parent->installEventFilter(this);
    hide();
}

void KioskMessageCard::showMessage(const QString &text) {
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    m_label->setText(text);
    setAccessibleName(text);
    place();
    show();
    raise();
    m_stay.start();
}

QString KioskMessageCard::text() const {
    return m_label->text();
}

void KioskMessageCard::place() {
    const QWidget *area = parentWidget();
    const int width = qMin(area->width() - 64, 900);
    m_label->setFixedWidth(width - 56);
    adjustSize();
    const int height = sizeHint().height();
    // In the lower third, above the bottom bar, where the eye goes after a tap there.
    move((area->width() - width) / 2, area->height() * 2 / 3 - height / 2);
    resize(width, height);
}

void KioskMessageCard::fadeOut() {
    m_fade->start();
}

void KioskMessageCard::mousePressEvent(QMouseEvent *event) {
    m_stay.stop();
    hide();
    QFrame::mousePressEvent(event);
}

bool KioskMessageCard::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace pr
