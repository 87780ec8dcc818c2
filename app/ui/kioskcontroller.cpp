// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kioskcontroller.h"

#include "answerpage.h"
#include "answerview.h"
#include "countdownoverlay.h"
#include "handoutfeature.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kioskshell.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "onscreenkeyboard.h"
#include "pinpanel.h"
#include "printcontroller.h"
#include "readerprofile.h"
#include "safetynoticepanel.h"
#include "searchpanel.h"
#include "session/readersession.h"
#include "system/logging.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolBar>
#include <QWebEngineProfile>
#include <QtConcurrent/QtConcurrentRun>

namespace pr {

KioskController::KioskController(MainWindow &window, UserStore &store, const KioskOptions &options,
                                 QObject *parent, Clock *clock)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_options(options)
    , m_idle(new IdleMonitor(std::chrono::seconds(options.idleTimeoutSeconds),
                             options.countdownSeconds, this, clock))
    , m_overlay(new CountdownOverlay(&window))
    , m_pin(options.pinHash) {
    m_window.enterKioskMode();
    m_window.answerView()->setZoom(defaultZoom());
    registerWipeSteps();
    qApp->installEventFilter(this);

    connectIdleMonitor();
    m_cornerPress.setSingleShot(true);
    m_cornerPress.setInterval(3000);
    connect(&m_cornerPress, &QTimer::timeout, this, &KioskController::askForPin);
    m_pinPanel = new PinPanel(
        [this](const QString &pin, PinPanel::Done done) { tryLeave(pin, std::move(done)); },
        &m_window);
    m_keyboard = new OnScreenKeyboard(KeyboardLayouts::load(), &m_window);
    if (const QStringList none = m_keyboard->setLanguages(m_options.allowedLanguages);
        !none.isEmpty())
        qCWarning(lcKiosk,
                  "kiosk: the on-screen keyboard has no layout for %s; visitors get another layout",
                  qPrintable(none.join(QStringLiteral(", "))));
    m_keyboard->showLanguage(m_options.language);
    // The kiosk's own controls, from the clinic's options: printing (the answer screen's
    // Print button first, then the handout's), the help lines as a QR code (and a slip), and a
    // visitor's questions to take away.
    if (m_options.printingAllowed)
        allowPrinting(m_options.printerName);
    offerSafetyNotice();
    m_window.handoutFeature()->offerOnKiosk(m_options.printingAllowed, m_options.printerName);
    m_idle->start();
}

void KioskController::allowPrinting(const QString &printerName) {
    if (m_printing)
        return;
    m_printing = true;
    m_printerName = printerName;
    PrintController *printer = m_window.printController();
    // In the window's kiosk layout, beside the other tools of the answer screen.
    auto *button = new QAction(tr("Print this answer"), m_window.kioskShell());
    button->setObjectName(QStringLiteral("kioskPrint"));
    const auto enableWithAnswer = [this, button, printer] {
        // Nothing to print on the home screen: the button is there only with an answer.
        button->setEnabled(!printer->isPrinting() && !m_window.currentEntryId().isEmpty());
    };
    connect(button, &QAction::triggered, this, [this, button, printer, printerName] {
        if (!printer->printAnswerTo(printerName)) {
            m_window.tellVisitor(tr("Printing is not available right now. Please ask the staff."));
            return;
        }
        button->setEnabled(false); // one copy per tap, not one per impatient tap
        m_window.tellVisitor(tr("Printing…"));
    });
    connect(printer, &PrintController::finished, button, [this, enableWithAnswer](bool ok) {
        enableWithAnswer();
        m_window.tellVisitor(ok ? tr("Sent to the printer.")
                                : tr("The page could not be printed. Please ask the staff."));
    });
    connect(m_window.answerView(), &QWebEngineView::urlChanged, button, enableWithAnswer);
    enableWithAnswer();
    m_window.kioskShell()->addTool(button, QStringLiteral("kioskPrintButton"));
    offerSafetyNotice(); // now with a slip to print
}

void KioskController::offerSafetyNotice() {
    m_window.pageServer().setSafetyNoticeOptions({true, m_printing});
    SafetyNoticePanel *panel = m_window.searchPanel()->safetyNotice();
    panel->setKioskOffers(true, m_printing);
    connect(panel, &SafetyNoticePanel::printRequested, this, &KioskController::printSafetySlip,
            Qt::UniqueConnection);
    connect(m_window.answerView()->answerPage(), &AnswerPage::safetySlipRequested, this,
            &KioskController::printSlipOfPage, Qt::UniqueConnection);
}

void KioskController::printSlipOfPage() {
    const QList<SafetyNotice> notices =
        m_window.pageServer().noticesFor(m_window.answerView()->url());
    if (!notices.isEmpty())
        printSafetySlip(notices.constFirst());
}

void KioskController::printSafetySlip(const SafetyNotice &notice) {
    if (!m_printing)
        return;
    const bool ok = PrintController::printSafetySlip(notice, m_printerName);
    m_window.tellVisitor(ok ? tr("Sent to the printer.")
                            : tr("Printing is not available right now. Please ask the staff."));
}

KioskController::~KioskController() {
    qApp->removeEventFilter(this);
}

void KioskController::connectIdleMonitor() {
    connect(m_idle, &IdleMonitor::countdownStarted, this, [this](int seconds) {
        // A notice with where to get help is never wiped (or covered) while it is on screen:
        // a visitor in crisis may be reading it or calling.
        if (m_window.isShowingSafetyNotice()) {
            m_idle->keepReading();
            return;
        }
        m_overlay->showCountdown(seconds);
    });
    connect(m_idle, &IdleMonitor::countdownTick, m_overlay, &CountdownOverlay::setRemaining);
    connect(m_idle, &IdleMonitor::countdownCancelled, m_overlay, &QWidget::hide);
    connect(m_overlay, &CountdownOverlay::keepReading, m_idle, &IdleMonitor::keepReading);
    connect(m_idle, &IdleMonitor::resetRequested, this, [this] {
        m_overlay->hide();
        if (m_window.isShowingSafetyNotice()) {
            m_idle->keepReading();
            return;
        }
        resetNow();
    });
}

void KioskController::setLanguages(LanguageSwitcher &languages) {
    // The keyboard shows the layout of the language the visitor reads in.
    m_keyboard->showLanguage(languages.currentLanguage());
    ReaderSession &session = m_window.session();
    connect(&session, &ReaderSession::languageChanged, m_keyboard,
            [this](const QString &language) { m_keyboard->showLanguage(language); });
    // The allowed languages as buttons on the home screen, each with its own name.
    QList<QPair<QString, QString>> offered;
    for (const AvailableLanguage &language : languages.catalog().languages())
        if (m_options.allowedLanguages.contains(language.languageTag))
            offered.append({language.languageTag, language.nativeName});
    if (KioskShell *shell = m_window.kioskShell()) {
        shell->setLanguages(offered, languages.currentLanguage(),
                            [&languages](const QString &tag) { languages.switchTo(tag); });
        connect(&session, &ReaderSession::languageChanged, shell,
                [shell](const QString &language) { shell->setCurrentLanguage(language); });
    }
    const QString home = m_options.language;
    m_wiper.addStepThatCannotFail(QStringLiteral("language"), [&languages, home] {
        if (languages.currentLanguage() != home)
            languages.switchTo(home);
    });
}

void KioskController::registerWipeSteps() {
    m_wiper.addStep(QStringLiteral("bookmarks-notes-history"), [this] {
        return m_store.wipe() ? QString() : tr("the visitor's bookmarks could not be wiped");
    });
    m_wiper.addStepThatCannotFail(QStringLiteral("open-pages"),
                                  [this] { m_window.resetForNextVisitor(); });
    m_wiper.addStepThatCannotFail(QStringLiteral("search"),
                                  [this] { m_window.searchPanel()->clear(); });
    m_wiper.addStepThatCannotFail(QStringLiteral("zoom"),
                                  [this] { m_window.answerView()->setZoom(defaultZoom()); });
    // Replaced by setLanguages() where the kiosk has languages to choose from.
    m_wiper.addStepThatCannotFail(QStringLiteral("language"), [] {});
    m_wiper.addStepThatCannotFail(QStringLiteral("clipboard"), [] {
        QApplication::clipboard()->clear(QClipboard::Clipboard);
        QApplication::clipboard()->clear(QClipboard::Selection);
    });
    m_wiper.addStepThatCannotFail(QStringLiteral("web-profile"), [this] {
        QWebEngineProfile *profile = m_window.readerProfile()->profile();
        profile->clearHttpCache();
        profile->clearAllVisitedLinks();
    });
}

SessionWiper::Report KioskController::resetNow() {
    m_pinPanel->hide();
    if (QWidget *focus = QApplication::focusWidget(); focus && m_window.isAncestorOf(focus))
        focus->clearFocus();
    m_keyboard->hide();
    m_keyboard->showLanguage(m_options.language);
    m_lastReport = m_wiper.wipeAll();
    if (!m_lastReport.allWiped()) {
        qCCritical(lcKiosk, "kiosk reset failed, restarting: %s",
                   qPrintable(m_lastReport.toString()));
        // Better a fresh process (systemd restarts it) than a screen with a visitor's data.
        QCoreApplication::exit(3);
    }
    return m_lastReport;
}

void KioskController::tryLeave(const QString &pin,
                               std::function<void(const PinGuard::Result &)> done) {
    if (const std::optional<PinGuard::Result> answer = m_pin.begin()) {
        if (done)
            done(*answer);
        return;
    }
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        const PinGuard::Result result = m_pin.finish(watcher->result());
        if (result.accepted()) {
            resetNow();
            emit leaveRequested();
        }
        if (done)
            done(result);
    });
    watcher->setFuture(QtConcurrent::run(&PinGuard::matches, pin, m_pin.storedHash()));
}

void KioskController::askForPin() {
    m_idle->activity();
    if (m_pin.hasPin())
        m_pinPanel->open();
    else
        m_pinPanel->openUnavailable(
            tr("No admin PIN is set up on this kiosk, so it cannot be left from the screen. An "
               "administrator can set one with \"sudo patient-reader --kiosk-setup\", and stop "
               "the kiosk from outside meanwhile."));
}

bool KioskController::isBlockedShortcut(const QKeyEvent *key) const {
    const int k = key->key();
    const Qt::KeyboardModifiers m = key->modifiers();
    if (k == Qt::Key_F4 && (m & Qt::AltModifier))
        return true;
    if ((m & Qt::ControlModifier) &&
        (k == Qt::Key_Q || k == Qt::Key_W || k == Qt::Key_S || k == Qt::Key_P || k == Qt::Key_O))
        return true;
    return k == Qt::Key_Escape || k == Qt::Key_F11 || k == Qt::Key_F12 || k == Qt::Key_Menu;
}

bool KioskController::eventFilter(QObject *watched, QEvent *event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride: {
        m_idle->activity();
        const auto *key = static_cast<QKeyEvent *>(event);
        if (event->type() == QEvent::KeyPress && key->key() == Qt::Key_K &&
            key->modifiers() == (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier)) {
            askForPin();
            return true;
        }
        if (isBlockedShortcut(key)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin: {
        m_idle->activity();
        if (event->type() == QEvent::MouseButtonPress) {
            const QPoint global = static_cast<QMouseEvent *>(event)->globalPosition().toPoint();
            const QPoint local = m_window.mapFromGlobal(global);
            if (local.x() >= 0 && local.y() >= 0 && local.x() < kCorner && local.y() < kCorner &&
                !m_pinPanel->isVisible()) {
                // The staff's place: the press goes no further, to no control.
                m_cornerPress.start();
                m_pressInCorner = true;
                return true;
            }
        }
        break;
    }
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
        m_cornerPress.stop();
        m_idle->activity();
        if (m_pressInCorner && event->type() == QEvent::MouseButtonRelease) {
            m_pressInCorner = false;
            return true;
        }
        break;
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchUpdate:
        m_idle->activity();
        break;
    case QEvent::ContextMenu:
    case QEvent::DragEnter: // nothing is dropped in: no file onto the page, no text into search
    case QEvent::DragMove:
    case QEvent::Drop:
        return true;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pr
