// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kiosksourcespanel.h"

#include "citations/referencelistmodel.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace pr {

KioskSourcesPanel::KioskSourcesPanel(const ReferenceListModel &references, QWidget *parent)
    : WindowOverlay(QColor(0, 0, 0, 170), parent)
    , m_references(references)
    , m_card(new QFrame(this))
    , m_title(new QLabel(m_card))
    , m_intro(new QLabel(m_card))
    , m_scroll(new QScrollArea(m_card))
    , m_list(new QLabel)
    , m_close(new QPushButton(m_card)) {
    setObjectName(QStringLiteral("kioskSources"));
    m_card->setObjectName(QStringLiteral("kioskSourcesCard"));
    m_card->setAutoFillBackground(true);
    m_card->setStyleSheet(QStringLiteral("QFrame#kioskSourcesCard { background: palette(base); "
                                         "border: 2px solid palette(mid); border-radius: 16px; }"));
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("kioskSourcesList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_list->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_list->setTextInteractionFlags(Qt::NoTextInteraction); // no links, nothing to copy
    m_list->setContentsMargins(4, 4, 16, 4);
    QFont readable = m_list->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.15);
    m_list->setFont(readable);
    m_intro->setFont(readable);
    m_close->setFont(readable);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::LeftMouseButtonGesture);
    m_close->setObjectName(QStringLiteral("kioskSourcesClose"));
    m_close->setMinimumSize(240, 64);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(32, 28, 32, 28);
    card->setSpacing(14);
    card->addWidget(m_title);
    card->addWidget(m_intro);
    card->addWidget(m_scroll, 1);
    card->addWidget(m_close, 0, Qt::AlignHCenter);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(40, 88, 40, 40); // the staff corner stays clear
    outer->addWidget(m_card);
    retranslate();
}

void KioskSourcesPanel::open() {
    fill();
    cover();
    m_close->setFocus(Qt::OtherFocusReason);
}

void KioskSourcesPanel::fill() {
    QList<int> rows;
    for (int row = 0; row < m_references.rowCount(); ++row)
        if (m_references.index(row).data(ReferenceListModel::CitedRole).toBool())
            rows.append(row);
    const bool citesSome = !rows.isEmpty();
    if (!citesSome)
        for (int row = 0; row < m_references.rowCount(); ++row)
            rows.append(row);
    m_shown = int(rows.size());
    m_intro->setText(citesSome ? tr("The publisher of this answer lists these sources. Under each "
                                    "is what a check against public records found.")
                               : tr("This answer names no source of its own. These are the "
                                    "sources the publisher lists for the whole FAQ."));
    QString html;
    for (int row : std::as_const(rows)) {
        const QModelIndex index = m_references.index(row);
        const int number = index.data(ReferenceListModel::SourceNumberRole).toInt();
        html +=
            QStringLiteral("<p style=\"margin-bottom: 18px\"><b>%1.</b> %2<br><i>%3</i> %4</p>")
                .arg(number)
                .arg(index.data(ReferenceListModel::SourceTextRole).toString().toHtmlEscaped(),
                     tr("What the check found:").toHtmlEscaped(),
                     index.data(ReferenceListModel::CheckHeadlineRole).toString().toHtmlEscaped());
    }
    if (rows.isEmpty())
        html = tr("The publisher lists no sources.").toHtmlEscaped();
    m_list->setText(html);
}

void KioskSourcesPanel::mousePressEvent(QMouseEvent *event) {
    // A tap beside the card closes it, as the Close button does.
    if (!m_card->geometry().contains(event->position().toPoint()))
        hide();
    WindowOverlay::mousePressEvent(event);
}

void KioskSourcesPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible())
            fill();
    }
    WindowOverlay::changeEvent(event);
}

void KioskSourcesPanel::retranslate() {
    m_title->setText(tr("Sources of this answer"));
    m_close->setText(tr("Close"));
    m_list->setAccessibleName(tr("Sources"));
}

} // namespace pr
