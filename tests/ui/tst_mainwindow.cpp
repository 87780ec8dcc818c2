// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerpage.h"
#include "answerview.h"
#include "bookmarkspanel.h"
#include "citationpanel.h"
#include "citations/referencelistmodel.h"
#include "comfortcontroller.h"
#include "content/packreader.h"
#include "findbar.h"
#include "focusring.h"
#include "mainwindow.h"
#include "models/searchresultsmodel.h"
#include "printcontroller.h"
#include "readerharness.h"
#include "readerprofile.h"
#include "readersettings.h"
#include "readingtaborder.h"
#include "remoterequestblocker.h"
#include "safetynoticepanel.h"
#include "schemehandler.h"
#include "searchpanel.h"
#include "translation/translationextractor.h"
#include "user/userstore.h"
#include "web/pageserver.h"
#include "zoomindicator.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QUndoStack>
#include <QWebEngineScript>
#include <cmath>
#include <memory>

using namespace pr;

// The main window, driven offscreen with real key events and a real WebEngine page.
class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<ReaderHarness> m_reader;
    MainWindow *m_window = nullptr;
    UserStore *m_store = nullptr;
    ReaderSettings *m_settings = nullptr;

    bool waitForAnswer(const QString &entryId) { return m_reader->waitForAnswer(entryId); }

    QString pageText() {
        QString text;
        bool done = false;
        m_window->answerView()->page()->toPlainText([&](const QString &t) {
            text = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("page text did not arrive");
        return text;
    }

    // The fixture pack whose answers cite references, on its second answer.
    bool showCitedAnswer() {
        const PackReadResult cited =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/cited-answers"));
        if (!cited.ok())
            return false;
        m_window->showPack(*cited.pack, QStringLiteral("second"));
        return waitForAnswer(QStringLiteral("second"));
    }

    // The rows the reader sees highlighted: what the window shows (its backing store, not a
    // fresh rendering of the model's selection).
    QList<int> rowsPaintedAsSelected() {
        QListView *list = m_window->questionList();
        const QPoint origin = list->viewport()->mapTo(m_window, QPoint(0, 0));
        const QImage image = m_window->screen()
                                 ->grabWindow(m_window->winId(), origin.x(), origin.y(),
                                              list->viewport()->width(), list->viewport()->height())
                                 .toImage();
        const QPalette::ColorGroup group =
            list->isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        const QColor highlight = list->palette().color(group, QPalette::Highlight);
        QList<int> rows;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QRect rect = list->visualRect(list->model()->index(row, 0));
            // The row's far end, where no text is drawn, at device pixels.
            const qreal dpr = image.devicePixelRatio();
            const QPoint probe(qRound((rect.right() - 2) * dpr), qRound(rect.center().y() * dpr));
            if (!image.rect().contains(probe))
                continue;
            const QColor seen = image.pixelColor(probe);
            // The style may shade the highlight a little (a gradient), never to white.
            if (qAbs(seen.red() - highlight.red()) + qAbs(seen.green() - highlight.green()) +
                    qAbs(seen.blue() - highlight.blue()) <
                24)
                rows.append(row);
        }
        return rows;
    }

    bool focusIsInTheAnswer() const {
        QWidget *focus = QApplication::focusWidget();
        return focus &&
               (focus == m_window->answerView() || m_window->answerView()->isAncestorOf(focus));
    }

    // WCAG relative luminance and contrast ratio.
    static qreal luminance(const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    }
    static qreal contrast(const QColor &a, const QColor &b) {
        const qreal la = luminance(a), lb = luminance(b);
        return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
    }

    // The focused widget has the ring around it, painted on screen, standing out from the
    // window at 3:1 or more (WCAG non-text contrast).
    void verifyRingAroundFocus(const char *theme) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, theme);
        FocusRing *ring = m_window->focusRing();
        QTRY_VERIFY2(ring->target() == focus,
                     qPrintable(QStringLiteral("%1: no ring around %2")
                                    .arg(QLatin1String(theme),
                                         QLatin1String(focus->metaObject()->className()))));
        const QRect around(focus->mapTo(focus->window(), QPoint(0, 0)), focus->size());
        QTRY_COMPARE(ring->ring()->geometry().adjusted(FocusRing::kWidth, FocusRing::kWidth,
                                                       -FocusRing::kWidth, -FocusRing::kWidth),
                     around);
        const QColor window = m_window->palette().color(QPalette::Window);
        QVERIFY2(
            contrast(FocusRing::colour(), window) >= 3.0,
            qPrintable(QStringLiteral("%1: ring %2 on %3")
                           .arg(QLatin1String(theme), FocusRing::colour().name(), window.name())));
        // Painted: the middle of the ring's top and left edges, in the window's backing store.
        QTRY_VERIFY2(
            [&] {
                const QImage image = m_window->grab().toImage();
                const qreal dpr = image.devicePixelRatio();
                const QRect r = ring->ring()->geometry();
                for (const QPoint p :
                     {QPoint(r.center().x(), r.top() + 1), QPoint(r.left() + 1, r.center().y())}) {
                    const QPoint device(qRound(p.x() * dpr), qRound(p.y() * dpr));
                    if (!image.rect().contains(device) ||
                        image.pixelColor(device).rgb() != FocusRing::colour().rgb())
                        return false;
                }
                return true;
            }(),
            theme);
    }

private slots:
    void init() {
        m_reader = std::make_unique<ReaderHarness>(true);
        m_window = m_reader->window.get();
        m_store = m_reader->store.get();
        m_settings = m_reader->settings.get();
        m_window->show();
        m_window->showPack(m_reader->bundled);
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
    }

    void cleanup() { m_reader.reset(); }

    void opensTheFirstQuestionAndRendersItsAnswerText() {
        const QString text = pageText();
        QVERIFY2(text.contains(QStringLiteral("Ketamine therapy is a type of treatment")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Last reviewed: not stated by the publisher")));
        QCOMPARE(m_window->questionList()->currentIndex().row(), 0);
    }

    void movesThroughTheQuestionsWithTheArrowKeys() {
        QListView *list = m_window->questionList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(waitForAnswer(QStringLiteral("how-it-works")));
        QTest::keyClick(list, Qt::Key_End);
        QVERIFY(waitForAnswer(QStringLiteral("more-information")));
        QVERIFY(pageText().contains(QStringLiteral("Mad Scribbler’s Guide")));
    }

    void highlightsExactlyTheAnswerOnScreenWhateverMovedThere() {
        QTest::keyClick(m_window, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(waitForAnswer(QStringLiteral("how-it-works")));
        QTest::keyClick(m_window, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
        QTRY_COMPARE(rowsPaintedAsSelected(), QList<int>{2});
        QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(waitForAnswer(QStringLiteral("how-it-works")));
        QTRY_COMPARE(rowsPaintedAsSelected(), QList<int>{1});
        QTest::keyClick(m_window, Qt::Key_Home, Qt::AltModifier);
        QTRY_VERIFY(m_window->currentEntryId().isEmpty() && !m_window->answerView()->isLoading());
        QTRY_COMPARE(rowsPaintedAsSelected(), QList<int>{});
    }

    void goesBackAndForwardWithAltArrows() {
        m_window->openEntry(QStringLiteral("after-treatment"));
        QVERIFY(waitForAnswer(QStringLiteral("after-treatment")));
        m_window->openEntry(QStringLiteral("benefits"));
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
        QTest::keyClick(m_window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(waitForAnswer(QStringLiteral("after-treatment")));
        QCOMPARE(m_window->questionList()->currentIndex().row(), 7);
        QTest::keyClick(m_window, Qt::Key_Right, Qt::AltModifier);
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
    }

    void showsCrossReferencesAndTheAnswersThatReferHere() {
        m_window->openEntry(QStringLiteral("risks"));
        QVERIFY(waitForAnswer(QStringLiteral("risks")));
        QString text = pageText();
        QVERIFY(
            text.contains(QStringLiteral("Side Effects (not included in this offline edition)")));
        // Issue 14: "Benefits & Brain Changes" names another page of the publisher's site, so
        // the bundled pack has no link inside it and no back-link; a fixture pack has both.
        m_window->openEntry(QStringLiteral("after-treatment"));
        QVERIFY(waitForAnswer(QStringLiteral("after-treatment")));
        QVERIFY(pageText().contains(
            QStringLiteral("Benefits & Brain Changes (not included in this offline edition)")));
        const PackReadResult minimal =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"));
        QVERIFY(minimal.ok());
        m_window->showPack(*minimal.pack, QStringLiteral("second"));
        QVERIFY(waitForAnswer(QStringLiteral("second")));
        text = pageText();
        QVERIFY(text.contains(QStringLiteral("Answers that refer to this one")));
        QVERIFY(text.contains(QStringLiteral("What is first?")));
    }

    void searchNeverOffersAnotherPacksAnswersWhileItsOwnIndexIsBuilt() {
        SearchPanel *search = m_window->searchPanel();
        search->field()->setText(QStringLiteral("therapy"));
        search->searchNow();
        QAbstractItemModel *results = search->resultList()->model();
        QTRY_VERIFY_WITH_TIMEOUT(results->rowCount() > 0, 10000); // the bundled FAQ's answers
        const PackReadResult minimal =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"));
        QVERIFY(minimal.ok());
        m_window->showPack(*minimal.pack);
        const auto offersOnlyShownEntries = [&] {
            for (int row = 0; row < results->rowCount(); ++row) {
                const QString id =
                    results->index(row, 0).data(SearchResultsModel::EntryIdRole).toString();
                if (!minimal.pack->entry(id))
                    return false;
            }
            return true;
        };
        QVERIFY(offersOnlyShownEntries()); // at once, before the new index is ready
        search->field()->setText(QStringLiteral("first"));
        search->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(results->rowCount() > 0, 10000);
        QVERIFY(offersOnlyShownEntries());
    }

    void makesTheTextLargerUpTo300PercentAndRemembersIt() {
        AnswerView *view = m_window->answerView();
        QTest::keyClick(m_window, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoomFactor() > 1.05);
        for (int i = 0; i < 20; ++i)
            view->zoomIn();
        QCOMPARE(view->zoomFactor(), AnswerView::kMaxZoom);
        QCOMPARE(m_settings->zoom(), AnswerView::kMaxZoom);
        QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoomFactor(), 1.0);
    }

    void givesEveryToolbarButtonAnAccessibleName() {
        const QList<QToolButton *> buttons = m_window->findChildren<QToolButton *>();
        int checked = 0;
        for (QToolButton *button : buttons) {
            if (!button->isVisible() || !button->defaultAction())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(button->objectName()));
            QVERIFY(button->focusPolicy() != Qt::NoFocus ||
                    !button->defaultAction()->shortcut().isEmpty());
            ++checked;
        }
        QVERIFY(checked >= 6);
        QVERIFY(!m_window->questionList()->accessibleName().isEmpty());
        QVERIFY(!m_window->answerView()->accessibleName().isEmpty());
    }

    void findsAnswersAsTheReaderTypesAndHighlightsThemInThePage() {
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QLineEdit *field = m_window->searchPanel()->field();
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("price"));
        QListView *results = m_window->searchPanel()->resultList();
        QVERIFY(QTest::qWaitFor(
            [&] { return results->isVisible() && results->model()->rowCount() > 0; }, 3000));
        QCOMPARE(results->model()->index(0, 0).data(Qt::UserRole + 1).toString(),
                 QStringLiteral("cost"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        QVERIFY(m_window->answerView()->url().hasQuery());
        bool marked = false;
        m_window->answerView()->page()->toHtml([&](const QString &html) {
            marked = html.contains(QStringLiteral("<mark>cost</mark>"), Qt::CaseInsensitive);
        });
        QVERIFY(QTest::qWaitFor([&] { return marked; }, 5000));
        // Esc clears the highlights and keeps the answer.
        m_window->answerView()->setFocus();
        QTest::keyClick(m_window, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !m_window->answerView()->url().hasQuery(); }, 5000));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
    }

    // Issue 15: an answer opened from one search must not seem to match the next one.
    void clearsTheOldHighlightsWhenANewSearchStarts() {
        SearchPanel *search = m_window->searchPanel();
        search->field()->setText(QStringLiteral("price"));
        search->searchNow();
        QTest::keyClick(search->field(), Qt::Key_Return);
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        QVERIFY(m_window->answerView()->url().hasQuery());
        search->field()->setText(QStringLiteral("side effects"));
        QVERIFY(QTest::qWaitFor([&] { return !m_window->answerView()->url().hasQuery(); }, 5000));
        QVERIFY(waitForAnswer(QStringLiteral("cost"))); // the same answer, without highlights
        search->clear();
    }

    void saysTheFaqDoesNotAnswerATopicAndListsRelatedQuestionsApart() {
        SearchPanel *search = m_window->searchPanel();
        search->field()->setText(QStringLiteral("is it safe during pregnancy"));
        search->searchNow();
        auto *heading = search->findChild<QLabel *>(QStringLiteral("noResults"));
        auto *related = search->findChild<QLabel *>(QStringLiteral("relatedQuestions"));
        QVERIFY(heading && related);
        QVERIFY(heading->isVisible());
        QVERIFY2(heading->text().startsWith(QStringLiteral("This FAQ does not answer")),
                 qPrintable(heading->text()));
        QVERIFY(search->findChild<QLabel *>(QStringLiteral("notAnsweredAdvice"))
                    ->text()
                    .contains(QStringLiteral("clinician")));
        QVERIFY(related->isVisible());
        QVERIFY2(related->text().contains(QStringLiteral("href=\"risks\"")),
                 qPrintable(related->text()));
        QVERIFY(!search->resultList()->isVisible()); // related questions are not answers
        emit related->linkActivated(QStringLiteral("risks"));
        QVERIFY(waitForAnswer(QStringLiteral("risks")));
        QVERIFY(!m_window->answerView()->url().hasQuery()); // nothing to highlight
        search->clear();
    }

    void saysPlainlyWhenNothingMatchesAndOffersAWayBack() {
        QLineEdit *field = m_window->searchPanel()->field();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("zzqqxx"));
        m_window->searchPanel()->searchNow();
        QLabel *none = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("noResults"));
        QVERIFY(none);
        QVERIFY2(none->isVisible(),
                 qPrintable(
                     QString::number(m_window->searchPanel()->resultList()->model()->rowCount())));
        QVERIFY(none->text().contains(QStringLiteral("zzqqxx")));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
        QVERIFY(m_window->questionList()->isVisible());
    }

    void offersTheSpellingOfAMisspeltWordBesideTheAnswersItFound() {
        SearchPanel *search = m_window->searchPanel();
        auto *suggestion = search->findChild<QPushButton *>(QStringLiteral("searchSuggestion"));
        QVERIFY(suggestion);
        search->field()->setText(QStringLiteral("depresion"));
        search->searchNow();
        QVERIFY(search->resultList()->model()->rowCount() > 0);
        QVERIFY(suggestion->isVisible());
        QVERIFY2(suggestion->text().contains(QStringLiteral("depression")),
                 qPrintable(suggestion->text()));
        QTest::mouseClick(suggestion, Qt::LeftButton);
        QCOMPARE(search->field()->text(), QStringLiteral("depression"));
        QVERIFY(!suggestion->isVisible());
    }

    // Issue 14: a crisis search shows the notice above the results, decided as faqpack does.
    void aCrisisSearchShowsTheHelpNoticeAboveTheResults() {
        SearchPanel *search = m_window->searchPanel();
        auto *notice = search->findChild<SafetyNoticePanel *>(QStringLiteral("safetyNotice"));
        QVERIFY(notice);
        // The FAQ does not answer this one (issue 15), but the notice still shows.
        search->field()->setText(QStringLiteral("suicidal thoughts"));
        search->searchNow();
        QVERIFY(notice->isVisible());
        // One the FAQ does answer: the notice comes before any result.
        search->field()->setText(QStringLiteral("overdose risks"));
        search->searchNow();
        QVERIFY(notice->isVisible());
        QVERIFY(search->resultList()->isVisible());
        QVERIFY(notice->geometry().bottom() <
                search->resultList()->mapTo(search, QPoint(0, 0)).y());
        const QString text =
            notice->findChild<QLabel *>(QStringLiteral("safetyNoticeText"))->text();
        QVERIFY(text.contains(QStringLiteral("If you are thinking about harming yourself")));
        QVERIFY(text.contains(QStringLiteral("local emergency number")));
        // A desktop offers neither a QR code nor a slip.
        QVERIFY(!notice->findChild<QLabel *>(QStringLiteral("safetyNoticeQr"))->isVisible());
        QVERIFY(
            !notice->findChild<QPushButton *>(QStringLiteral("safetyNoticePrint"))->isVisible());
        QVERIFY(m_window->isShowingSafetyNotice());

        // The answer opened from it shows the notice at its top, even once the search is gone.
        QTest::keyClick(search->field(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return m_window->answerView()->url().hasQuery(); }, 5000));
        QVERIFY(waitForAnswer(m_window->currentEntryId()));
        search->clear();
        QVERIFY(!notice->isVisible());
        QVERIFY(m_window->isShowingSafetyNotice());

        search->field()->setText(QStringLiteral("cost"));
        search->searchNow();
        QVERIFY(!notice->isVisible());
    }

    void theReferencePanelSaysWhatTheListIsWorth() {
        auto *summary =
            m_window->citationPanel()->findChild<QLabel *>(QStringLiteral("referenceSummary"));
        QVERIFY(summary);
        QVERIFY(summary->text().startsWith(
            QStringLiteral("The source does not tie any statement to any of these references")));
        QVERIFY(summary->text().contains(QStringLiteral("could confirm 5 of the 9")));
    }

    void bookmarksTheAnswerWithCtrlDAndUndoesTheRemoval() {
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("cost")};
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(m_store->isBookmarked(key));
        QVERIFY(m_window->toggleBookmarkAction()->isChecked());
        const QModelIndex row = m_window->questionList()->model()->index(5, 0);
        QVERIFY(row.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("★")));
        QCOMPARE(m_window->bookmarksPanel()->bookmarkList()->model()->rowCount(), 1);
        m_store->setNote(key, QStringLiteral("ask my doctor about this"));

        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!m_store->isBookmarked(key));
        QCOMPARE(m_window->bookmarksPanel()->bookmarkList()->model()->rowCount(), 0);
        QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_store->isBookmarked(key));
        QCOMPARE(m_store->bookmark(key)->note, QStringLiteral("ask my doctor about this"));
    }

    void removingABookmarkSaysSoWithAnUndoButtonThatBringsTheNoteBack() {
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("cost")};
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        m_store->setNote(key, QStringLiteral("ask about the price"));
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(!m_store->isBookmarked(key));
        auto *notice = m_window->findChild<QWidget *>(QStringLiteral("statusNotice"));
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("statusNoticeMessage"));
        auto *undo = m_window->findChild<QPushButton *>(QStringLiteral("statusNoticeButton"));
        QVERIFY(notice && message && undo);
        QVERIFY(notice->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Bookmark and its note removed."));
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(m_store->isBookmarked(key));
        QCOMPARE(m_store->bookmark(key)->note, QStringLiteral("ask about the price"));
        QVERIFY(!notice->isVisible());
    }

    void remembersWhatWasReadAndWhereTheReaderLeftOff() {
        m_window->openEntry(QStringLiteral("no-response"));
        QVERIFY(waitForAnswer(QStringLiteral("no-response")));
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("no-response")};
        QCOMPARE(m_store->lastOpened(), std::optional<EntryKey>(key));
        QCOMPARE(m_store->recentlyRead(1).first().key, key);
        m_window->answerView()->resize(500, 300);
        m_window->answerView()->page()->runJavaScript(QStringLiteral("window.scrollTo(0, 400)"),
                                                      QWebEngineScript::ApplicationWorld);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const std::optional<double> y = m_store->scrollPosition(key);
                return y && *y > 0.05;
            },
            5000));
        const double saved = *m_store->scrollPosition(key);
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        m_window->openEntry(QStringLiteral("no-response"));
        QVERIFY(waitForAnswer(QStringLiteral("no-response")));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_window->answerView()->page()->scrollPosition().y() > 100; }, 5000));
        QVERIFY(qAbs(*m_store->scrollPosition(key) - saved) < 0.05);

        // Said, with a way to the heading.
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("statusNoticeMessage"));
        auto *toTop = m_window->findChild<QPushButton *>(QStringLiteral("statusNoticeButton"));
        QTRY_VERIFY(toTop->isVisible());
        QVERIFY2(message->text().startsWith(QStringLiteral("You were reading “What happens if")),
                 qPrintable(message->text()));
        QTest::mouseClick(toTop, Qt::LeftButton);
        QTRY_COMPARE(m_window->answerView()->page()->scrollPosition().y(), 0.0);
    }

    void helpSaysWhatTheAppIsWhoPublishedTheContentAndWhichKeysDoWhat() {
        auto *help = m_window->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QCOMPARE(m_window->menuBar()->actions().constLast(), help->menuAction());
        m_window->findChild<QAction *>(QStringLiteral("helpAbout"))->trigger();
        auto *about = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        QVERIFY2(about->text().contains(QStringLiteral("GNU General Public License")),
                 qPrintable(about->text()));
        QVERIFY(about->text().contains(QStringLiteral("Top 10 Questions to Ask")));
        QVERIFY(about->text().contains(QStringLiteral("Not named in the source text")));
        QVERIFY(about->text().contains(QStringLiteral("Last reviewed: not stated")));
        about->close();

        m_window->findChild<QAction *>(QStringLiteral("helpShortcuts"))->trigger();
        auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + QStringLiteral(" = ") +
                        table->item(row, 1)->text());
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Bookmark = \u2068Ctrl+D\u2069")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Next question = \u2068Ctrl+PgDown\u2069")));
        QVERIFY(!all.contains(u'&'));
    }

    // Issue 16: a translator's note that sends them to Help > About names only what it shows.
    void theTranslatorNotesNameHelpAboutOnlyForWhatItShows() {
        m_window->findChild<QAction *>(QStringLiteral("helpAbout"))->trigger();
        auto *about = m_window->findChild<QMessageBox *>(QStringLiteral("aboutBox"));
        QVERIFY(about);
        const QString shown = about->text();
        about->close();
        const TranslationCatalog catalog = TranslationExtractor::extract(m_reader->bundled);
        int named = 0;
        for (const TranslationUnit &unit : catalog.units) {
            if (!unit.id.startsWith(QLatin1String("pack/")))
                continue;
            const bool inAbout = shown.contains(unit.source.toHtmlEscaped());
            const bool saysAbout = unit.note.contains(QStringLiteral("Help > About"));
            QVERIFY2(inAbout == saysAbout, qPrintable(unit.id + QStringLiteral(": ") + unit.note));
            named += saysAbout ? 1 : 0;
        }
        QCOMPARE(named, 2); // the title and the publisher
    }

    void showsTheGettingStartedCardOnceAndAgainFromHelp() {
        m_window->welcomeOnFirstStart();
        auto *card = m_window->findChild<QDialog *>(QStringLiteral("welcomeCard"));
        QVERIFY(card && card->isVisible());
        card->accept();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("welcomeCard")));
        m_window->welcomeOnFirstStart();
        QVERIFY(!m_window->findChild<QDialog *>(QStringLiteral("welcomeCard")));
        m_window->findChild<QAction *>(QStringLiteral("helpWelcome"))->trigger();
        QVERIFY(m_window->findChild<QDialog *>(QStringLiteral("welcomeCard")));
    }

    void f6MovesBetweenTheQuestionsTheAnswerAndTheSidePanels() {
        m_window->activateWindow();
        m_window->questionList()->setFocus();
        QTRY_VERIFY(m_window->questionList()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(m_window->answerView()->isAncestorOf(QApplication::focusWidget()) ||
                    m_window->answerView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(m_window->citationPanel()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(m_window->answerView()->isAncestorOf(QApplication::focusWidget()) ||
                    m_window->answerView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(m_window->questionList()->hasFocus());
    }

    void tabGoesFromTheSearchToTheQuestionsToTheAnswerThenTheSidePanels() {
        m_window->activateWindow();
        QLineEdit *field = m_window->searchPanel()->field();
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(field->hasFocus());
        QList<QWidget *> visited;
        while (!focusIsInTheAnswer() && visited.size() < 20) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.append(QApplication::focusWidget());
        }
        QVERIFY2(visited.size() <= 3, qPrintable(QString::number(visited.size())));
        QCOMPARE(visited.first(), m_window->questionList());
        QVERIFY(focusIsInTheAnswer());
        // After the answer's page (its links are Tab stops of the page), the side panels.
        const QList<QWidget *> stops = ReadingTabOrder::stops(m_window);
        qsizetype next = stops.indexOf(QApplication::focusWidget()) + 1;
        while (next < stops.size() &&
               (!stops.at(next)->isVisible() || !stops.at(next)->isEnabled()))
            ++next;
        QVERIFY(next < stops.size());
        QVERIFY2(m_window->citationPanel()->isAncestorOf(stops.at(next)),
                 stops.at(next)->metaObject()->className());
        // Shift+Tab from the questions goes back to the search.
        m_window->questionList()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(m_window->questionList(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY(field->hasFocus());
    }

    void marksEveryTabStopWithAVisibleRingInEveryTheme_data() {
        QTest::addColumn<int>("theme");
        QTest::newRow("system") << int(ThemeChoice::System);
        QTest::newRow("light") << int(ThemeChoice::Light);
        QTest::newRow("dark") << int(ThemeChoice::Dark);
        QTest::newRow("high contrast") << int(ThemeChoice::HighContrast);
    }

    void marksEveryTabStopWithAVisibleRingInEveryTheme() {
        QFETCH(int, theme);
        const auto restore =
            qScopeGuard([this] { m_window->comfort()->setTheme(ThemeChoice::System); });
        m_window->comfort()->setTheme(ThemeChoice(theme));
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
        QTRY_COMPARE(m_window->palette().color(QPalette::Window),
                     QApplication::palette().color(QPalette::Window));
        m_window->activateWindow();
        const char *name = QTest::currentDataTag();
        QLineEdit *field = m_window->searchPanel()->field();
        m_window->questionList()->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(m_window->questionList()->hasFocus());
        QVERIFY(!m_window->focusRing()->target());
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(field->hasFocus());
        verifyRingAroundFocus(name);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(field, Qt::Key_Tab);
        verifyRingAroundFocus(name);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(focusIsInTheAnswer());
        verifyRingAroundFocus(name);
        if (QTest::currentTestFailed())
            return;
        // Every stop of the side panel in front.
        const QList<QWidget *> stops = ReadingTabOrder::stops(m_window);
        int panelStops = 0;
        for (QWidget *stop : stops) {
            if (!m_window->citationPanel()->isAncestorOf(stop) || !stop->isVisible() ||
                !stop->isEnabled())
                continue;
            stop->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(stop->hasFocus());
            verifyRingAroundFocus(name);
            if (QTest::currentTestFailed())
                return;
            ++panelStops;
        }
        QVERIFY(panelStops >= 3);
        // A click is not a keyboard focus: no ring.
        QTest::mouseClick(field, Qt::LeftButton);
        QTRY_VERIFY(!m_window->focusRing()->target());
    }

    void atTripleSizeThePanelsGrowTheAnswerKeepsTheRoomAndTheSizeIsShown() {
        m_window->resize(1180, 780);
        AnswerView *view = m_window->answerView();
        ZoomIndicator *indicator = m_window->zoomIndicator();
        QVERIFY(!indicator->isVisible());
        const qreal panelText = m_window->citationPanel()->font().pointSizeF();
        const qreal bookmarksText = m_window->bookmarksPanel()->font().pointSizeF();
        view->setZoom(3.0);
        QVERIFY(m_window->citationPanel()->font().pointSizeF() > panelText * 1.5);
        QVERIFY(m_window->bookmarksPanel()->font().pointSizeF() > bookmarksText * 1.5);
        QTRY_VERIFY2(
            view->width() >= m_window->width() / 2,
            qPrintable(QStringLiteral("%1 of %2").arg(view->width()).arg(m_window->width())));
        QTRY_VERIFY(indicator->isVisible());
        QVERIFY2(indicator->text().contains(QStringLiteral("300")), qPrintable(indicator->text()));
        // Headings wrap between words, never inside one.
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
        QVariant split;
        bool done = false;
        view->page()->runJavaScript(
            QStringLiteral("(() => { const out = [];"
                           " for (const h of document.querySelectorAll('h1, h2')) {"
                           "  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);"
                           "  for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                           "   const re = /[^\\s\\-\\u2010\\u2011]+/g; let m;"
                           "   while ((m = re.exec(n.data))) {"
                           "    const r = document.createRange(); r.setStart(n, m.index);"
                           "    r.setEnd(n, m.index + m[0].length);"
                           "    const tops = new Set(Array.from(r.getClientRects()).map(x => "
                           "Math.round(x.top)));"
                           "    if (tops.size > 1) out.push(m[0]); } } }"
                           " return out.join(' '); })()"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                split = v;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(split.toString().isEmpty(), qPrintable(split.toString()));
        auto *reset = indicator->findChild<QToolButton *>(QStringLiteral("zoomReset"));
        QVERIFY(reset);
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(view->zoomFactor(), 1.0);
        QVERIFY(!indicator->isVisible());
        QCOMPARE(m_window->citationPanel()->font().pointSizeF(), panelText);
    }

    void aNarrowWindowNarrowsTheSidePanelsSoTheAnswerKeepsItsRoom() {
        // A 1920-pixel screen scaled to 200% gives the window about 900 pixels.
        // The reader once widened the references at a larger window, and the layout was kept.
        m_window->resize(1180, 780);
        QTRY_VERIFY(m_window->answerView()->width() >= m_window->width() / 2);
        QDockWidget *references =
            m_window->findChild<QDockWidget *>(QStringLiteral("citationDock"));
        QVERIFY(references);
        m_window->resizeDocks({references}, {420}, Qt::Horizontal);
        QTRY_VERIFY(references->width() >= 400);
        m_window->resize(900, 600);
        QTRY_VERIFY2(m_window->answerView()->width() >= m_window->width() * 2 / 5,
                     qPrintable(QStringLiteral("%1 of %2")
                                    .arg(m_window->answerView()->width())
                                    .arg(m_window->width())));
        QCOMPARE(m_window->answerView()->zoomFactor(), 1.0);
        QVERIFY(m_window->citationPanel()->isVisible());
    }

    void ctrlFFindsInTheAnswerAndTheSearchOfAllAnswersHasItsOwnKeys() {
        m_window->activateWindow();
        m_window->answerView()->setFocus();
        QTRY_VERIFY(focusIsInTheAnswer());
        int expected = 0;
        bool counted = false;
        m_window->answerView()->page()->runJavaScript(
            QStringLiteral("(document.body.innerText.match(/ketamine/gi) || []).length"),
            QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
                expected = v.toInt();
                counted = true;
            });
        QTRY_VERIFY(counted);
        QVERIFY(expected > 2);
        const QString of = QStringLiteral(" of %1").arg(expected);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = m_window->findBar();
        QTRY_VERIFY(bar->isVisible());
        QTRY_VERIFY(bar->field()->hasFocus());
        QTest::keyClicks(bar->field(), QStringLiteral("ketamine"));
        QTRY_COMPARE(bar->countText(), QStringLiteral("1") + of);
        QTest::keyClick(bar->field(), Qt::Key_Return);
        QTRY_COMPARE(bar->countText(), QStringLiteral("2") + of);
        QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QTRY_COMPARE(bar->countText(), QStringLiteral("1") + of);
        QTest::keyClick(bar->field(), Qt::Key_F3);
        QTRY_COMPARE(bar->countText(), QStringLiteral("2") + of);
        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), QStringLiteral("zzqxj"));
        QTRY_COMPARE(bar->countText(), QStringLiteral("Not found"));
        // Esc closes the bar (not the search highlights) and gives the answer the focus.
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QTRY_VERIFY(focusIsInTheAnswer());

        // The search of all the answers: Ctrl+Shift+F, as the shortcuts table says.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->searchPanel()->field()->hasFocus());
        m_window->findChild<QAction *>(QStringLiteral("helpShortcuts"))->trigger();
        auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows.append(table->item(row, 0)->text() + QStringLiteral(" = ") +
                        table->item(row, 1)->text());
        const QString all = rows.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Find in this answer… = \u2068Ctrl+F\u2069")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Search all answers = \u2068Ctrl+Shift+F or /\u2069")),
                 qPrintable(all));
    }

    void listsTheReferencesAsTheSourceGivesThemWithTheCheck() {
        CitationPanel *panel = m_window->citationPanel();
        QCOMPARE(panel->list()->model()->rowCount(), 9);
        const QModelIndex seventh = panel->list()->model()->index(6, 0);
        QVERIFY(seventh.data(ReferenceListModel::SourceTextRole)
                    .toString()
                    .contains(QStringLiteral("(2020)")));
        panel->showReference(QStringLiteral("ref7-li2016"));
        const QString details = panel->details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("published 2016, not 2020")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("10.3389/fnhum.2016.00612")));
    }

    void listsTheReferencesInTheChosenStyleAndRemembersIt() {
        CitationPanel *panel = m_window->citationPanel();
        auto *style = panel->findChild<QComboBox *>();
        QVERIFY(style);
        const QModelIndex first = panel->list()->model()->index(0, 0);
        const QString apa = first.data(ReferenceListModel::FormattedTextRole).toString();
        style->setCurrentIndex(style->findData(QStringLiteral("vancouver")));
        emit style->activated(style->currentIndex());
        const QString vancouver = panel->list()
                                      ->model()
                                      ->index(0, 0)
                                      .data(ReferenceListModel::FormattedTextRole)
                                      .toString();
        QVERIFY2(vancouver != apa, qPrintable(vancouver));
        QCOMPARE(m_settings->citationStyle(), QStringLiteral("vancouver"));
        // The next window starts in the reader's style, not the pack's.
        ReaderSession nextSession(*m_store);
        MainWindow next(nextSession, *m_reader->server, *m_settings);
        next.showPack(m_reader->bundled);
        QCOMPARE(next.citationPanel()
                     ->list()
                     ->model()
                     ->index(0, 0)
                     .data(ReferenceListModel::FormattedTextRole)
                     .toString(),
                 vancouver);
    }

    void copiesACitationAsTextAndHtmlAndSaysSo() {
        CitationPanel *panel = m_window->citationPanel();
        panel->showReference(QStringLiteral("ref7-li2016"));
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
        QPushButton *copyButton = nullptr;
        for (QPushButton *b : buttons)
            if (b->text().contains(QStringLiteral("Copy")))
                copyButton = b;
        QVERIFY(copyButton && copyButton->isEnabled());
        QTest::mouseClick(copyButton, Qt::LeftButton);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasText() && mime->hasHtml());
        QVERIFY(mime->text().contains(QStringLiteral("2016")));
        QVERIFY2(
            m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Citation copied")),
            qPrintable(m_window->statusBar()->currentMessage()));
    }

    void explainsAReferenceTheCheckCouldNotFindInPlainWords() {
        CitationPanel *panel = m_window->citationPanel();
        const auto *model = panel->list()->model();
        QString notFound;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(ReferenceListModel::CheckStatusRole).toString() ==
                QLatin1String("not-found"))
                notFound = model->index(row, 0).data(ReferenceListModel::IdRole).toString();
        QVERIFY(!notFound.isEmpty());
        panel->showReference(notFound);
        const QString details = panel->details()->toPlainText();
        QVERIFY2(!details.contains(QStringLiteral("NOT-FOUND")), qPrintable(details));
        QVERIFY(!details.contains(QStringLiteral("with the checked details")));
        QVERIFY(details.contains(QStringLiteral("as the source gives it")));
        QVERIFY(details.contains(QStringLiteral("As the source lists it")));
    }

    void previewsACitedReferenceWhenThePointerRestsOnItsLink() {
        QVERIFY(showCitedAnswer());
        const QString expected = m_window->citationPanel()->previewText(QStringLiteral("alpha"));
        QVERIFY(!expected.isEmpty());
        emit m_window->answerView()->answerPage()->linkHovered(
            QStringLiteral("reader:/reference/alpha"));
        QVERIFY(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
        QCOMPARE(QToolTip::text(), expected);
        // A web link is named in the status bar instead, so the reader sees where it goes.
        emit m_window->answerView()->answerPage()->linkHovered(
            QStringLiteral("https://example.org/source"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("https://example.org/source"));
    }

    void putsTheReferencesAnAnswerCitesFirstAndFollowsCitationLinks() {
        QVERIFY(showCitedAnswer());
        CitationPanel *panel = m_window->citationPanel();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel->list()
                           ->model()
                           ->index(0, 0)
                           .data(ReferenceListModel::IdRole)
                           .toString() == QLatin1String("gamma");
            },
            3000));
        QCOMPARE(panel->list()
                     ->model()
                     ->index(0, 0)
                     .data(ReferenceListModel::CitationNumberRole)
                     .toInt(),
                 1);
        QSignalSpy spy(m_window->answerView()->answerPage(), &AnswerPage::referenceRequested);
        m_window->answerView()->load(QUrl(QStringLiteral("reader:/reference/alpha")));
        QVERIFY(spy.wait(5000));
        QCOMPARE(m_window->currentEntryId(), QStringLiteral("second"));
        QCOMPARE(panel->list()->currentIndex().data(ReferenceListModel::IdRole).toString(),
                 QStringLiteral("alpha"));
    }

    void printsTheAnswerShown() {
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        QTemporaryDir dir;
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(dir.filePath(QStringLiteral("answer.pdf")));
        QSignalSpy done(m_window->printController(), &PrintController::finished);
        m_window->printController()->printAnswer(std::move(printer));
        QVERIFY(m_window->printController()->isPrinting());
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().first().toBool());
        QFile pdf(dir.filePath(QStringLiteral("answer.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 1000);
        QVERIFY(pdf.read(4) == "%PDF");
    }

    void aWindowMadeAfterTheSessionChoseItsPackShowsItWithoutOpeningAnything() {
        const PackReadResult cited =
            PackReader().read(QStringLiteral(PR_FIXTURES_DIR "/packs/cited-answers"));
        QVERIFY(cited.ok());
        ReaderSession session(*m_store);
        session.setPack(*cited.pack);
        MainWindow next(session, *m_reader->server, *m_settings);
        QCOMPARE(next.questionList()->model()->rowCount(), int(cited.pack->entries().size()));
        QCOMPARE(m_reader->server->pack().manifest().id, cited.pack->manifest().id);
        QVERIFY2(next.windowTitle().startsWith(cited.pack->manifest().title),
                 qPrintable(next.windowTitle()));
        QVERIFY(next.currentEntryId().isEmpty());
        // The start page is the caller's to choose.
        next.openStartPage(QStringLiteral("second"));
        QTRY_COMPARE(next.currentEntryId(), QStringLiteral("second"));
    }

    void listsTheContentPacksOwnProblemsUntilAnotherPackOpens() {
        QVERIFY(!m_window->packProblemList());
        m_reader->session->setProblems(
            {{PackProblem::Severity::Warning, QStringLiteral("ketamine-faq-en"), 0,
              QStringLiteral("signed with a key this reader does "
                             "not trust")}});
        QListWidget *list = m_window->packProblemList();
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("does not trust")));
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->parentWidget()->windowTitle(), QStringLiteral("Problems in the pack"));
        QVERIFY(showCitedAnswer());
        QCOMPARE(list->count(), 0);
        QTRY_VERIFY(!list->isVisible());
    }

    void aQuestionIsChosenOnceByTheKeysOrAClickAndNotByTheFocusAlone() {
        QListView *list = m_window->questionList();
        QTest::keyClick(m_window, Qt::Key_Home, Qt::AltModifier);
        QTRY_VERIFY(m_window->currentEntryId().isEmpty() && !m_window->answerView()->isLoading());
        QVERIFY(!list->currentIndex().isValid());
        m_window->activateWindow();
        QSignalSpy chosen(m_window, &MainWindow::questionChosen);
        m_window->searchPanel()->field()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(m_window->searchPanel()->field()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(chosen.count(), 0); // Qt's pick of a current row is not the reader's
        QVERIFY(m_window->currentEntryId().isEmpty());
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(chosen.count(), 1);
        const QString byKey = chosen.first().first().toString();
        QVERIFY(waitForAnswer(byKey));
        // A click on another row: chosen once, though the row also becomes the current one.
        const QModelIndex first = list->model()->index(0, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
        QCOMPARE(chosen.count(), 2);
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
    }

    void letsNothingReachTheNetwork() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort());
        RemoteRequestBlocker *blocker = m_window->readerProfile()->blocker();
        const int blockedBefore = blocker->blockedCount();
        // Any page in the reader's profile that asks for remote resources is stopped there.
        QWebEnginePage probe(m_window->readerProfile()->profile());
        probe.setHtml(
            QStringLiteral("<link rel=stylesheet href='%1s.css'><img src='%1i.png'>").arg(base));
        QVERIFY(QTest::qWaitFor([&] { return blocker->blockedCount() > blockedBefore; }, 10000));
        // And the answer view does not navigate to a web address: an answer opened next loads
        // after that request has been dealt with, and nothing has connected by then.
        m_window->answerView()->load(QUrl(base));
        m_window->openEntry(QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(m_window->answerView()->url().scheme() != QLatin1String("https"));
    }

    void handsClickedWebLinksToThePolicyAndRefusesOtherSchemes() {
        struct ExposedPage : AnswerPage {
            using AnswerPage::acceptNavigationRequest;
            using AnswerPage::AnswerPage;
        } page(m_window->readerProfile()->profile());
        QSignalSpy spy(&page, &AnswerPage::externalLinkRequested);
        const QUrl web(QStringLiteral("https://example.org/more"));
        QVERIFY(
            !page.acceptNavigationRequest(web, QWebEnginePage::NavigationTypeLinkClicked, true));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toUrl(), web);
        QVERIFY(!page.acceptNavigationRequest(web, QWebEnginePage::NavigationTypeRedirect, true));
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("file:///etc/passwd")),
                                              QWebEnginePage::NavigationTypeLinkClicked, true));
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("javascript:alert(1)")),
                                              QWebEnginePage::NavigationTypeLinkClicked, true));
        QCOMPARE(spy.count(), 1);
        QVERIFY(page.acceptNavigationRequest(PageServer::entryUrl(QStringLiteral("cost")),
                                             QWebEnginePage::NavigationTypeLinkClicked, true));
    }
};

int main(int argc, char *argv[]) {
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
