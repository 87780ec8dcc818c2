// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "countdownoverlay.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pr {

CountdownOverlay::CountdownOverlay(QWidget *parent)
    : WindowOverlay(QColor(0, 0, 0, 190), parent)
    , m_card(new QFrame(this))
    , m_title(new QLabel(m_card))
    , m_seconds(new QLabel(m_card))
    , m_remaining(new QLabel(m_card))
    , m_keepReading(new QPushButton(m_card)) {
    setObjectName(QStringLiteral("countdownOverlay"));
    m_card->setObjectName(QStringLiteral("countdownCard"));
    // Opaque, in the theme's own colours: nothing of the answer shows through the words.
    m_card->setAutoFillBackground(true);
    m_card->setBackgroundRole(QPalette::Base);
    m_card->setStyleSheet(QStringLiteral(
        "QFrame#countdownCard { background: palette(base); border: 3px solid palette(highlight);"
        " border-radius: 18px; }"
        "QPushButton#keepReading { min-height: 88px; padding: 8px 36px; border-radius: 14px;"
        " background: palette(highlight); color: palette(highlighted-text);"
        " border: 2px solid palette(highlight); }"));
    m_card->setMaximumWidth(820);
    m_card->installEventFilter(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont huge = font();
    huge.setPointSizeF(huge.pointSizeF() * 4.0);
    huge.setBold(true);
    m_seconds->setObjectName(QStringLiteral("countdownSeconds"));
    m_seconds->setFont(huge);
    m_seconds->setAlignment(Qt::AlignCenter);
    m_remaining->setAlignment(Qt::AlignCenter);
    m_remaining->setWordWrap(true);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.4);
    m_remaining->setFont(medium);
    m_keepReading->setFont(big);
    m_keepReading->setMinimumSize(320, 88);
    m_keepReading->setObjectName(QStringLiteral("keepReading"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_seconds, m_remaining})
        w->setAttribute(Qt::WA_TransparentForMouseEvents); // a tap on them is a tap on the card

    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(40, 36, 40, 40);
    card->setSpacing(12);
    card->addWidget(m_title);
    card->addWidget(m_seconds);
    card->addWidget(m_remaining);
    card->addSpacing(16);
    card->addWidget(m_keepReading, 0, Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch();
    layout->addWidget(m_card, 0, Qt::AlignCenter);
    layout->addStretch();
    connect(m_keepReading, &QPushButton::clicked, this, &CountdownOverlay::keepReading);
    retranslate();
}

void CountdownOverlay::showCountdown(int seconds) {
    setRemaining(seconds);
    cover();
    m_keepReading->setFocus(Qt::OtherFocusReason);
}

void CountdownOverlay::setRemaining(int seconds) {
    m_secondsLeft = seconds;
    // The same digits as the sentence under it (%n), never two kinds on one card.
    m_seconds->setText(QString::number(seconds));
    m_remaining->setText(
        tr("To protect your privacy, this screen starts over in %n second(s).", nullptr, seconds));
}

bool CountdownOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_card && event->type() == QEvent::MouseButtonRelease) {
        emit keepReading();
        return true;
    }
    return WindowOverlay::eventFilter(watched, event);
}

void CountdownOverlay::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WindowOverlay::changeEvent(event);
}

void CountdownOverlay::retranslate() {
    m_title->setText(tr("Are you still reading?"));
    m_keepReading->setText(tr("Keep reading"));
    m_keepReading->setAccessibleName(tr("Keep reading"));
    m_card->setAccessibleName(tr("Are you still reading?"));
    if (m_secondsLeft > 0)
        setRemaining(m_secondsLeft);
}

} // namespace pr
