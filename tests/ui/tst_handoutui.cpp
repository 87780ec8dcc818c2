// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// "Take it to the appointment" in the window: Ask my clinician, the my-questions panel (keyboard
// reordering, own questions), File → Handout… saving a real PDF, a pack change while the dialog
// is open, and the kiosk's QR code wiped at the reset.

#include "handoutdialog.h"
#include "handoutfeature.h"
#include "models/myquestionsmodel.h"
#include "myquestionspanel.h"
#include "readerharness.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace pr;

class TestHandoutUi : public QObject {
    Q_OBJECT

    std::unique_ptr<ReaderHarness> m_reader;
    MainWindow *m_window = nullptr;
    HandoutFeature *m_feature = nullptr;

    QStringList panelTexts() const {
        QStringList texts;
        const MyQuestionsModel *model = m_feature->panel()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts.append(model->index(row).data().toString());
        return texts;
    }

private slots:
    void init() {
        m_reader = std::make_unique<ReaderHarness>(true);
        m_window = m_reader->window.get();
        m_feature = m_window->handoutFeature();
        m_window->show();
        m_window->showPack(m_reader->bundled, QStringLiteral("cost"));
        QVERIFY(m_reader->waitForAnswer(QStringLiteral("cost")));
    }

    void cleanup() { m_reader.reset(); }

    void theFileMenuOffersTheHandoutAndTheEditMenuAskMyClinician() {
        auto *file = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        auto *edit = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(file && edit);
        QVERIFY(file->actions().contains(m_feature->handoutAction()));
        QVERIFY(edit->actions().contains(m_feature->askClinicianAction()));
        QCOMPARE(m_feature->handoutAction()->text(), QStringLiteral("&Handout…"));
        QVERIFY(!m_feature->panel()->list()->accessibleName().isEmpty());
        QCOMPARE(m_feature->dock()->windowTitle(), QStringLiteral("My questions"));
    }

    void askMyClinicianAddsTheAnswerShownAndTakesItOffAgain() {
        QAction *ask = m_feature->askClinicianAction();
        QVERIFY(ask->isEnabled());
        QVERIFY(!ask->isChecked());
        ask->trigger();
        QVERIFY(ask->isChecked());
        QCOMPARE(panelTexts(), QStringList{QStringLiteral("How much does ketamine therapy cost?")});
        ask->trigger();
        QVERIFY(!ask->isChecked());
        QVERIFY(panelTexts().isEmpty());
    }

    void ownQuestionsAreAddedWithEnterAndMovedWithCtrlArrows() {
        m_feature->askClinicianAction()->trigger();
        MyQuestionsPanel *panel = m_feature->panel();
        const QString arabic = QStringLiteral("هل يمكنني القيادة بعد الجلسة؟");
        QTest::keyClicks(panel->field(), QStringLiteral("Can I drive home?"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        panel->field()->setText(arabic); // typed in another keyboard layout
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QVERIFY(panel->field()->text().isEmpty());
        QCOMPARE(panelTexts(), (QStringList{QStringLiteral("How much does ketamine therapy cost?"),
                                            QStringLiteral("Can I drive home?"), arabic}));
        QListView *list = panel->list();
        list->setFocus();
        list->setCurrentIndex(panel->model()->index(2));
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(panelTexts().first(), arabic);
        QCOMPARE(m_reader->store->myQuestions().first().text, arabic);
        QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(panelTexts().at(1), arabic);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(panelTexts().size(), 2);
        QVERIFY(!panelTexts().contains(arabic));
    }

    void theHandoutDialogSavesAPdfOfTheChosenAnswersAndMyQuestions() {
        m_reader->store->addOwnQuestion(QStringLiteral("Will it change my other medicines?"));
        m_feature->handoutAction()->trigger();
        HandoutDialog *dialog = m_feature->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The answer shown is ticked; my questions are offered.
        QCOMPARE(dialog->request().entryIds, QStringList{QStringLiteral("cost")});
        dialog->myQuestionsBox()->setChecked(true);
        const QString path = m_reader->dir.filePath(QStringLiteral("handout.pdf"));
        QSignalSpy done(dialog, &HandoutDialog::done);
        dialog->saveTo(path);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toString(), path);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(all.contains(QStringLiteral("How much does ketamine therapy cost?")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Will it change my other medicines?")));
        QVERIFY(all.contains(QStringLiteral("Page 1 of")));
    }

    void anUnwritablePlaceIsNamedAndNothingIsLeftBehind() {
        m_feature->handoutAction()->trigger();
        HandoutDialog *dialog = m_feature->dialog();
        QSignalSpy failed(dialog, &HandoutDialog::failed);
        dialog->saveTo(QStringLiteral("/proc/handout.pdf"));
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(
                     QStringLiteral("/proc/handout.pdf cannot be written")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("/proc/handout.pdf")));
    }

    void aPackChangeWhileTheDialogIsOpenIsSaidAndTheChoiceFollowsTheNewPack() {
        m_feature->handoutAction()->trigger();
        HandoutDialog *dialog = m_feature->dialog();
        QVERIFY(dialog);
        Pack smaller = m_reader->bundled;
        QList<Entry> entries;
        for (const Entry &e : m_reader->bundled.entries())
            if (e.id != QLatin1String("cost"))
                entries.append(e);
        Manifest manifest = m_reader->bundled.manifest();
        manifest.version = QStringLiteral("2.0.0");
        m_window->showPack(Pack(manifest, entries, m_reader->bundled.references()));
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("The FAQ changed")));
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("2.0.0")));
        QVERIFY(
            dialog->messageLabel()->text().contains(QStringLiteral("No longer in the FAQ: cost")));
        QCOMPARE(dialog->answerList()->count(), int(entries.size()));
        QVERIFY(dialog->request().entryIds.isEmpty());
    }

    void theKioskShowsTheQuestionsAsAQrCodeAndTheResetTakesItAway() {
        m_reader->store->addOwnQuestion(QStringLiteral("Can I drive home?"));
        m_feature->offerOnKiosk(false, QString());
        QVERIFY(!m_feature->handoutAction()->isEnabled());
        m_feature->takeMyQuestions();
        QDialog *qr = m_feature->qrDialog();
        QVERIFY(qr);
        auto *text = qr->findChild<QLabel *>(QStringLiteral("myQuestionsQrText"));
        QVERIFY(text && text->text().contains(QStringLiteral("1. Can I drive home?")));
        auto *code = qr->findChild<QLabel *>(QStringLiteral("myQuestionsQrCode"));
        QVERIFY(code && !code->pixmap().isNull());
        m_feature->panel()->field()->setText(QStringLiteral("half typed"));
        // The reset between visitors: the store is wiped, the window goes back home.
        QVERIFY(m_reader->store->wipe());
        m_window->resetForNextVisitor();
        QTRY_VERIFY(m_feature->qrDialog() == nullptr);
        QVERIFY(panelTexts().isEmpty());
        QVERIFY(m_feature->panel()->field()->text().isEmpty());
    }
};

QTEST_MAIN(TestHandoutUi)
#include "tst_handoutui.moc"
