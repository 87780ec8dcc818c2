// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "safety/safetynotices.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace pr {

// The search panel's notice area: a calm, clearly separated block above the results while the
// words typed touch a crisis topic. On a kiosk it also offers the notice as a QR code and, where
// printing is allowed, as a printed slip.
class SafetyNoticePanel : public QFrame {
    Q_OBJECT

public:
    explicit SafetyNoticePanel(QWidget *parent = nullptr);

    // Shows the first notice, or hides the panel when there is none.
    void setNotices(const QList<SafetyNotice> &notices);
    bool isShowingNotice() const { return !m_notices.isEmpty(); }
    const QList<SafetyNotice> &notices() const { return m_notices; }
    // Kiosks: a QR code of the notice, and a "Print these help lines" button.
    void setKioskOffers(bool qrCode, bool printing);

signals:
    void printRequested(const SafetyNotice &notice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<SafetyNotice> m_notices;
    QLabel *m_text;
    QLabel *m_qr;
    QPushButton *m_print;
    bool m_qrOffered = false;
    bool m_printOffered = false;
};

} // namespace pr
