// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readaloudtoolbar.h"

#include "readaloudcontroller.h"
#include "speech/speechrate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>

namespace pr {

ReadAloudToolBar::ReadAloudToolBar(ReadAloudController &controller, QWidget *parent)
    : QToolBar(parent)
    , m_controller(controller)
    , m_speedLabel(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_reason(new QLabel(this)) {
    setObjectName(QStringLiteral("readAloudToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addAction(controller.playPauseAction());
    addAction(controller.stopAction());
    m_speed->setObjectName(QStringLiteral("readingSpeed"));
    m_speedLabel->setBuddy(m_speed);
    m_speedLabel->setContentsMargins(8, 0, 4, 0);
    addWidget(m_speedLabel);
    addWidget(m_speed);
    m_reason->setObjectName(QStringLiteral("readAloudUnavailable"));
    m_reason->setWordWrap(false);
    m_reason->setContentsMargins(8, 0, 4, 0);
    m_reason->setVisible(false);
    m_reasonAction = addWidget(m_reason);
    m_reasonAction->setVisible(false);
    retranslate();
    connect(m_speed, &QComboBox::activated, &controller, &ReadAloudController::setRateStep);
    connect(&controller, &ReadAloudController::availabilityChanged, this,
            [this](bool available, const QString &reason) {
                m_reason->setText(reason);
                m_reasonAction->setVisible(!available && !reason.isEmpty());
            });
}

void ReadAloudToolBar::setLargeControls(bool large) {
    setIconSize(large ? QSize(40, 40) : QSize());
    QFont f = font();
    if (large)
        f.setPointSizeF(f.pointSizeF() * 1.2);
    for (QWidget *w : {static_cast<QWidget *>(m_speed), static_cast<QWidget *>(m_speedLabel)})
        w->setFont(large ? f : QFont());
}

void ReadAloudToolBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void ReadAloudToolBar::retranslate() {
    setWindowTitle(tr("Read aloud"));
    m_speedLabel->setText(tr("S&peed:"));
    const QStringList names = {tr("Very slow"), tr("Slow"), tr("Normal"), tr("Fast"),
                               tr("Very fast")};
    Q_ASSERT(names.size() == SpeechRate::steps().size());
    m_speed->clear();
    m_speed->addItems(names);
    m_speed->setCurrentIndex(m_controller.rateStep());
    m_speed->setAccessibleName(tr("Reading speed"));
    m_speed->setToolTip(tr("How fast the answer is read aloud"));
    m_reason->setText(m_controller.unavailableReason());
}

} // namespace pr
