// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pinpanel.h"

#include "kiosk/pinhash.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

namespace pr {

PinPanel::PinPanel(Check check, QWidget *window)
    : WindowOverlay(QColor(0, 0, 0, 140), window)
    , m_check(std::move(check))
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_leave(new QPushButton(tr("Leave the kiosk"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("kioskPinPanel"));
    setAccessibleName(tr("Staff only"));
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setMinimumWidth(460);
    card->setMaximumWidth(560);

    auto *title = new QLabel(tr("Staff only"), card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *prompt = new QLabel(tr("Enter the admin PIN to leave the kiosk."), card);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_pin);

    m_pin->setParent(card);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_pin->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(PinHash::maximumPinLength)), m_pin));
    m_pin->setAccessibleName(tr("Admin PIN"));

    m_message->setParent(card);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("PIN check"));

    m_leave->setParent(card);
    m_cancel->setParent(card);
    m_leave->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_leave, &QPushButton::clicked, this, &PinPanel::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinPanel::submit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_leave);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->addWidget(title);
    cardLayout->addWidget(prompt);
    cardLayout->addWidget(m_pin);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(60);
    // Centred by stretches, not by alignment, so the card grows to fit wrapped text.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
}

void PinPanel::open() {
    m_pin->clear();
    m_pin->setEnabled(true);
    m_leave->setEnabled(true);
    m_message->clear();
    cover();
    m_pin->setFocus(Qt::OtherFocusReason);
    // Staff arrive here by a long press, with no key to type on: bring up the number pad.
    QTimer::singleShot(0, this, [] { QGuiApplication::inputMethod()->show(); });
}

void PinPanel::openUnavailable(const QString &reason) {
    m_pin->clear();
    m_pin->setEnabled(false);
    m_leave->setEnabled(false);
    m_message->setText(reason);
    cover();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void PinPanel::submit() {
    if (m_pin->text().isEmpty())
        return;
    m_leave->setEnabled(false);
    // The check is deliberately slow (PBKDF2); it runs off the GUI thread, which keeps
    // answering (and pinging the watchdog) meanwhile.
    m_message->setText(tr("Checking…"));
    const QString pin = m_pin->text();
    m_pin->clear();
    m_check(pin, [panel = QPointer<PinPanel>(this)](const PinGuard::Result &result) {
        if (!panel)
            return;
        panel->m_leave->setEnabled(true);
        if (result.accepted()) {
            panel->hide();
            return;
        }
        panel->m_message->setText(result.message);
        panel->m_pin->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace pr
