// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kiosk/kioskoptions.h"
#include "kiosk/pinguard.h"
#include "kiosk/sessionwiper.h"
#include "safety/safetynotices.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

class QKeyEvent;

namespace pr {

class Clock;
class CountdownOverlay;
class IdleMonitor;
class LanguageSwitcher;
class MainWindow;
class OnScreenKeyboard;
class PinPanel;
class UserStore;

// Runs a clinic kiosk around the main window: swallows the usual ways out, watches for an idle
// visitor, warns with a countdown, then wipes everything the visitor left. The admin leaves with
// a PIN behind Ctrl+Alt+Shift+K or a three-second press in the top-left corner, a place with
// nothing under it (the kiosk shell keeps it empty), which no press there goes beyond.
class KioskController : public QObject {
    Q_OBJECT

public:
    // The idle timeout and countdown run on clock (the system's when none is given); a given
    // clock must outlive the controller.
    KioskController(MainWindow &window, UserStore &store, const KioskOptions &options,
                    QObject *parent = nullptr, Clock *clock = nullptr);
    ~KioskController() override;

    // The clinic allows printing on printerName (empty: the default printer): a Print button for
    // the answer on the answer screen, and the help lines as a printed slip. Made from the
    // options at the start.
    void allowPrinting(const QString &printerName);

    // Offers the visitor the allowed languages as large buttons, and puts the kiosk's own
    // language back on reset. The on-screen keyboard offers the same languages' layouts and
    // follows the visitor's choice.
    void setLanguages(LanguageSwitcher &languages);

    SessionWiper::Report resetNow();
    const SessionWiper::Report &lastReport() const { return m_lastReport; }
    CountdownOverlay *overlay() const { return m_overlay; }
    PinPanel *pinPanel() const { return m_pinPanel; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    IdleMonitor *idleMonitor() const { return m_idle; }
    // Checks the admin PIN; on success the app quits (the kiosk service restarts it later).
    // Checks pin off the GUI thread; on the right one, wipes the session and emits
    // leaveRequested(). done, when given, gets the answer.
    void tryLeave(const QString &pin, std::function<void(const PinGuard::Result &)> done = {});
    // Keeps the count of wrong PINs and the wait in path, across restarts.
    void keepPinTriesIn(const QString &path) { m_pin.keepStateIn(path); }

    static qreal defaultZoom() { return 1.25; }
    // The square in the window's top-left corner where staff press for three seconds.
    static constexpr int kCorner = 48;

signals:
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectIdleMonitor();
    void offerSafetyNotice();
    void printSafetySlip(const SafetyNotice &notice);
    void printSlipOfPage(); // the slip of the notice at the top of the answer
    void registerWipeSteps();
    void askForPin();
    bool isBlockedShortcut(const QKeyEvent *event) const;

    MainWindow &m_window;
    UserStore &m_store;
    KioskOptions m_options;
    IdleMonitor *m_idle;
    CountdownOverlay *m_overlay;
    PinPanel *m_pinPanel = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    PinGuard m_pin;
    SessionWiper m_wiper;
    SessionWiper::Report m_lastReport;
    QTimer m_cornerPress;
    bool m_pressInCorner = false;
    bool m_printing = false; // allowed
    QString m_printerName;
};

} // namespace pr
