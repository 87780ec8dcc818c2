// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "printcontroller.h"

#include "answerview.h"
#include "safetyslip.h"
#include "system/logging.h"

#include <QPrintDialog>
#include <QPrinter>

namespace pr {

namespace {

// The printer named (empty: the default one), or null when it is not available.
std::unique_ptr<QPrinter> namedPrinter(const QString &printerName) {
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer->setPrinterName(printerName);
    if (!printer->isValid() || (!printerName.isEmpty() && printer->printerName() != printerName))
        return nullptr;
    return printer;
}

} // namespace

PrintController::PrintController(AnswerView &view, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_view(view)
    , m_dialogParent(dialogParent) {
    connect(&m_view, &QWebEngineView::printFinished, this, [this](bool ok) {
        // The page is done with the printer: it goes now, not on some later signal.
        m_printer.reset();
        emit finished(ok);
    });
}

PrintController::~PrintController() = default;

void PrintController::printWithDialog() {
    if (isPrinting())
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printAnswer(std::move(printer));
}

bool PrintController::printAnswerTo(const QString &printerName) {
    std::unique_ptr<QPrinter> printer = namedPrinter(printerName);
    if (!printer) {
        qCWarning(lcKiosk, "kiosk: printer \"%s\" is not available", qPrintable(printerName));
        return false;
    }
    printAnswer(std::move(printer));
    return true;
}

void PrintController::printAnswer(std::unique_ptr<QPrinter> printer) {
    if (isPrinting())
        return;
    m_printer = std::move(printer);
    m_view.print(m_printer.get());
}

bool PrintController::printSafetySlip(const SafetyNotice &notice, const QString &printerName) {
    QPrinter printer(QPrinter::HighResolution);
    if (!printerName.isEmpty())
        printer.setPrinterName(printerName);
    const bool available = printerName.isEmpty() || printer.printerName() == printerName;
    const bool ok = available && SafetySlip::print(notice, &printer);
    if (!ok)
        qCWarning(lcKiosk, "kiosk: the help-line slip could not be printed on \"%s\"",
                  qPrintable(printerName));
    return ok;
}

} // namespace pr
