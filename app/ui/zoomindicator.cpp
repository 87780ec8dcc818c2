// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "zoomindicator.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace pr {

ZoomIndicator::ZoomIndicator(QAction *reset, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this)) {
    setObjectName(QStringLiteral("zoomIndicator"));
    m_label->setObjectName(QStringLiteral("zoomLevel"));
    m_button->setObjectName(QStringLiteral("zoomReset"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_button, &QToolButton::clicked, reset, &QAction::trigger);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    retranslate();
    setVisible(false);
}

void ZoomIndicator::setZoom(qreal factor) {
    m_factor = factor;
    retranslate();
    setVisible(qRound(factor * 100) != 100);
}

QString ZoomIndicator::text() const {
    return m_label->text();
}

void ZoomIndicator::retranslate() {
    const QLocale locale;
    m_label->setText(
        tr("Text size %1").arg(locale.toString(qRound(m_factor * 100)) + locale.percent()));
    m_button->setText(tr("Normal size"));
    m_button->setToolTip(tr("Back to the normal text size (Ctrl+0)"));
    m_button->setAccessibleName(tr("Normal text size"));
}

void ZoomIndicator::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pr
