// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "windowoverlay.h"

class QLabel;
class QPushButton;

namespace pr {

// "Are you still reading?" over the whole window, with the seconds left and a large button to
// keep reading (WCAG 2.2.1).
class CountdownOverlay : public WindowOverlay {
    Q_OBJECT

public:
    explicit CountdownOverlay(QWidget *parent);

    void showCountdown(int seconds);
    void setRemaining(int seconds);
    QPushButton *keepReadingButton() const { return m_keepReading; }

signals:
    void keepReading();

private:
    QLabel *m_title;
    QLabel *m_remaining;
    QPushButton *m_keepReading;
};

} // namespace pr
