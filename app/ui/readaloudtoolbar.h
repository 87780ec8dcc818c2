// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;

namespace pr {

class ReadAloudController;

// The read-aloud controls beside the answer: Read aloud / Pause / Resume, Stop, the reading
// speed, and, when nothing can be read, why (in words, not only a greyed-out button).
class ReadAloudToolBar : public QToolBar {
    Q_OBJECT

public:
    explicit ReadAloudToolBar(ReadAloudController &controller, QWidget *parent = nullptr);

    QComboBox *speedBox() const { return m_speed; }
    QLabel *reasonLabel() const { return m_reason; }
    // Kiosks: finger-sized controls.
    void setLargeControls(bool large);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ReadAloudController &m_controller;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QLabel *m_reason;
    QAction *m_reasonAction = nullptr;
};

} // namespace pr
