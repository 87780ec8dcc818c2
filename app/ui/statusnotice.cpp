// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "statusnotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace pr {

namespace {
constexpr int shownForMs = 12000;
}

StatusNotice::StatusNotice(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_timeout(new QTimer(this)) {
    setObjectName(QStringLiteral("statusNotice"));
    m_message->setObjectName(QStringLiteral("statusNoticeMessage"));
    m_button->setObjectName(QStringLiteral("statusNoticeButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_button);
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(shownForMs);
    connect(m_timeout, &QTimer::timeout, this, &StatusNotice::dismiss);
    connect(m_button, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = std::exchange(m_action, {});
        dismiss();
        if (action)
            action();
    });
    hide();
}

void StatusNotice::showNotice(const QString &message, const QString &buttonText,
                              std::function<void()> action) {
    // A temporary status message would be drawn over this one.
    if (auto *bar = qobject_cast<QStatusBar *>(parentWidget()))
        bar->clearMessage();
    m_message->setText(message);
    m_button->setText(buttonText);
    m_button->setAccessibleName(buttonText);
    m_action = std::move(action);
    show();
    m_timeout->start();
}

void StatusNotice::dismiss() {
    m_timeout->stop();
    m_action = {};
    hide();
}

} // namespace pr
