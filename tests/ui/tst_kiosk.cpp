// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerview.h"
#include "citationpanel.h"
#include "citations/referencelistmodel.h"
#include "content/packreader.h"
#include "countdownoverlay.h"
#include "findbar.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kioskmessagecard.h"
#include "kiosk/kioskshell.h"
#include "kiosk/pinhash.h"
#include "kioskcontroller.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "onscreenkeyboard.h"
#include "pinpanel.h"
#include "printcontroller.h"
#include "readerharness.h"
#include "readersettings.h"
#include "safetynoticepanel.h"
#include "schemehandler.h"
#include "searchpanel.h"
#include "signing/contenttrustpolicy.h"
#include "signing/ed25519.h"
#include "signing/packsigner.h"
#include "user/userstore.h"
#include "web/pagerenderer.h"
#include "web/pageserver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QWebEngineHistory>
#include <memory>
#include <optional>
#include <vector>

using namespace pr;

// The kiosk on the real main window, offscreen, driven with key and mouse events.
class TestKiosk : public QObject {
    Q_OBJECT

    std::unique_ptr<ReaderHarness> m_reader;
    MainWindow *m_window = nullptr;
    UserStore *m_store = nullptr;
    ManualClock m_clock; // the kiosk's idle timeout and countdown run on it
    std::unique_ptr<KioskController> m_kiosk;
    const QString m_pin = QStringLiteral("2468");

    bool waitForAnswer(const QString &entryId) { return m_reader->waitForAnswer(entryId); }

    // Lets every event already posted run: waits until a call queued after them has run.
    bool runPostedEvents() {
        bool ran = false;
        QMetaObject::invokeMethod(
            this, [&ran] { ran = true; }, Qt::QueuedConnection);
        return QTest::qWaitFor([&ran] { return ran; }, 5000);
    }

    // The visitor leaves: the idle timeout and the whole countdown pass on the kiosk's clock.
    void walkAway() {
        const IdleMonitor *idle = m_kiosk->idleMonitor();
        m_clock.advance(idle->idleTimeout() + std::chrono::seconds(idle->countdownSeconds()));
    }

    // The actions of the window that a key chord would trigger (enabled or not).
    QList<QAction *> actionsBoundTo(const QKeySequence &chord) const {
        QList<QAction *> bound;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcuts().contains(chord))
                bound.append(action);
        return bound;
    }

    // Starts a kiosk offering these languages; returns the texts of its language buttons.
    QStringList startKiosk(LanguageSwitcher &languages, const KioskOptions &options) {
        m_window->setLanguageSwitcher(&languages);
        m_kiosk =
            std::make_unique<KioskController>(*m_window, *m_store, options, nullptr, &m_clock);
        m_kiosk->setLanguages(languages);
        QStringList offered;
        for (QPushButton *button : m_window->kioskShell()->languageButtons())
            offered.append(button->text());
        return offered;
    }

    QPushButton *languageButton(int index) const {
        return m_window->kioskShell()->languageButtons().at(index);
    }

    // A tap on the answer screen's Home button, then the home screen with its questions.
    bool tapHome() {
        if (m_window->kioskShell()->isShowingHome())
            return true;
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("kioskHome")),
                          Qt::LeftButton);
        return waitForAnswer(QString()) && m_window->kioskShell()->isShowingHome();
    }

private slots:
    void init() {
        m_reader = std::make_unique<ReaderHarness>(false);
        m_window = m_reader->window.get();
        m_store = m_reader->store.get();
        m_window->showPack(m_reader->bundled);
        KioskOptions options;
        options.enabled = true;
        options.pinHash = PinHash::create(m_pin, 1000);
        m_kiosk =
            std::make_unique<KioskController>(*m_window, *m_store, options, nullptr, &m_clock);
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
    }

    void cleanup() {
        m_kiosk.reset();
        m_reader.reset();
    }

    void startsFullscreenWithoutFrameOrMenus() {
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isFullScreen());
        QVERIFY(m_window->windowFlags() & Qt::FramelessWindowHint);
        QVERIFY(!m_window->menuBar()->isVisible());
        QCOMPARE(m_window->answerView()->contextMenuPolicy(), Qt::NoContextMenu);
    }

    // Only chords that the window binds on a desktop: a chord nothing binds would pass with or
    // without the kiosk. Each row's action is given its desktop chord where the platform gives
    // it none (offscreen, QKeySequence::Quit is empty; on GNOME and KDE it is Ctrl+Q) and is
    // enabled (the kiosk also disables it), so that only the kiosk's key filter stands in the
    // way.
    void swallowsEveryChordTheWindowBindsToLeaveOrOpen_data() {
        QTest::addColumn<QKeySequence>("chord");
        QTest::addColumn<QString>("action");
        QTest::newRow("Ctrl+Q quits")
            << QKeySequence(Qt::CTRL | Qt::Key_Q) << QStringLiteral("&Quit");
        QTest::newRow("Ctrl+O opens a pack")
            << QKeySequence(Qt::CTRL | Qt::Key_O) << QStringLiteral("&Open pack folder…");
        QTest::newRow("Ctrl+P prints")
            << QKeySequence(Qt::CTRL | Qt::Key_P) << QStringLiteral("&Print…");
    }

    void swallowsEveryChordTheWindowBindsToLeaveOrOpen() {
        QFETCH(QKeySequence, chord);
        QFETCH(QString, action);
        QAction *named = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text() == action)
                named = a;
        QVERIFY2(named, qPrintable(action));
        if (!named->shortcuts().contains(chord))
            named->setShortcuts(named->shortcuts() << chord);
        const QList<QAction *> bound = actionsBoundTo(chord);
        QVERIFY(QTest::qWaitForWindowActive(m_window)); // where window shortcuts reach
        std::vector<std::unique_ptr<QSignalSpy>> triggered;
        for (QAction *a : bound) {
            a->setEnabled(true);
            triggered.push_back(std::make_unique<QSignalSpy>(a, &QAction::triggered));
        }
        m_window->searchPanel()->field()->setFocus();
        const QKeyCombination key = chord[0];
        QTest::keyClick(m_window->searchPanel()->field(), key.key(), key.keyboardModifiers());
        for (const auto &spy : triggered)
            QCOMPARE(spy->count(), 0);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isFullScreen());
    }

    // Escape is bound twice: the search field clears itself on it, and a window action clears
    // the highlights. Neither runs in the kiosk, where Escape is nobody's key.
    void swallowsEscapeBeforeTheSearchFieldOrAnyActionSeesIt() {
        QLineEdit *field = m_window->searchPanel()->field();
        field->setText(QStringLiteral("insurance"));
        field->setFocus();
        const QList<QAction *> bound = actionsBoundTo(QKeySequence(Qt::Key_Escape));
        QVERIFY(!bound.isEmpty());
        std::vector<std::unique_ptr<QSignalSpy>> triggered;
        for (QAction *action : bound)
            triggered.push_back(std::make_unique<QSignalSpy>(action, &QAction::triggered));
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(field->text(), QStringLiteral("insurance"));
        for (const auto &spy : triggered)
            QCOMPARE(spy->count(), 0);
    }

    // What a window manager does on Alt+F4 or a close button: it asks the window to close.
    void refusesToCloseWhenAsked() {
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->isFullScreen());
    }

    void warnsAnIdleVisitorAndLetsThemKeepReading() {
        QSignalSpy reset(m_kiosk->idleMonitor(), &IdleMonitor::resetRequested);
        m_clock.advance(m_kiosk->idleMonitor()->idleTimeout() - std::chrono::seconds(1));
        QVERIFY(!m_kiosk->overlay()->isVisible());
        m_clock.advance(std::chrono::seconds(1));
        QVERIFY(m_kiosk->overlay()->isVisible());
        QTest::mouseClick(
            m_kiosk->overlay()->findChild<QPushButton *>(QStringLiteral("keepReading")),
            Qt::LeftButton);
        QVERIFY(!m_kiosk->overlay()->isVisible());
        // The countdown's time passes without a reset: the visitor is reading again.
        m_clock.advance(std::chrono::seconds(m_kiosk->idleMonitor()->countdownSeconds()));
        QCOMPARE(reset.count(), 0);
        QVERIFY(!m_window->currentEntryId().isEmpty());
    }

    void wipesEverythingTheVisitorLeftWhenTheCountdownEnds() {
        // A visitor reads, bookmarks with a note, searches, zooms and copies.
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("cost")};
        QVERIFY(m_store->addBookmark(key, QStringLiteral("my private note")));
        QVERIFY(!m_store->recentlyRead().isEmpty());
        QTest::keyClicks(m_window->searchPanel()->field(), QStringLiteral("insurance"));
        auto *ownQuestion = m_window->findChild<QLineEdit *>(QStringLiteral("myQuestionField"));
        auto *find = m_window->findBar()->field();
        QVERIFY(ownQuestion);
        QTest::keyClicks(ownQuestion, QStringLiteral("can I drive home"));
        m_window->findBar()->open();
        QTest::keyClicks(find, QStringLiteral("cost"));
        m_window->answerView()->setZoom(2.5);
        QApplication::clipboard()->setText(QStringLiteral("copied by the visitor"));

        QSignalSpy reset(m_kiosk->idleMonitor(), &IdleMonitor::resetRequested);
        walkAway();
        QCOMPARE(reset.count(), 1);
        QVERIFY2(m_kiosk->lastReport().allWiped(), qPrintable(m_kiosk->lastReport().toString()));

        QCOMPARE(m_store->bookmarkCount(), 0);
        QVERIFY(m_store->recentlyRead().isEmpty());
        QVERIFY(!m_store->scrollPosition(key).has_value());
        QVERIFY(!m_store->lastOpened().has_value());
        QVERIFY(m_window->searchPanel()->field()->text().isEmpty());
        // Nor can the next visitor bring back what the last one typed with Undo.
        for (QLineEdit *field : {m_window->searchPanel()->field(), ownQuestion, find}) {
            QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
            QVERIFY2(!field->isUndoAvailable(), qPrintable(field->objectName()));
            field->undo();
            QVERIFY2(field->text().isEmpty(), qPrintable(field->objectName()));
        }
        QVERIFY(!m_window->findBar()->isVisible());
        QCOMPARE(m_window->answerView()->zoomFactor(), KioskController::defaultZoom());
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_window->answerView()->url() == PageServer::homeUrl(); }, 5000));
        QVERIFY(waitForAnswer(QString())); // the home page has finished loading
        // Nothing to go back to: the visitor's pages are not behind the home page.
        QTRY_COMPARE(m_window->answerView()->history()->count(), 1);
        QVERIFY(!m_window->answerView()->history()->canGoBack());
        QVERIFY(!m_kiosk->overlay()->isVisible());
    }

    void offersTheAllowedLanguagesAndGoesBackToTheKioskLanguageOnReset() {
        KioskOptions options;
        options.enabled = true;
        options.allowedLanguages = {QStringLiteral("en"), QStringLiteral("es")};
        LanguageSwitcher languages(m_reader->bundled, *m_reader->session, *m_reader->settings,
                                   {QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        QCOMPARE(startKiosk(languages, options),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Español")}));
        QVERIFY(tapHome());
        QTest::mouseClick(languageButton(1), Qt::LeftButton);
        QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
        QVERIFY(m_kiosk->resetNow().allWiped());
        QCOMPARE(languages.currentLanguage(), QStringLiteral("en"));
        m_kiosk.reset();
        m_reader->window.reset();
    }

    void aKioskThatRequiresSignedContentOffersOnlyWhatItsClinicSigned() {
        QTemporaryDir packs;
        const QString es = packs.filePath(QStringLiteral("es.prpack"));
        const QString ar = packs.filePath(QStringLiteral("ar.prpack"));
        QVERIFY(
            QFile::copy(QStringLiteral(PR_BINARY_DIR "/i18n/packs/ketamine-faq-es.prpack"), es));
        QVERIFY(
            QFile::copy(QStringLiteral(PR_BINARY_DIR "/i18n/packs/ketamine-faq-ar.prpack"), ar));
        for (const QString &p : {es, ar})
            QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        const SecretKey clinic{QStringLiteral("clinic"), Ed25519::randomSeed()};
        PackSigner::Statement statement;
        statement.reviewed = true;
        statement.signerName = QStringLiteral("Dra. R. Ortega");
        statement.signerRole = QStringLiteral("revisora clínica");
        QString error;
        QVERIFY2(PackSigner::sign(es, clinic, statement, &error), qPrintable(error));
        QVERIFY2(PackSigner::sign(ar, clinic, statement, &error), qPrintable(error));
        // One changed byte in the Arabic pack after signing.
        QFile file(ar);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject files = root.value(QLatin1String("files")).toObject();
        files.insert(QStringLiteral("answers/cost.md"),
                     QString(files.value(QLatin1String("answers/cost.md")).toString() +
                             QStringLiteral("!")));
        root.insert(QStringLiteral("files"), files);
        file.resize(0);
        file.write(QJsonDocument(root).toJson());
        file.close();

        TrustedKeys keys;
        keys.add(*clinic.publicKey());
        const ContentTrustPolicy policy(keys, true);
        KioskOptions options;
        options.enabled = true;
        options.requireSignedContent = true;
        options.allowedLanguages = {QStringLiteral("en"), QStringLiteral("es"),
                                    QStringLiteral("ar")};
        LanguageSwitcher languages(m_reader->bundled, *m_reader->session, *m_reader->settings,
                                   {packs.path()}, &policy);
        QCOMPARE(languages.catalog().unusable().size(), 1);
        QVERIFY(languages.catalog().unusable().first().problems.first().message.contains(
            QStringLiteral("answers/cost.md changed")));
        QCOMPARE(startKiosk(languages, options),
                 (QStringList{QStringLiteral("English"), QStringLiteral("Español")}));
        QVERIFY(tapHome());
        QTest::mouseClick(languageButton(1), Qt::LeftButton);
        QCOMPARE(languages.currentLanguage(), QStringLiteral("es"));
        const Pack &spanish = languages.currentPack();
        QVERIFY(PageRenderer(spanish)
                    .answerPage(spanish.entries().first(), {})
                    .contains(QStringLiteral("Dra. R. Ortega, revisora clínica")));
        QVERIFY(m_kiosk->resetNow().allWiped());
        m_kiosk.reset();
        m_reader->window.reset();
    }

    void aVisitorStartsOnTheQuestionsWithoutTheKeyboardOverThem() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QVERIFY(m_kiosk->resetNow().allWiped()); // the home screen, as the next visitor finds it
        QTRY_VERIFY(m_window->findChild<QListView *>(QStringLiteral("questionList"))->hasFocus());
        QVERIFY(!m_window->searchPanel()->field()->hasFocus());
        QVERIFY(!m_kiosk->keyboard()->isVisible());
    }

    void tappingTheSearchFieldBringsUpAKeyboardThatTypesIntoIt() {
        OnScreenKeyboard *keyboard = m_kiosk->keyboard();
        QLineEdit *field = m_window->searchPanel()->field();
        QVERIFY(!keyboard->isVisible());
        QTest::mouseClick(field, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return keyboard->isVisible(); }, 2000));
        QCOMPARE(keyboard->geometry().bottom(), m_window->rect().bottom());
        for (const QString &letter : {QStringLiteral("c"), QStringLiteral("o"), QStringLiteral("s"),
                                      QStringLiteral("t"), QStringLiteral("x")}) {
            QPushButton *key = keyboard->key(letter);
            QVERIFY2(key, qPrintable(letter));
            QVERIFY(key->height() >= 44);
            QTest::mouseClick(key, Qt::LeftButton);
        }
        QCOMPARE(field->text(), QStringLiteral("costx"));
        QTest::mouseClick(keyboard->key(QStringLiteral("backspace")), Qt::LeftButton);
        QCOMPARE(field->text(), QStringLiteral("cost"));
        QVERIFY(field->hasFocus());
        QTest::mouseClick(keyboard->key(QStringLiteral("hide")), Qt::LeftButton);
        QVERIFY(!keyboard->isVisible());
        QTest::mouseClick(field, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return keyboard->isVisible(); }, 2000));
        // Tapping something that takes no text puts the keyboard away.
        m_window->questionList()->setFocus(Qt::MouseFocusReason);
        QVERIFY(!keyboard->isVisible());
        // And the reset leaves neither the keyboard nor the text for the next visitor.
        QTest::mouseClick(field, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return keyboard->isVisible(); }, 2000));
        QVERIFY(m_kiosk->resetNow().allWiped());
        QVERIFY(!keyboard->isVisible());
        QVERIFY(field->text().isEmpty());
    }

    void theKeyboardOffersTheAllowedLanguagesAndFollowsTheVisitorsChoice() {
        KioskOptions options;
        options.enabled = true;
        options.allowedLanguages = {QStringLiteral("en"), QStringLiteral("es"),
                                    QStringLiteral("ar")};
        LanguageSwitcher languages(m_reader->bundled, *m_reader->session, *m_reader->settings,
                                   {QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        m_window->setLanguageSwitcher(&languages);
        m_kiosk =
            std::make_unique<KioskController>(*m_window, *m_store, options, nullptr, &m_clock);
        m_kiosk->setLanguages(languages);
        OnScreenKeyboard *keyboard = m_kiosk->keyboard();
        QCOMPARE(keyboard->offeredLayouts(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")}));
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("en"));
        QVERIFY(!keyboard->key(QStringLiteral("ñ")));
        QVERIFY(tapHome());
        for (QPushButton *button : m_window->kioskShell()->languageButtons()) {
            if (button->property("languageTag").toString() == QLatin1String("ar"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("ar"));
        QCOMPARE(keyboard->layoutDirection(), Qt::RightToLeft);
        QVERIFY(keyboard->key(QStringLiteral("ض")));
        // The globe key moves to the next allowed layout without changing the page's language.
        QTest::mouseClick(keyboard->key(QStringLiteral("globe")), Qt::LeftButton);
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("en"));
        QCOMPARE(languages.currentLanguage(), QStringLiteral("ar"));
        QVERIFY(m_kiosk->resetNow().allWiped());
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("en"));
        QTest::mouseClick(keyboard->key(QStringLiteral("globe")), Qt::LeftButton);
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("es"));
        QVERIFY(keyboard->key(QStringLiteral("ñ")));
        m_kiosk.reset();
        m_reader->window.reset();
    }

    // Issue 14: a crisis search shows the notice above the results, with a QR code, and the
    // idle reset never wipes it while it is on screen.
    void aCrisisNoticeIsNeverWipedWhileOnScreen() {
        QVERIFY(tapHome()); // where the search is
        auto *notice = m_window->findChild<SafetyNoticePanel *>(QStringLiteral("safetyNotice"));
        QVERIFY(notice);
        m_window->searchPanel()->field()->setText(QStringLiteral("suicidal thoughts"));
        m_window->searchPanel()->searchNow();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->findChild<QLabel *>(QStringLiteral("safetyNoticeQr"))->isVisible());
        // No printing allowed here: no print button.
        QVERIFY(
            !notice->findChild<QPushButton *>(QStringLiteral("safetyNoticePrint"))->isVisible());
        QVERIFY(m_window->isShowingSafetyNotice());

        QSignalSpy countdown(m_kiosk->idleMonitor(), &IdleMonitor::countdownStarted);
        QSignalSpy reset(m_kiosk->idleMonitor(), &IdleMonitor::resetRequested);
        // Long enough for two countdowns, each put off at once while the notice shows.
        walkAway();
        walkAway();
        QCOMPARE(countdown.count(), 2);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!m_kiosk->overlay()->isVisible());
        QCOMPARE(m_window->searchPanel()->field()->text(), QStringLiteral("suicidal thoughts"));
        QVERIFY(notice->isVisible());

        // Once the notice is gone, the idle visitor's session is wiped as usual.
        m_window->searchPanel()->field()->setText(QStringLiteral("insurance"));
        m_window->searchPanel()->searchNow();
        QVERIFY(!notice->isVisible());
        walkAway();
        QCOMPARE(reset.count(), 1);
        QVERIFY(m_window->searchPanel()->field()->text().isEmpty());
    }

    void theNoticeOffersAPrintedSlipWherePrintingIsAllowed() {
        m_kiosk->allowPrinting(QStringLiteral("No Such Printer"));
        QVERIFY(tapHome());
        auto *notice = m_window->findChild<SafetyNoticePanel *>(QStringLiteral("safetyNotice"));
        m_window->searchPanel()->field()->setText(QStringLiteral("overdose"));
        m_window->searchPanel()->searchNow();
        auto *print = notice->findChild<QPushButton *>(QStringLiteral("safetyNoticePrint"));
        QVERIFY(print->isVisible());
        QCOMPARE(print->text(), QStringLiteral("Print these help lines"));
        QTest::mouseClick(print, Qt::LeftButton);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Printing is not available right now. Please ask the staff."));
    }

    void offersPrintingOnlyWhereTheClinicAllowsIt() {
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("kioskPrint")));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("print"))->isEnabled());
    }

    void aMissingPrinterIsReportedPlainlyAndNothingBreaks() {
        m_kiosk->allowPrinting(QStringLiteral("No Such Printer"));
        auto *print = m_window->findChild<QAction *>(QStringLiteral("kioskPrint"));
        QVERIFY(print);
        // A large button in the answer screen's bar, tapped there.
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("kioskPrintButton"));
        QVERIFY(button && m_window->kioskShell()->bottomBar()->isAncestorOf(button));
        QVERIFY(button->isVisible() && button->isEnabled());
        QSignalSpy finished(m_window->printController(), &PrintController::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        // Said on a card the visitor sees, not only in a status line.
        const QString expected =
            QStringLiteral("Printing is not available right now. Please ask the staff.");
        QCOMPARE(m_window->statusBar()->currentMessage(), expected);
        KioskMessageCard *card = m_window->kioskShell()->messageCard();
        QVERIFY(card->isVisible());
        QCOMPARE(card->text(), expected);
        QVERIFY(print->isEnabled());
        QVERIFY(runPostedEvents());
        QCOMPARE(finished.count(), 0);
    }

    void aReferencesDoiIsShownAsTextNotAsALinkThatDoesNothing() {
        CitationPanel *panel = m_window->citationPanel();
        QAbstractItemModel *model = panel->list()->model();
        int withDoi = -1;
        for (int row = 0; row < model->rowCount() && withDoi < 0; ++row) {
            if (!model->index(row, 0).data(ReferenceListModel::DoiRole).toString().isEmpty())
                withDoi = row;
        }
        QVERIFY(withDoi >= 0);
        panel->list()->setCurrentIndex(model->index(withDoi, 0));
        auto *details = panel->findChild<QTextBrowser *>(QStringLiteral("referenceDetails"));
        QVERIFY(details);
        const QString doi = model->index(withDoi, 0).data(ReferenceListModel::DoiRole).toString();
        QVERIFY2(details->toPlainText().contains(doi), qPrintable(details->toPlainText()));
        QVERIFY2(!details->toHtml().contains(QStringLiteral("href")),
                 qPrintable(details->toHtml()));
    }

    void noPartOfTheWindowTakesADrop() {
        QMimeData dragged;
        dragged.setUrls({QUrl::fromLocalFile(QStringLiteral("/etc/passwd"))});
        dragged.setText(QStringLiteral("dropped text"));
        QSignalSpy loads(m_window->answerView(), &QWebEngineView::loadStarted);
        int targets = 0;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->acceptDrops())
                continue;
            ++targets;
            const QPoint centre = w->rect().center();
            QDragEnterEvent enter(centre, Qt::CopyAction | Qt::LinkAction, &dragged, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(w, &enter);
            QVERIFY2(!enter.isAccepted(), w->metaObject()->className());
            QDropEvent drop(QPointF(centre), Qt::CopyAction | Qt::LinkAction, &dragged,
                            Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(w, &drop);
            QVERIFY2(!drop.isAccepted(), w->metaObject()->className());
        }
        QVERIFY(targets > 0); // the search field and the page itself take drops on a desktop
        QVERIFY(m_window->searchPanel()->field()->text().isEmpty());
        // A page opened now is the first load since the drops: they started none before it.
        QVERIFY(runPostedEvents());
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        QCOMPARE(loads.count(), 1);
    }

    void aTapOnTheFirstQuestionFromTheHomeScreenOpensIt() {
        m_kiosk->resetNow();
        QVERIFY(waitForAnswer(QString()));
        QListView *list = m_window->questionList();
        const QRect first = list->visualRect(list->model()->index(0, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
    }

    void aTapOnTheFirstQuestionOpensItAfterTheListGotFocusAnotherWay() {
        m_kiosk->resetNow();
        QVERIFY(waitForAnswer(QString()));
        QListView *list = m_window->questionList();
        QSignalSpy loads(m_window->answerView(), &QWebEngineView::loadStarted);
        list->setFocus(Qt::TabFocusReason); // as when a panel closes and focus moves on
        QVERIFY(runPostedEvents());
        // Focus alone opens nothing: the tap's page is the first load (counted below).
        const QRect first = list->visualRect(list->model()->index(0, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
        QCOMPARE(loads.count(), 1);
        // Another row: opened once, not once for the new current row and again for the click.
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QVERIFY(waitForAnswer(QStringLiteral("how-it-works")));
        // A page opened now is the third load, unless the tap started a second one before it.
        QVERIFY(runPostedEvents());
        m_window->openEntry(QStringLiteral("benefits"));
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
        QCOMPARE(loads.count(), 3);
    }

    void theNextVisitorCannotGoBackToThePagesTheLastOneRead() {
        QListView *list = m_window->questionList();
        for (int row : {1, 2}) {
            QVERIFY(tapHome());
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QVERIFY(waitForAnswer(row == 1 ? QStringLiteral("how-it-works")
                                           : QStringLiteral("benefits")));
        }
        QVERIFY(m_window->answerView()->history()->canGoBack());
        QVERIFY(m_kiosk->resetNow().allWiped());
        QVERIFY(QTest::qWaitFor(
            [&] { return m_window->answerView()->url() == PageServer::homeUrl(); }, 5000));
        QVERIFY(waitForAnswer(QString()));
        QTRY_COMPARE(m_window->answerView()->history()->count(), 1);
        QVERIFY(!m_window->answerView()->history()->canGoBack());
        QTRY_VERIFY(!m_window->findChild<QAction *>(QStringLiteral("back"))->isEnabled());
    }

    void theKeyChordAsksForThePinOnANumberPadAndAWrongPinKeepsTheKioskLocked() {
        QSignalSpy leave(m_kiosk.get(), &KioskController::leaveRequested);
        PinPanel *panel = m_kiosk->pinPanel();
        QVERIFY(!panel->isVisible());
        QTest::keyClick(m_window, Qt::Key_K,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->geometry(), m_window->rect());
        QLineEdit *pin = panel->pinField();
        QVERIFY(pin->hasFocus());
        OnScreenKeyboard *keyboard = m_kiosk->keyboard();
        QVERIFY(keyboard->isVisible());
        QCOMPARE(keyboard->currentLayout().id, QStringLiteral("digits"));
        QVERIFY(!keyboard->key(QStringLiteral("a")));
        QVERIFY(!keyboard->key(QStringLiteral("mode"))); // no letters for a PIN
        QVERIFY(pin->inputMethodHints().testFlag(Qt::ImhDigitsOnly));
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTest::keyClicks(pin, QStringLiteral("12ab"));
        QCOMPARE(pin->text(), QStringLiteral("12"));
        pin->clear();
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        // The check runs off the GUI thread; the panel says so meanwhile.
        QTRY_COMPARE(panel->messageLabel()->text(), QStringLiteral("Wrong PIN."));
        QVERIFY(panel->isVisible());
        QCOMPARE(leave.count(), 0);
        for (const QChar digit : m_pin)
            QTest::mouseClick(keyboard->key(QString(digit)), Qt::LeftButton);
        QTest::mouseClick(keyboard->key(QStringLiteral("enter")), Qt::LeftButton);
        QTRY_COMPARE(leave.count(), 1);
        QVERIFY(!panel->isVisible());
    }

    void aKioskWithoutAPinSaysHowToSetOneInsteadOfAskingForIt() {
        KioskOptions noPin;
        noPin.enabled = true;
        m_kiosk = std::make_unique<KioskController>(*m_window, *m_store, noPin, nullptr, &m_clock);
        QTest::keyClick(m_window, Qt::Key_K,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        PinPanel *panel = m_kiosk->pinPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->pinField()->isEnabled());
        QVERIFY2(panel->messageLabel()->text().contains(QStringLiteral("--kiosk-setup")),
                 qPrintable(panel->messageLabel()->text()));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QVERIFY(!panel->isVisible());
    }

    void aPinPanelLeftOpenIsClosedByTheReset() {
        QTest::keyClick(m_window, Qt::Key_K,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QVERIFY(m_kiosk->pinPanel()->isVisible());
        QVERIFY(m_kiosk->resetNow().allWiped());
        QVERIFY(!m_kiosk->pinPanel()->isVisible());
    }

    void refusesAWrongPinAndLetsTheAdminOutWithTheRightOne() {
        QSignalSpy leave(m_kiosk.get(), &KioskController::leaveRequested);
        std::optional<PinGuard::Result> answer;
        const auto keep = [&answer](const PinGuard::Result &result) { answer = result; };
        m_kiosk->tryLeave(QStringLiteral("000000"), keep);
        QTRY_VERIFY(answer);
        QCOMPARE(answer->outcome, PinGuard::Outcome::Refused);
        QCOMPARE(leave.count(), 0);
        answer.reset();
        m_kiosk->tryLeave(m_pin, keep);
        QTRY_VERIFY(answer);
        QVERIFY(answer->accepted());
        QCOMPARE(leave.count(), 1);
    }

    // Issue 12: a hash with many iterations must not stop the window (and its watchdog).
    void theWindowKeepsAnsweringWhileAPinIsChecked() {
        KioskOptions slow;
        slow.enabled = true;
        slow.pinHash = PinHash::create(m_pin, PinHash::defaultIterations);
        m_kiosk = std::make_unique<KioskController>(*m_window, *m_store, slow, nullptr, &m_clock);
        bool answered = false;
        m_kiosk->tryLeave(QStringLiteral("000000"),
                          [&answered](const PinGuard::Result &) { answered = true; });
        QVERIFY(!answered); // not decided on this thread
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
        tick.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(ticks > 0, "the event loop ran while the PIN was checked");
    }
};

int main(int argc, char *argv[]) {
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestKiosk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kiosk.moc"
