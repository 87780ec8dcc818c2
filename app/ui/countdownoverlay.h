// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "windowoverlay.h"

class QLabel;
class QPushButton;

namespace pr {

// "Are you still reading?" on an opaque card in the middle of the window (the page behind it
// darkened, never showing through the card), with the seconds left and one large button to
// keep reading (WCAG 2.2.1). A tap anywhere on the card keeps reading too.
class CountdownOverlay : public WindowOverlay {
    Q_OBJECT

public:
    explicit CountdownOverlay(QWidget *parent);

    void showCountdown(int seconds);
    void setRemaining(int seconds);
    QPushButton *keepReadingButton() const { return m_keepReading; }
    QWidget *card() const { return m_card; }

signals:
    void keepReading();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QWidget *m_card;
    QLabel *m_title;
    QLabel *m_seconds;
    int m_secondsLeft = 0;
    QLabel *m_remaining;
    QPushButton *m_keepReading;
};

} // namespace pr
