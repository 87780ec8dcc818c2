// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace pr {

// A short message in the status area with the one thing the reader may want to do about it
// beside it: "Bookmark removed. [Undo]", "You were reading … [Go to the top]".
class StatusNotice : public QWidget {
    Q_OBJECT

public:
    explicit StatusNotice(QWidget *parent);

    // Shows message and a button labelled buttonText that runs action, for a few seconds.
    void showNotice(const QString &message, const QString &buttonText,
                    std::function<void()> action);
    void dismiss();

private:
    QLabel *m_message;
    QPushButton *m_button;
    QTimer *m_timeout;
    std::function<void()> m_action;
};

} // namespace pr
