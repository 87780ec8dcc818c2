// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kiosk/pinguard.h"
#include "windowoverlay.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pr {

// Asks staff for the admin PIN to leave the kiosk, as a panel over the whole kiosk window rather
// than a dialog: a modal dialog would block the on-screen keyboard's taps, and a single-app
// compositor such as cage may not place a second window well. The PIN is digits only and hidden
// as typed, so the keyboard shows its number pad; a wrong PIN is answered in the panel, which
// stays open. The panel sits near the top so the keyboard does not cover it.
class PinPanel : public WindowOverlay {
    Q_OBJECT

public:
    using Done = std::function<void(const PinGuard::Result &)>;
    // Checks pin and calls done with the answer, later (the check runs off the GUI thread).
    using Check = std::function<void(const QString &pin, Done done)>;

    PinPanel(Check check, QWidget *window);

    // Covers the window, empty and ready for a PIN, with the number pad up.
    void open();
    // Covers the window with a reason why no PIN can be taken, and only a way back.
    void openUnavailable(const QString &reason);

    QLineEdit *pinField() const { return m_pin; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void submit();

    Check m_check;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_leave;
    QPushButton *m_cancel;
};

} // namespace pr
