// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutfeature.h"

#include "answerview.h"
#include "handout/handoutbuilder.h"
#include "handout/handoutqrtext.h"
#include "handoutdialog.h"
#include "handoutprinter.h"
#include "kiosk/kioskshell.h"
#include "mainwindow.h"
#include "models/myquestionsmodel.h"
#include "myquestionspanel.h"
#include "system/logging.h"
#include "system/qrcode.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QAction>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPrinter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace pr {
namespace {

// The code drawn module by module: sharp at any size, no SVG module needed.
QPixmap qrPixmap(const QrCode &code, int modulePixels) {
    const int quiet = 4;
    const int side = (code.size() + 2 * quiet) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size(); ++y)
        for (int x = 0; x < code.size(); ++x)
            if (code.isDark(x, y))
                painter.fillRect((x + quiet) * modulePixels, (y + quiet) * modulePixels,
                                 modulePixels, modulePixels, Qt::black);
    painter.end();
    return QPixmap::fromImage(image);
}

} // namespace

HandoutFeature::HandoutFeature(MainWindow &window, const PageServer &server, UserStore &store)
    : QObject(&window)
    , m_window(window)
    , m_server(server)
    , m_store(store)
    , m_panel(new MyQuestionsPanel(store, &window))
    , m_dock(new QDockWidget(&window))
    , m_ask(new QAction(this))
    , m_handout(new QAction(this)) {
    m_dock->setObjectName(QStringLiteral("myQuestionsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    window.tabifyDockWidget(window.bookmarkDock(), m_dock);
    // The references stay the tab in front, as before.
    window.citationDock()->raise();

    m_ask->setObjectName(QStringLiteral("askClinician"));
    m_ask->setCheckable(true);
    m_ask->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_ask, &QAction::triggered, this, &HandoutFeature::toggleAsk);
    m_handout->setObjectName(QStringLiteral("handout"));
    m_handout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_handout, &QAction::triggered, this, &HandoutFeature::openHandoutDialog);
    window.addAction(m_ask);
    window.addAction(m_handout);

    window.fileMenu()->insertAction(window.printAction(), m_handout);
    window.editMenu()->addAction(m_ask);
    window.viewMenu()->addAction(m_dock->toggleViewAction());
    window.navigationToolBar()->addAction(m_ask);

    connect(&window, &MainWindow::answerLoaded, this, &HandoutFeature::updateAskAction);
    connect(&m_store, &UserStore::myQuestionsChanged, this, [this] {
        updateAskAction();
        // A kiosk's code shows one visitor's list: it goes as soon as the list changes.
        if (m_qrDialog)
            m_qrDialog->close();
    });
    connect(m_panel, &MyQuestionsPanel::entryChosen, &window,
            [this](const QString &id) { m_window.openEntry(id); });
    connect(m_panel, &MyQuestionsPanel::handoutRequested, this, [this] {
        if (m_kiosk)
            takeMyQuestions();
        else
            openHandoutDialog();
    });
    window.installEventFilter(this);
    packShown(server.pack());
    retranslate();
}

HandoutFeature::~HandoutFeature() = default;

HandoutDialog *HandoutFeature::dialog() const {
    return m_dialog;
}

QDialog *HandoutFeature::qrDialog() const {
    return m_qrDialog;
}

void HandoutFeature::packShown(const Pack &pack) {
    m_panel->setPack(pack);
    if (m_dialog)
        m_dialog->packChanged(pack);
    updateAskAction();
}

void HandoutFeature::updateAskAction() {
    const QString id = m_window.currentEntryId();
    m_ask->setEnabled(!id.isEmpty());
    m_ask->setChecked(!id.isEmpty() &&
                      m_store.isAskingClinician({m_server.pack().manifest().id, id}));
}

void HandoutFeature::toggleAsk() {
    const QString id = m_window.currentEntryId();
    if (id.isEmpty())
        return;
    const EntryKey key{m_server.pack().manifest().id, id};
    if (m_store.isAskingClinician(key)) {
        m_store.stopAskingClinician(key);
        m_window.tellVisitor(tr("Removed from my questions."), 5000);
    } else if (m_store.askClinician(key)) {
        m_window.tellVisitor(tr("Added to my questions."), 5000);
    }
    updateAskAction();
}

void HandoutFeature::openHandoutDialog() {
    if (m_kiosk)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new HandoutDialog(m_server.pack(), m_store, m_window.currentEntryId(),
                                 m_window.answerView()->zoomFactor(), &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &HandoutDialog::done, this, [this](const QString &path) {
        m_window.statusBar()->showMessage(path.isEmpty() ? tr("Sent to the printer.")
                                                         : tr("Handout saved to %1").arg(path),
                                          8000);
    });
    m_dialog->show();
}

void HandoutFeature::lockDownForKiosk() {
    m_kiosk = true;
    m_handout->setEnabled(false);
    m_dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    if (m_dialog)
        m_dialog->close();
}

void HandoutFeature::offerOnKiosk(bool printingAllowed, const QString &printerName) {
    lockDownForKiosk();
    m_kioskPrinting = printingAllowed;
    m_printerName = printerName;
    if (m_take)
        return;
    m_take = new QAction(this);
    m_take->setObjectName(QStringLiteral("takeMyQuestions"));
    connect(m_take, &QAction::triggered, this, &HandoutFeature::takeMyQuestions);
    if (KioskShell *shell = m_window.kioskShell()) {
        // On the answer screen's bar, and a screen of its own for the list.
        shell->addTool(m_ask, QStringLiteral("kioskAskClinician"));
        shell->setMyQuestions(m_panel, m_take);
        retranslate();
        return;
    }
    // A window without the kiosk's own layout: on the navigation bar.
    QToolBar *row = m_window.navigationToolBar();
    row->addSeparator();
    row->addAction(m_take);
    retranslate();
}

void HandoutFeature::resetForNextVisitor() {
    if (m_qrDialog)
        m_qrDialog->close();
    if (m_dialog)
        m_dialog->close();
    // setText(), not clear(), which Undo could take back for the next visitor.
    m_panel->field()->setText(QString());
}

void HandoutFeature::takeMyQuestions() {
    if (m_store.myQuestions().isEmpty()) {
        if (KioskShell *shell = m_window.kioskShell()) {
            shell->showMyQuestions();
        } else {
            m_dock->show();
            m_dock->raise();
        }
        m_window.tellVisitor(
            tr("Your list is empty. Add questions with \"Ask my clinician\" or write your own."),
            10000);
        return;
    }
    if (m_kioskPrinting)
        printMyQuestions();
    else
        showQrCode();
}

void HandoutFeature::printMyQuestions() {
    QPrinter probe(QPrinter::HighResolution);
    if (!m_printerName.isEmpty())
        probe.setPrinterName(m_printerName);
    if (!probe.isValid() || (!m_printerName.isEmpty() && probe.printerName() != m_printerName)) {
        qCWarning(lcKiosk, "kiosk: printer \"%s\" is not available", qPrintable(m_printerName));
        m_window.tellVisitor(
            tr("Printing is not available right now. Here is a code for your phone instead."));
        showQrCode();
        return;
    }
    if (!m_kioskPrinter) {
        m_kioskPrinter = new HandoutPrinter(this);
        connect(m_kioskPrinter, &HandoutPrinter::finished, this,
                [this](const QByteArray &pdf, const QString &error) {
                    m_take->setEnabled(true);
                    QPrinter printer(QPrinter::HighResolution);
                    if (!m_printerName.isEmpty())
                        printer.setPrinterName(m_printerName);
                    QString paintError = error;
                    const bool ok =
                        !pdf.isEmpty() && HandoutPrinter::paint(pdf, &printer, &paintError);
                    if (!ok)
                        qCWarning(lcKiosk, "kiosk: the questions could not be printed: %s",
                                  qPrintable(paintError));
                    m_window.tellVisitor(
                        ok ? tr("Sent to the printer.")
                           : tr("The page could not be printed. Please ask the staff."));
                });
    }
    const Pack &pack = m_server.pack();
    HandoutRequest request;
    request.includeMyQuestions = true;
    request.myQuestions = MyQuestionsModel::textsOf(m_store.myQuestions(), pack);
    request.printedOn = QDate::currentDate();
    m_take->setEnabled(false); // one copy per tap
    m_kioskPrinter->render(HandoutBuilder(pack).html(request), request.paper,
                           pack.manifest().language);
    m_window.tellVisitor(tr("Printing…"));
}

void HandoutFeature::showQrCode() {
    const HandoutQrText qr =
        HandoutQrText::make(MyQuestionsModel::textsOf(m_store.myQuestions(), m_server.pack()),
                            QrCode::maximumInputBytes);
    const QrCode code = QrCode::encode(qr.text);
    if (m_qrDialog)
        m_qrDialog->close();
    auto *dialog = new QDialog(&m_window);
    m_qrDialog = dialog;
    dialog->setObjectName(QStringLiteral("myQuestionsQrDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Your questions on your phone"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Scan this code with your phone's camera: it shows your "
                                "questions as text. Nothing is sent anywhere."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *image = new QLabel(dialog);
    image->setObjectName(QStringLiteral("myQuestionsQrCode"));
    image->setAlignment(Qt::AlignCenter);
    if (code.isValid()) {
        image->setPixmap(qrPixmap(code, qMax(4, 420 / (code.size() + 8))));
        image->setAccessibleName(tr("QR code of your questions"));
    } else {
        image->setText(code.errorString());
    }
    layout->addWidget(image);
    auto *list = new QLabel(qr.text, dialog);
    list->setObjectName(QStringLiteral("myQuestionsQrText"));
    list->setWordWrap(true);
    list->setTextFormat(Qt::PlainText);
    layout->addWidget(list);
    if (qr.leftOut > 0) {
        auto *note = new QLabel(
            tr("%n question(s) did not fit in the code. Write them down, or ask the staff to "
               "print them.",
               nullptr, qr.leftOut),
            dialog);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->setModal(true);
    dialog->show();
}

bool HandoutFeature::eventFilter(QObject *watched, QEvent *event) {
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HandoutFeature::retranslate() {
    m_dock->setWindowTitle(tr("My questions"));
    m_ask->setText(tr("As&k my clinician"));
    m_ask->setToolTip(tr("Add this question to my questions for the appointment (Ctrl+Shift+K)"));
    m_handout->setText(tr("&Handout…"));
    m_handout->setToolTip(
        tr("Print or save the answers and my questions to take to the appointment"));
    if (m_take)
        m_take->setText(m_kioskPrinting ? tr("Print my questions")
                                        : tr("My questions on my phone"));
}

} // namespace pr
