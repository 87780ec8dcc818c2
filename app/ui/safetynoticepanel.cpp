// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "safetynoticepanel.h"

#include "safety/safetynoticehtml.h"
#include "system/qrcode.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pr {
namespace {

QPixmap qrPixmap(const QrCode &code, int moduleSize) {
    const int quiet = 4;
    const int side = (code.size() + 2 * quiet) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1); // white
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy)
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + quiet) * moduleSize + dx, (y + quiet) * moduleSize + dy, 0);
        }
    }
    return QPixmap::fromImage(image);
}

} // namespace

SafetyNoticePanel::SafetyNoticePanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_print(new QPushButton(this)) {
    setObjectName(QStringLiteral("safetyNotice"));
    setFrameShape(QFrame::StyledPanel);
    // Calm and set apart: a pale blue block with a dark border, never an alarm red.
    setStyleSheet(QStringLiteral("#safetyNotice { background: #eef4fb; border: 2px solid #1d4f91; "
                                 "border-radius: 6px; } #safetyNotice QLabel { color: #10253f; "
                                 "background: transparent; }"));
    m_text->setObjectName(QStringLiteral("safetyNoticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_qr->setObjectName(QStringLiteral("safetyNoticeQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_print->setObjectName(QStringLiteral("safetyNoticePrint"));
    // At large text sizes the notice may not fit beside the results: it scrolls, never clips.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("safetyNoticeContent"));
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_text);
    layout->addWidget(m_qr);
    layout->addWidget(m_print);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The panel's own calm background shows through (setWidget makes the content opaque).
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(2, 2, 2, 2);
    outer->addWidget(scroll);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (!m_notices.isEmpty())
            emit printRequested(m_notices.constFirst());
    });
    render();
}

void SafetyNoticePanel::setNotices(const QList<SafetyNotice> &notices) {
    m_notices = notices;
    render();
}

void SafetyNoticePanel::setKioskOffers(bool qrCode, bool printing) {
    m_qrOffered = qrCode;
    m_printOffered = printing;
    render();
}

void SafetyNoticePanel::render() {
    setVisible(!m_notices.isEmpty());
    if (m_notices.isEmpty())
        return;
    const SafetyNotice &notice = m_notices.constFirst();
    m_text->setText(SafetyNoticeHtml::render(notice, {}));
    m_text->setAccessibleName(notice.text.title);
    m_qr->hide();
    if (m_qrOffered) {
        const QrCode code = QrCode::encode(notice.qrText());
        if (code.isValid()) {
            m_qr->setPixmap(qrPixmap(code, 3));
            m_qr->setAccessibleName(tr("QR code of these help lines"));
            m_qr->setToolTip(tr("Scan with your phone to keep these help lines."));
            m_qr->show();
        }
    }
    m_print->setVisible(m_printOffered);
    m_print->setText(tr("Print these help lines"));
}

void SafetyNoticePanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace pr
