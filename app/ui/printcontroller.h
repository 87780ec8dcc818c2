// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "safety/safetynotices.h"

#include <QObject>
#include <memory>

class QPrinter;
class QWidget;

namespace pr {

class AnswerView;

// Prints what the reader reads, by one path: the answer on screen, on a printer chosen in the
// print dialog (a desktop) or named by the clinic (a kiosk, no dialog), and the kiosk's slip of
// help lines. The printer of the print in progress is the controller's own until the page says
// that it is done; one print at a time.
class PrintController : public QObject {
    Q_OBJECT

public:
    // dialogParent: the window the print dialog belongs to.
    PrintController(AnswerView &view, QWidget *dialogParent);
    ~PrintController() override;

    // The print dialog, then the answer on the printer chosen there.
    void printWithDialog();
    // The answer on printerName (empty: the default printer) without a dialog. False, with
    // nothing printed and no finished(), when that printer is not available.
    bool printAnswerTo(const QString &printerName);
    // The answer on printer (a PDF file, say); finished() says when it is done.
    void printAnswer(std::unique_ptr<QPrinter> printer);
    bool isPrinting() const { return m_printer != nullptr; }
    // The help lines of notice on printerName (empty: the default printer), at once; false
    // when they could not be printed.
    static bool printSafetySlip(const SafetyNotice &notice, const QString &printerName);

signals:
    // The answer's print is done (ok) or failed.
    void finished(bool ok);

private:
    AnswerView &m_view;
    QWidget *m_dialogParent;
    std::unique_ptr<QPrinter> m_printer; // of the print in progress
};

} // namespace pr
