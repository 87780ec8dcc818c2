// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// The kiosk's own touch layout, measured from widget geometry at a portrait (1080x1920) and a
// landscape (1920x1080) screen in English, Spanish and Arabic, and its flows driven with mouse
// clicks as taps.

#include "answerview.h"
#include "countdownoverlay.h"
#include "fakespeechengine.h"
#include "handoutfeature.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kioskmessagecard.h"
#include "kiosk/kioskshell.h"
#include "kiosk/kiosksourcespanel.h"
#include "kiosk/pinhash.h"
#include "kioskcontroller.h"
#include "languageswitcher.h"
#include "manualclock.h"
#include "myquestionspanel.h"
#include "pinpanel.h"
#include "readaloudcontroller.h"
#include "readaloudtoolbar.h"
#include "readerharness.h"
#include "searchpanel.h"
#include "web/pageserver.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

using namespace pr;

class TestKioskLayout : public QObject {
    Q_OBJECT

    std::unique_ptr<ReaderHarness> m_reader;
    std::unique_ptr<test::FakeSpeechEngine> m_speech;
    std::unique_ptr<ReadAloudController> m_readAloud;
    std::unique_ptr<LanguageSwitcher> m_languages;
    ManualClock m_clock; // the kiosk's idle timeout and countdown run on it
    std::unique_ptr<KioskController> m_kiosk;
    MainWindow *m_window = nullptr;
    KioskShell *m_shell = nullptr;

    // The kiosk as main() builds it, with every optional button: languages, read aloud,
    // printing (on a printer that does not exist), my questions.
    void startKiosk() {
        m_reader = std::make_unique<ReaderHarness>(false);
        m_window = m_reader->window.get();
        m_languages = std::make_unique<LanguageSwitcher>(
            m_reader->bundled, *m_reader->session, *m_reader->settings,
            QStringList{QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        m_window->setLanguageSwitcher(m_languages.get());
        m_speech = std::make_unique<test::FakeSpeechEngine>();
        m_readAloud = std::make_unique<ReadAloudController>(*m_window->answerView(), *m_speech,
                                                            *m_reader->qsettings);
        auto *bar = new ReadAloudToolBar(*m_readAloud, m_window);
        bar->setLargeControls(true);
        m_window->addToolBar(Qt::TopToolBarArea, bar);
        m_window->showPack(m_languages->currentPack());
        KioskOptions options;
        options.enabled = true;
        options.pinHash = PinHash::create(QStringLiteral("246810"), 1000);
        options.allowedLanguages = {QStringLiteral("en"), QStringLiteral("es"),
                                    QStringLiteral("ar")};
        options.printingAllowed = true;
        options.printerName = QStringLiteral("No Such Printer");
        m_kiosk = std::make_unique<KioskController>(*m_window, *m_reader->store, options, nullptr,
                                                    &m_clock);
        m_kiosk->setLanguages(*m_languages);
        m_shell = m_window->kioskShell();
        QVERIFY(m_shell);
        QVERIFY(m_kiosk->resetNow().allWiped());
        QVERIFY(m_reader->waitForAnswer(QString()));
    }

    void setScreen(const QSize &size) {
        m_window->setWindowState(Qt::WindowNoState);
        m_window->setGeometry(QRect(QPoint(0, 0), size));
        QTRY_COMPARE(m_window->size(), size);
        QCoreApplication::processEvents();
    }

    void tap(QWidget *widget) {
        QVERIFY2(widget && widget->isVisible() && widget->isEnabled(),
                 widget ? qPrintable(widget->objectName()) : "no widget");
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    QPushButton *button(const char *name) const {
        return m_window->findChild<QPushButton *>(QLatin1String(name));
    }

    void chooseLanguage(const QString &tag) {
        for (QPushButton *b : m_shell->languageButtons())
            if (b->property("languageTag").toString() == tag)
                tap(b);
        QTRY_COMPARE(m_languages->currentLanguage(), tag);
        QVERIFY(m_reader->waitForAnswer(QString()));
        QCoreApplication::processEvents();
    }

    void openQuestion(int row) {
        QListView *list = m_window->questionList();
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->isShowingAnswer(), 20000);
        QVERIFY(m_reader->waitForAnswer(m_window->currentEntryId()));
        QCoreApplication::processEvents();
    }

    static bool isControl(const QWidget *w) {
        return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
               qobject_cast<const QComboBox *>(w);
    }

    // Every control the visitor can see: inside the window, at least the touch size, and
    // none on top of another; a push button at least as wide as its words need.
    void checkControls(const QString &where) {
        // Measured as the screen shows it: after the layouts have caught up with the last
        // change of words (a language switch posts its layout requests).
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRect screen = m_window->rect();
        QList<QPair<QWidget *, QRect>> seen;
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!isControl(w) || !w->isVisible())
                continue;
            bool inner = false; // a control's own parts (a combo box's editor) count as it
            for (QWidget *p = w->parentWidget(); p && p != m_window; p = p->parentWidget())
                inner = inner || isControl(p);
            if (inner)
                continue;
            const QRect rect(w->mapTo(m_window, QPoint(0, 0)), w->size());
            const QString name =
                where + QLatin1Char(' ') + QLatin1String(w->metaObject()->className()) +
                QLatin1Char(' ') + w->objectName() + QLatin1Char(' ') +
                (qobject_cast<QAbstractButton *>(w) ? qobject_cast<QAbstractButton *>(w)->text()
                                                    : QString());
            QVERIFY2(screen.contains(rect), qPrintable(name + QStringLiteral(" is off screen")));
            QVERIFY2(rect.height() >= 48 && rect.width() >= 48,
                     qPrintable(name + QStringLiteral(" is smaller than 48 px")));
            if (auto *b = qobject_cast<QPushButton *>(w))
                QVERIFY2(b->width() >= b->sizeHint().width() - 1,
                         qPrintable(name + QStringLiteral(" cuts its words")));
            for (const auto &[other, otherRect] : std::as_const(seen))
                QVERIFY2(!rect.intersects(otherRect),
                         qPrintable(name + QStringLiteral(" overlaps ") + other->objectName()));
            seen.append({w, rect});
        }
        QVERIFY2(seen.size() >= 3, qPrintable(where));
        // Nothing hidden behind a toolbar's overflow button.
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (!bar->isVisible())
                continue;
            for (QToolButton *b :
                 bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
                QVERIFY2(!b->isVisible(), qPrintable(where + QStringLiteral(" overflow »")));
        }
        // The staff corner has nothing under it.
        for (const QPoint &corner : {QPoint(2, 2), QPoint(47, 2), QPoint(2, 47), QPoint(47, 47)}) {
            QWidget *under = m_window->childAt(corner);
            for (QWidget *p = under; p; p = p->parentWidget())
                QVERIFY2(!isControl(p),
                         qPrintable(where + QStringLiteral(" corner has a control")));
        }
    }

private slots:
    void cleanup() {
        m_kiosk.reset();
        m_readAloud.reset();
        if (m_reader)
            m_reader->window.reset();
        m_languages.reset();
        m_reader.reset();
    }

    void everyScreenFitsATouchScreenInEveryLanguage_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QSize &size : {QSize(1080, 1920), QSize(1920, 1080)})
            for (const QString &language :
                 {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")})
                QTest::addRow("%dx%d %s", size.width(), size.height(), qPrintable(language))
                    << size << language;
    }

    void everyScreenFitsATouchScreenInEveryLanguage() {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen(size);
        if (QTest::currentTestFailed())
            return;
        chooseLanguage(language);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->layoutDirection(),
                 language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);

        // Home: the questions, each a large target, the search, the languages.
        QVERIFY(m_shell->isShowingHome());
        QListView *list = m_window->questionList();
        QVERIFY(list->isVisible());
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->visualRect(list->model()->index(row, 0)).height() >= 48);
        QCOMPARE(m_shell->languageButtons().size(), 3);
        checkControls(QStringLiteral("home"));
        if (QTest::currentTestFailed())
            return;

        // Search: results as cards, a large clear button, no shortcut in the field's words.
        SearchPanel *search = m_window->searchPanel();
        QVERIFY(!search->field()->placeholderText().contains(QLatin1String("Ctrl")));
        search->field()->setText(language == QLatin1String("es")   ? QStringLiteral("costo")
                                 : language == QLatin1String("ar") ? QStringLiteral("تكلفة")
                                                                   : QStringLiteral("cost"));
        search->searchNow();
        QCoreApplication::processEvents();
        if (search->resultList()->isVisible() && search->resultList()->model()->rowCount() > 0)
            QVERIFY(search->resultList()
                        ->visualRect(search->resultList()->model()->index(0, 0))
                        .height() >= 48);
        QVERIFY(search->clearButton()->isVisible());
        checkControls(QStringLiteral("search"));
        if (QTest::currentTestFailed())
            return;
        tap(search->clearButton());
        QVERIFY(search->field()->text().isEmpty());

        // Answer: the full width, every button of the bar in view.
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_window->answerView()->width(), m_window->width());
        checkControls(QStringLiteral("answer"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shell->bottomBar()->geometry().bottom() <= m_shell->rect().bottom());

        // Sources: a plain list and one large Close button.
        tap(m_shell->sourcesButton());
        KioskSourcesPanel *sources = m_shell->sourcesPanel();
        QVERIFY(sources->isVisible());
        QVERIFY(sources->shownCount() > 0);
        QVERIFY(sources->closeButton()->height() >= 48);
        tap(sources->closeButton());
        QVERIFY(!sources->isVisible());
    }

    void choosingALanguageOnTheHomeScreenStaysThere() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        QSignalSpy loads(m_window->answerView(), &QWebEngineView::loadStarted);
        chooseLanguage(QStringLiteral("es"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shell->isShowingHome());
        QVERIFY(m_window->currentEntryId().isEmpty());
        chooseLanguage(QStringLiteral("en"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shell->isShowingHome());
        QVERIFY(m_window->currentEntryId().isEmpty());
    }

    void theBottomBarGoesBackHomeAndToTheNextAndPreviousQuestion() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!button("kioskPrevious")->isEnabled()); // nothing before the first
        tap(button("kioskNext"));
        QVERIFY(m_reader->waitForAnswer(QStringLiteral("how-it-works")));
        tap(button("kioskPrevious"));
        QVERIFY(m_reader->waitForAnswer(QStringLiteral("what-is")));
        tap(button("kioskBack"));
        QVERIFY(m_reader->waitForAnswer(QStringLiteral("how-it-works")));
        const qreal zoom = m_window->answerView()->zoomFactor();
        tap(button("kioskLarger"));
        QVERIFY(m_window->answerView()->zoomFactor() > zoom);
        tap(button("kioskSmaller"));
        QCOMPARE(m_window->answerView()->zoomFactor(), zoom);
        tap(button("kioskHome"));
        QVERIFY(m_reader->waitForAnswer(QString()));
        QVERIFY(m_shell->isShowingHome());
        // On the home screen the question list shows no answer as chosen.
        QVERIFY(m_window->questionList()->selectionModel()->selectedIndexes().isEmpty());
    }

    void theSourcesArePlainWithNoStylesCopyOrExport() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        tap(m_shell->sourcesButton());
        KioskSourcesPanel *sources = m_shell->sourcesPanel();
        QVERIFY(sources->isVisible());
        const QList<QPushButton *> buttons = sources->findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 1); // Close, nothing else
        QVERIFY(sources->findChildren<QComboBox *>().isEmpty());
        QVERIFY(sources->list()->text().contains(QLatin1String("What the check found:")));
        // A tap beside the card closes it too.
        QTest::mouseClick(sources, Qt::LeftButton, {}, QPoint(sources->width() / 2, 60));
        QVERIFY(!sources->isVisible());
        // No bookmarks anywhere on the kiosk's screens.
        for (QWidget *w : m_shell->findChildren<QWidget *>())
            QVERIFY2(!w->isVisible() || !w->objectName().contains(QLatin1String("ookmark")),
                     qPrintable(w->objectName()));
    }

    void aPrintErrorIsACardThatFadesAndPrintWaitsForAnAnswer() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        auto *print = m_window->findChild<QAction *>(QStringLiteral("kioskPrint"));
        QVERIFY(!print->isEnabled()); // nothing to print on the home screen
        QVERIFY(!button("kioskPrintButton")->isVisible());
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(print->isEnabled());
        KioskMessageCard *card = m_shell->messageCard();
        card->setDuration(100);
        tap(button("kioskPrintButton"));
        QVERIFY(card->isVisible());
        QCOMPARE(card->text(),
                 QStringLiteral("Printing is not available right now. Please ask the staff."));
        QVERIFY(card->height() >= 48);
        QTRY_VERIFY_WITH_TIMEOUT(!card->isVisible(), 5000); // faded away
    }

    void theCountdownIsAnOpaqueCardAndATapOnItKeepsReading() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        m_clock.advance(m_kiosk->idleMonitor()->idleTimeout());
        CountdownOverlay *overlay = m_kiosk->overlay();
        QVERIFY(overlay->isVisible());
        QWidget *card = overlay->card();
        const QRect cardRect(card->mapTo(m_window, QPoint(0, 0)), card->size());
        // Opaque: inside the card, the window shows the card's own colour, not a wash over
        // the page.
        const QImage shot = m_window->grab().toImage();
        const qreal dpr = shot.devicePixelRatio();
        const QColor inside = shot.pixelColor(
            QPoint(int((cardRect.left() + 30) * dpr), int((cardRect.top() + 12) * dpr)));
        QCOMPARE(inside, card->palette().color(QPalette::Base));
        QVERIFY(qAbs(cardRect.center().x() - m_window->rect().center().x()) <= 2);
        QVERIFY(overlay->keepReadingButton()->height() >= 48);
        // A tap on the card away from the button.
        QSignalSpy keep(overlay, &CountdownOverlay::keepReading);
        QTest::mouseClick(card, Qt::LeftButton, {}, QPoint(card->width() / 2, 20));
        QCOMPARE(keep.count(), 1);
        QTRY_VERIFY(!overlay->isVisible());
        QVERIFY(!m_window->currentEntryId().isEmpty()); // still reading
    }

    void aPressInTheStaffCornerReachesNoControlAndAsksForThePin() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        const QString before = m_window->currentEntryId();
        QSignalSpy back(m_window->findChild<QAction *>(QStringLiteral("back")),
                        &QAction::triggered);
        QWidget *target = m_window->childAt(QPoint(10, 10));
        QVERIFY(target);
        QTest::mousePress(target, Qt::LeftButton, {}, target->mapFrom(m_window, QPoint(10, 10)));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->pinPanel()->isVisible(), 6000);
        QTest::mouseRelease(target, Qt::LeftButton, {}, target->mapFrom(m_window, QPoint(10, 10)));
        QCOMPARE(back.count(), 0);
        QCOMPARE(m_window->currentEntryId(), before);
    }

    void myQuestionsHaveAScreenOfTheirOwnInsteadOfBookmarks() {
        startKiosk();
        if (QTest::currentTestFailed())
            return;
        setScreen({1080, 1920});
        if (QTest::currentTestFailed())
            return;
        openQuestion(0);
        if (QTest::currentTestFailed())
            return;
        tap(button("kioskAskClinician"));
        tap(button("kioskMyQuestions"));
        QVERIFY(m_shell->myQuestionsPage()->isVisible());
        QVERIFY(m_shell->myQuestionsPage()->isAncestorOf(m_window->handoutFeature()->panel()));
        QCOMPARE(m_window->handoutFeature()->panel()->list()->model()->rowCount(), 1);
        checkControls(QStringLiteral("my questions"));
        if (QTest::currentTestFailed())
            return;
        tap(button("kioskLeaveMyQuestions"));
        QVERIFY(m_shell->isShowingAnswer());
        // The reset leaves nothing of it.
        QVERIFY(m_kiosk->resetNow().allWiped());
        QVERIFY(m_reader->waitForAnswer(QString()));
        QVERIFY(m_shell->isShowingHome());
        QCOMPARE(m_window->handoutFeature()->panel()->list()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestKioskLayout)
#include "tst_kiosklayout.moc"
