#pragma once

#include "kiosk/pinguard.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pr {

// Asks staff for the admin PIN to leave the kiosk. The PIN is digits only and hidden as it is
// typed, and the on-screen keyboard shows its number pad. A wrong PIN is answered inside the
// dialog, which stays open; the dialog sits near the top so the keyboard does not hide it.
class PinDialog : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<PinGuard::Result(const QString &pin)>;

    PinDialog(Check check, QWidget *parent);

    QLineEdit *pinField() const { return m_pin; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();

    Check m_check;
    QLineEdit *m_pin;
    QLabel *m_message;
    QPushButton *m_leave;
};

} // namespace pr
