// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace pr {

// "Text size 150%" in the status bar with a button back to the normal size, shown only while
// the text size is not 100%, so a reader who zoomed by accident sees it and how to undo it.
class ZoomIndicator : public QWidget {
    Q_OBJECT

public:
    // reset: the action that brings the normal size back (its text labels the button).
    ZoomIndicator(QAction *reset, QWidget *parent = nullptr);

    void setZoom(qreal factor);
    QString text() const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_button;
    qreal m_factor = 1.0;
};

} // namespace pr
