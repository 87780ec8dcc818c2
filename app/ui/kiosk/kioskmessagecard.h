// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QFrame>
#include <QTimer>

class QGraphicsOpacityEffect;
class QLabel;
class QPropertyAnimation;

namespace pr {

// A message a kiosk visitor must see ("Printing is not available right now…"): a clear card
// over the lower part of the screen that fades after a few seconds, never only a status line.
// A tap on the card puts it away at once.
class KioskMessageCard : public QFrame {
    Q_OBJECT

public:
    explicit KioskMessageCard(QWidget *parent);

    void showMessage(const QString &text);
    QString text() const;
    // How long the card stays before it fades (tests shorten it).
    void setDuration(int milliseconds) { m_stay.setInterval(milliseconds); }

protected:
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void fadeOut();

    QLabel *m_label;
    QGraphicsOpacityEffect *m_opacity;
    QPropertyAnimation *m_fade;
    QTimer m_stay;
};

} // namespace pr
