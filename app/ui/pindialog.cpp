#include "pindialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace pr {

PinDialog::PinDialog(Check check, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_pin(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_leave(new QPushButton(tr("Leave the kiosk"), this)) {
    setWindowTitle(tr("Staff only"));
    setObjectName(QStringLiteral("kioskPinDialog"));
    auto *prompt = new QLabel(tr("Enter the admin PIN to leave the kiosk."), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_pin);

    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                               Qt::ImhNoAutoUppercase);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,32}")), m_pin));
    m_pin->setAccessibleName(tr("Admin PIN"));

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("PIN check"));

    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_leave->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_leave, &QPushButton::clicked, this, &PinDialog::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &PinDialog::submit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_leave);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumWidth(420);
}

void PinDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    if (const QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const QRect area = window->geometry();
        move(area.center().x() - width() / 2, area.top() + area.height() / 10);
    }
    m_pin->setFocus();
}

void PinDialog::submit() {
    if (m_pin->text().isEmpty())
        return;
    m_leave->setEnabled(false);
    // The check is deliberately slow (PBKDF2); say so before the window stops responding to it.
    m_message->setText(tr("Checking…"));
    m_message->repaint();
    const PinGuard::Result result = m_check(m_pin->text());
    m_leave->setEnabled(true);
    m_pin->clear();
    if (result.accepted()) {
        accept();
        return;
    }
    m_message->setText(result.message);
    m_pin->setFocus();
}

} // namespace pr
