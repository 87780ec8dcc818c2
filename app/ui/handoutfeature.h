// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QDockWidget;

namespace pr {

class HandoutDialog;
class HandoutPrinter;
class MainWindow;
class MyQuestionsPanel;
class Pack;
class PageServer;
class UserStore;

// "Take it to the appointment" in the main window: the "my questions" panel (a dock beside the
// bookmarks), the "Ask my clinician" action for the answer shown, File → Handout…, and on a
// kiosk the "Take my questions" button (printed where the clinic allows it, else a QR code of
// the list as text). Joins the window through its public interface, so that the window only
// creates it and tells it about packs and resets.
class HandoutFeature : public QObject {
    Q_OBJECT

public:
    HandoutFeature(MainWindow &window, const PageServer &server, UserStore &store);
    ~HandoutFeature() override;

    QAction *askClinicianAction() const { return m_ask; }
    QAction *handoutAction() const { return m_handout; }
    QDockWidget *dock() const { return m_dock; }
    MyQuestionsPanel *panel() const { return m_panel; }
    HandoutDialog *dialog() const;
    QDialog *qrDialog() const;

    // The window shows another pack (language switch, content update).
    void packShown(const Pack &pack);
    // Kiosk: no Handout… dialog (no file dialogs), the panel fixed in place.
    void lockDownForKiosk();
    // Kiosk: a "Take my questions" button that prints on printerName when printing is allowed
    // (empty: the default printer), and shows a QR code otherwise. Call after the kiosk's rows
    // of buttons are in place.
    void offerOnKiosk(bool printingAllowed, const QString &printerName);
    // Kiosk reset: nothing of the visitor's questions stays on screen.
    void resetForNextVisitor();
    void openHandoutDialog();
    void takeMyQuestions();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAskAction();
    void toggleAsk();
    void retranslate();
    void showQrCode();
    void printMyQuestions();

    MainWindow &m_window;
    const PageServer &m_server;
    UserStore &m_store;
    MyQuestionsPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_ask;
    QAction *m_handout;
    QAction *m_take = nullptr;
    QPointer<HandoutDialog> m_dialog;
    QPointer<QDialog> m_qrDialog;
    HandoutPrinter *m_kioskPrinter = nullptr;
    bool m_kiosk = false;
    bool m_kioskPrinting = false;
    QString m_printerName;
};

} // namespace pr
