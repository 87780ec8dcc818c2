// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "countdownoverlay.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr {

CountdownOverlay::CountdownOverlay(QWidget *parent)
    : WindowOverlay(QColor(253, 252, 249, 240), parent)
    , m_title(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_keepReading(new QPushButton(this)) {
    setObjectName(QStringLiteral("countdownOverlay"));
    setAttribute(Qt::WA_StyledBackground);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_remaining->setAlignment(Qt::AlignCenter);
    m_remaining->setWordWrap(true);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.5);
    m_remaining->setFont(medium);
    m_keepReading->setFont(big);
    m_keepReading->setMinimumSize(320, 88);
    m_keepReading->setObjectName(QStringLiteral("keepReading"));
    m_title->setText(tr("Are you still reading?"));
    m_keepReading->setText(tr("Keep reading"));
    m_keepReading->setAccessibleName(tr("Keep reading"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_remaining);
    layout->addSpacing(24);
    layout->addWidget(m_keepReading, 0, Qt::AlignHCenter);
    layout->addStretch();
    connect(m_keepReading, &QPushButton::clicked, this, &CountdownOverlay::keepReading);
}

void CountdownOverlay::showCountdown(int seconds) {
    setRemaining(seconds);
    cover();
    m_keepReading->setFocus(Qt::OtherFocusReason);
}

void CountdownOverlay::setRemaining(int seconds) {
    m_remaining->setText(
        tr("To protect your privacy, this screen starts over in %n second(s).", nullptr, seconds));
}

} // namespace pr
