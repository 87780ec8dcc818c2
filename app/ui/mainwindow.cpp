// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "mainwindow.h"

#include "answerpage.h"
#include "answerview.h"
#include "bookmarkcommands.h"
#include "bookmarkspanel.h"
#include "citationpanel.h"
#include "comfortcontroller.h"
#include "content/packreader.h"
#include "externallinkpolicy.h"
#include "findbar.h"
#include "focusring.h"
#include "handoutfeature.h"
#include "helpmenu.h"
#include "htmlitemdelegate.h"
#include "kiosk/kioskshell.h"
#include "languageswitcher.h"
#include "mnemonics.h"
#include "models/questionlistmodel.h"
#include "printcontroller.h"
#include "readaloudtoolbar.h"
#include "readerprofile.h"
#include "readersettings.h"
#include "readingtaborder.h"
#include "readingtracker.h"
#include "safetynoticepanel.h"
#include "searchpanel.h"
#include "session/readersession.h"
#include "signing/contenttrustpolicy.h"
#include "statusnotice.h"
#include "translatorpreview.h"
#include "undoactions.h"
#include "user/userstore.h"
#include "web/pagerenderer.h"
#include "web/pageserver.h"
#include "wrappingitemdelegate.h"
#include "zoomindicator.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QCursor>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <functional>
#include <utility>

namespace pr {

MainWindow::MainWindow(ReaderSession &session, PageServer &server, ReaderSettings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_server(server)
    , m_settings(settings)
    , m_store(session.store())
    , m_undo(new QUndoStack(this))
    , m_profile(new ReaderProfile(server, this))
    , m_view(new AnswerView(*m_profile, this))
    , m_links(new ExternalLinkPolicy(ExternalLinkPolicy::Mode::AskFirst, this))
    , m_questions(new QuestionListModel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_comfort = new ComfortController(m_settings.store(), this);
    m_server.setPageStyle(m_comfort->pageStyle());
    connect(m_comfort, &ComfortController::pageStyleChanged, this, [this](const PageStyle &style) {
        m_server.setPageStyle(style);
        if (m_translatorPreview)
            m_translatorPreview->setPageStyle(style);
        if (m_view->url().isValid())
            m_view->reload();
    });
    // The find bar over the answer it finds in.
    auto *answerArea = new QWidget(this);
    answerArea->setObjectName(QStringLiteral("answerArea"));
    auto *answerLayout = new QVBoxLayout(answerArea);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->setSpacing(0);
    m_findBar = new FindBar(m_view->answerPage(), answerArea);
    answerLayout->addWidget(m_findBar);
    answerLayout->addWidget(m_view, 1);
    connect(m_findBar, &FindBar::closed, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    setCentralWidget(answerArea);
    m_focusRing = new FocusRing(this);
    createQuestionPanel();
    createCitationPanel();
    createBookmarkPanel();
    tabifyDockWidget(m_citationDock, m_bookmarkDock);
    m_citationDock->raise();
    createActions();
    m_handoutFeature = new HandoutFeature(*this, m_server, m_store);
    m_tracker = new ReadingTracker(m_store, *m_view, this);
    connect(&m_store, &UserStore::bookmarksChanged, this, &MainWindow::updateBookmarkState);

    m_provenance = new QLabel(this);
    m_provenance->setObjectName(QStringLiteral("provenance"));
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No stretch: temporary messages ("Bookmarked", "Sent to the printer.") need the room.
    m_zoomIndicator = new ZoomIndicator(m_zoomReset, this);
    statusBar()->addPermanentWidget(m_zoomIndicator);
    statusBar()->addPermanentWidget(m_provenance);
    m_notice = new StatusNotice(this);
    statusBar()->addWidget(m_notice);
    // Another change, or an undo from the menu, makes an "Undo" button's promise stale.
    connect(m_undo, &QUndoStack::indexChanged, m_notice, &StatusNotice::dismiss);
    connect(m_tracker, &ReadingTracker::resumedPartWay, this, [this](const QString &entryId) {
        const Entry *entry = m_server.pack().entry(entryId);
        if (!entry)
            return;
        m_notice->showNotice(
            tr("You were reading “%1”. It opens where you left off.").arg(entry->question),
            tr("Go to the top"), [this] { m_view->scrollToTop(); });
    });

    connect(m_view->answerPage(), &AnswerPage::externalLinkRequested, m_links,
            &ExternalLinkPolicy::handle);
    connect(m_view, &QWebEngineView::urlChanged, this, &MainWindow::syncListToUrl);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        updateNavigationActions();
        updateBookmarkAction(); // the stars in the list change only with the bookmarks
        m_findBar->pageLoaded();
        orderTabStops(); // the page's own widget is made when the first page shows
        if (ok) {
            m_tracker->answerLoaded(currentEntryId());
            m_citations->setCurrentEntry(currentEntryId());
        }
        emit answerLoaded(currentEntryId(), ok);
    });
    m_printer = new PrintController(*m_view, this);
    connect(m_view, &AnswerView::zoomChanged, this, [this](qreal factor) {
        m_settings.setZoom(factor);
        scaleQuestionList(factor);
        scaleSidePanels(factor);
        m_zoomIndicator->setZoom(factor);
    });
    connect(m_view->answerPage(), &QWebEnginePage::linkHovered, this, [this](const QString &url) {
        const QString referenceId = PageServer::referenceIdOf(QUrl(url));
        if (!referenceId.isEmpty())
            QToolTip::showText(QCursor::pos(), m_citations->previewText(referenceId), m_view);
        else
            statusBar()->showMessage(url.startsWith(QLatin1String("reader:")) ? QString() : url);
    });
    connect(m_view->answerPage(), &AnswerPage::referenceRequested, this,
            [this](const QString &referenceId) {
                m_citationDock->show();
                m_citationDock->raise();
                m_citations->showReference(referenceId);
            });

    restoreLayout();
    retranslate();
    orderTabStops();
    // The window opens with the questions in focus (not the search field, which would bring up
    // a kiosk's on-screen keyboard before anyone touched it).
    m_list->setFocus(Qt::OtherFocusReason);
    followSession();
}

MainWindow::~MainWindow() {
    // The pages must go before the profile they run in.
    delete m_translatorPreview;
    delete m_view;
}

void MainWindow::createQuestionPanel() {
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 6, 6, 6);
    m_list = new QListView(panel);
    m_list->setObjectName(QStringLiteral("questionList"));
    m_list->setModel(m_questions);
    m_list->setWordWrap(true);
    m_list->setItemDelegate(new WrappingItemDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->installEventFilter(this);
    m_search = new SearchPanel(m_list, panel);
    m_search->setIndex(m_session.index());
    connect(&m_session, &ReaderSession::indexChanged, m_search, &SearchPanel::setIndex);
    // The same decision as faqpack search and the answer pages.
    m_search->setSafetyCheck([this](const QString &query) {
        return m_server.safetyNotices().forSearch(query, m_server.pack());
    });
    layout->addWidget(m_search);
    connect(m_search, &SearchPanel::entryChosen, this,
            [this](const QString &id, const QStringList &terms) {
                // The answer opened from a search that showed the help notice shows it too.
                const QString crisisSearch = m_search->safetyNotice()->isShowingNotice()
                                                 ? m_search->field()->text().trimmed()
                                                 : QString();
                const QUrl url = PageServer::entryUrl(id, terms, crisisSearch);
                // A double-click reports the result twice (clicked, then activated).
                if (m_view->url() != url)
                    m_view->load(url);
                m_view->setFocus(Qt::OtherFocusReason);
            });
    // An answer opened from an earlier search must not seem to match the new one.
    connect(m_search, &SearchPanel::queryChanged, this, [this] {
        if (m_view->url().hasQuery())
            openEntry(currentEntryId());
    });
    // A reader's choice of a question in the list, by the arrow keys, a click or a tap, is one
    // signal, questionChosen, once per choice: a click on another row makes it current (the
    // choice) and then reports the click, which chooses nothing more. A click on the row that
    // is already current (Qt makes the first row current when the list gets the focus from the
    // keyboard) is a choice of its own.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_listGainingFocus || m_followingPage)
                    return;
                m_lastChosen = m_questions->entryIdAt(current.row());
                emit questionChosen(m_lastChosen);
            });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        const QString id = m_questions->entryIdAt(index.row());
        if (id == std::exchange(m_lastChosen, QString()))
            return; // chosen as the press made the row current
        emit questionChosen(id);
    });
    connect(this, &MainWindow::questionChosen, this, [this](const QString &id) {
        if (!id.isEmpty() && id != currentEntryId())
            openEntry(id);
    });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &) { m_view->setFocus(Qt::OtherFocusReason); });

    m_questionDock = new QDockWidget(this);
    m_questionDock->setObjectName(QStringLiteral("questionDock"));
    m_questionDock->setWidget(panel);
    m_questionDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, m_questionDock);
    resizeDocks({m_questionDock}, {340}, Qt::Horizontal);
}

void MainWindow::createCitationPanel() {
    m_citations = new CitationPanel(*m_links, this);
    m_citations->setPreferredStyle(m_settings.citationStyle());
    connect(m_citations, &CitationPanel::styleChosen, this,
            [this](const QString &key) { m_settings.setCitationStyle(key); });
    connect(m_citations, &CitationPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    m_citationDock = new QDockWidget(this);
    m_citationDock->setObjectName(QStringLiteral("citationDock"));
    m_citationDock->setWidget(m_citations);
    m_citationDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_citationDock);
    resizeDocks({m_citationDock}, {340}, Qt::Horizontal);
}

void MainWindow::createBookmarkPanel() {
    m_bookmarks = new BookmarksPanel(m_store, *m_undo, this);
    connect(m_bookmarks, &BookmarksPanel::entryChosen, this, [this](const QString &id) {
        openEntry(id);
        m_view->setFocus(Qt::OtherFocusReason);
    });
    m_bookmarkDock = new QDockWidget(this);
    m_bookmarkDock->setObjectName(QStringLiteral("bookmarkDock"));
    m_bookmarkDock->setWidget(m_bookmarks);
    m_bookmarkDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_bookmarkDock);
    resizeDocks({m_bookmarkDock}, {320}, Qt::Horizontal);
}

void MainWindow::createActions() {
    QStyle *s = style();
    auto make = [this](QAction *&action, const QIcon &icon, QKeySequence::StandardKey key,
                       auto slot) {
        action = new QAction(icon, QString(), this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        connect(action, &QAction::triggered, this, slot);
    };
    make(m_back, s->standardIcon(QStyle::SP_ArrowBack), QKeySequence::Back,
         [this] { m_view->back(); });
    m_back->setObjectName(QStringLiteral("back"));
    make(m_forward, s->standardIcon(QStyle::SP_ArrowForward), QKeySequence::Forward,
         [this] { m_view->forward(); });
    make(m_home, s->standardIcon(QStyle::SP_DirHomeIcon), QKeySequence::UnknownKey,
         [this] { m_view->load(PageServer::homeUrl()); });
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    make(m_previous, s->standardIcon(QStyle::SP_ArrowUp), QKeySequence::UnknownKey,
         [this] { openNeighbour(-1); });
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    make(m_next, s->standardIcon(QStyle::SP_ArrowDown), QKeySequence::UnknownKey,
         [this] { openNeighbour(+1); });
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    make(m_zoomIn, QIcon(), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_zoomIn->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make(m_zoomOut, QIcon(), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    make(m_zoomReset, QIcon(), QKeySequence::UnknownKey, [this] { m_view->resetZoom(); });
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    make(m_openPack, s->standardIcon(QStyle::SP_DirOpenIcon), QKeySequence::Open,
         [this] { openPackFolder(); });
    make(m_quit, QIcon(), QKeySequence::Quit, [this] { close(); });
    make(m_print, QIcon(), QKeySequence::Print, [this] { m_printer->printWithDialog(); });
    m_print->setObjectName(QStringLiteral("print"));
    // Ctrl+F finds in the answer on screen, as in a browser; the search of all the answers has
    // its own keys.
    make(m_find, QIcon(), QKeySequence::UnknownKey, [this] { m_search->focusSearch(); });
    m_find->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::Key_Slash)});
    make(m_findInAnswer, QIcon(), QKeySequence::Find, [this] { m_findBar->open(); });
    m_findInAnswer->setObjectName(QStringLiteral("findInAnswer"));
    make(m_clearHighlight, QIcon(), QKeySequence::UnknownKey,
         [this] { openEntry(currentEntryId()); });
    m_clearHighlight->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearHighlight->setEnabled(false);
    make(m_toggleBookmark, QIcon::fromTheme(QStringLiteral("bookmark-new")),
         QKeySequence::UnknownKey, [this] { toggleBookmark(); });
    m_toggleBookmark->setCheckable(true);
    m_toggleBookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    make(m_bookmarkNote, QIcon(), QKeySequence::UnknownKey,
         [this] { m_bookmarks->editNote(currentEntryId()); });
    m_bookmarkNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    make(m_exportBookmarks, QIcon(), QKeySequence::UnknownKey, [this] { exportBookmarks(); });
    make(m_importBookmarks, QIcon(), QKeySequence::UnknownKey, [this] { importBookmarks(); });
    m_undoActions = new UndoActions(*m_undo, this);
    m_undoAction = m_undoActions->undo();
    m_redoAction = m_undoActions->redo();
    make(m_nextPane, QIcon(), QKeySequence::UnknownKey, [this] { moveFocusToPane(+1); });
    m_nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    make(m_previousPane, QIcon(), QKeySequence::UnknownKey, [this] { moveFocusToPane(-1); });
    m_previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    addActions({m_nextPane, m_previousPane});
    addActions({m_find, m_findInAnswer});
    addAction(m_clearHighlight);

    auto *toolbar = addToolBar(QString());
    m_navigationBar = toolbar;
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addActions({m_back, m_forward, m_home});
    toolbar->addSeparator();
    toolbar->addActions({m_previous, m_next});
    toolbar->addSeparator();
    toolbar->addActions({m_zoomOut, m_zoomIn});
    toolbar->addSeparator();
    toolbar->addAction(m_toggleBookmark);

    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openPack);
    file->addSeparator();
    file->addActions({m_exportBookmarks, m_importBookmarks});
    file->addSeparator();
    file->addAction(m_print);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = m_editMenu = menuBar()->addMenu(QString());
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_toggleBookmark, m_bookmarkNote});
    edit->addSeparator();
    edit->addAction(m_findInAnswer);
    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({m_zoomIn, m_zoomOut, m_zoomReset});
    view->addSeparator();
    view->addMenu(m_comfort->themeMenu(this));
    view->addMenu(m_comfort->fontMenu(this));
    view->addSeparator();
    view->addAction(m_questionDock->toggleViewAction());
    view->addAction(m_citationDock->toggleViewAction());
    view->addAction(m_bookmarkDock->toggleViewAction());
    QMenu *go = m_goMenu = menuBar()->addMenu(QString());
    go->setObjectName(QStringLiteral("goMenu"));
    go->addActions({m_back, m_forward, m_home});
    go->addSeparator();
    go->addActions({m_find, m_clearHighlight});
    go->addSeparator();
    go->addActions({m_previous, m_next});
    go->addSeparator();
    go->addActions({m_nextPane, m_previousPane});
    m_help = new HelpMenu(*this, m_settings);
    menuBar()->addMenu(m_help);
}

void MainWindow::retranslate() {
    const Manifest &m = m_server.pack().manifest();
    setWindowTitle(m.title.isEmpty() ? tr("Patient Reader")
                                     : tr("%1 — Patient Reader").arg(m.title));
    m_questionDock->setWindowTitle(tr("Questions"));
    m_bookmarkDock->setWindowTitle(tr("Bookmarks"));
    m_citationDock->setWindowTitle(tr("References"));
    m_list->setAccessibleName(tr("Questions"));
    m_list->setAccessibleDescription(
        tr("Choose a question to read its answer. Use the arrow keys to move."));
    const struct {
        QAction *action;
        QString text;
        QString tip;
    } texts[] = {
        {m_back, tr("&Back"), tr("Go back (Alt+Left)")},
        {m_forward, tr("&Forward"), tr("Go forward (Alt+Right)")},
        {m_home, tr("All &questions"), tr("Show all questions (Alt+Home)")},
        {m_previous, tr("&Previous question"), tr("Previous question (Ctrl+Page Up)")},
        {m_next, tr("&Next question"), tr("Next question (Ctrl+Page Down)")},
        {m_zoomIn, tr("&Larger text"), tr("Make the text larger (Ctrl++)")},
        {m_zoomOut, tr("&Smaller text"), tr("Make the text smaller (Ctrl+-)")},
        {m_zoomReset, tr("&Normal text size"), tr("Normal text size (Ctrl+0)")},
        {m_find, tr("&Search all answers"), tr("Search all the answers (Ctrl+Shift+F or /)")},
        {m_findInAnswer, tr("&Find in this answer…"), tr("Find a word in this answer (Ctrl+F)")},
        {m_toggleBookmark, tr("Bookmar&k"), tr("Bookmark this answer (Ctrl+D)")},
        {m_bookmarkNote, tr("Bookmark with a &note…"),
         tr("Bookmark this answer and write a note (Ctrl+Shift+D)")},
        {m_exportBookmarks, tr("&Export bookmarks…"), tr("Save your bookmarks to a file")},
        {m_importBookmarks, tr("&Import bookmarks…"), tr("Add bookmarks from a file")},
        {m_clearHighlight, tr("Clear &highlights"), tr("Remove the search highlights (Esc)")},
        {m_openPack, tr("&Open pack folder…"), tr("Read a content pack from a folder")},
        {m_quit, tr("&Quit"), tr("Quit Patient Reader")},
        {m_print, tr("&Print…"), tr("Print this answer (Ctrl+P)")},
        {m_nextPane, tr("Next &panel"), tr("Move to the next panel (F6)")},
        {m_previousPane, tr("Previous p&anel"), tr("Move to the previous panel (Shift+F6)")},
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(t.tip);
        t.action->setStatusTip(t.tip);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    if (m_openLanguagePack) {
        m_openLanguagePack->setText(tr("Open a language &pack…"));
        m_translatorPreviewAction->setText(tr("&Translator preview (side by side)"));
    }
    if (m_problemDock)
        m_problemDock->setWindowTitle(m_session.problems().isEmpty()
                                          ? tr("Problems in the language pack")
                                          : tr("Problems in the pack"));
    m_comfort->retranslate();
    m_provenance->setText(
        m.publisher.isEmpty()
            ? QString()
            : tr("Publisher: %1 · %2").arg(m.publisher, PageRenderer::reviewedText(m)));
    m_undoActions->retranslate();
    m_help->retranslate();
    m_help->setPack(m);
    Mnemonics::fitToScript(this, QLocale());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    // Qt makes a first row current when the list gets the focus without one; from the keyboard
    // that is not the reader's choice (a click or tap on a row is). The list takes such a focus
    // here, with its choosing held back while it does.
    if (watched == m_list && event->type() == QEvent::FocusIn && !m_listGainingFocus &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason &&
        !m_list->currentIndex().isValid()) {
        QScopedValueRollback gaining(m_listGainingFocus, true);
        static_cast<QObject *>(m_list)->event(event); // delivered here, and only here
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::focusNextPrevChild(bool next) {
    if (QWidget *target = ReadingTabOrder::wrapTarget(this, next)) {
        target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QMainWindow::focusNextPrevChild(next);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::ApplicationFontChange) {
        scaleQuestionList(m_view->zoomFactor());
        scaleSidePanels(m_view->zoomFactor());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout() {
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(screen() ? QSize(1180, 780).boundedTo(screen()->availableSize() * 0.95)
                        : QSize(1180, 780));
    restoreState(m_settings.windowState());
    m_view->setZoom(m_settings.zoom());
    scaleQuestionList(m_view->zoomFactor());
    scaleSidePanels(m_view->zoomFactor()); // before the window is shown: the fonts only
    m_zoomIndicator->setZoom(m_view->zoomFactor());
    // Once shown, the panels of a remembered large size leave the answer its room too.
    QTimer::singleShot(0, this, [this] { scaleSidePanels(m_view->zoomFactor()); });
}

void MainWindow::scaleQuestionList(qreal factor) {
    // The question list grows with the answer text, a little less so the list stays usable.
    // Only the size: the family follows the application's (the interface language's script).
    QFont font;
    font.setPointSizeF(QApplication::font(m_list).pointSizeF() * (1.0 + (factor - 1.0) * 0.6) *
                       (m_kioskShell ? 1.2 : 1.1));
    m_list->setFont(font);
}

void MainWindow::scaleSidePanels(qreal factor) {
    // The panels' text grows with the answer's, a little less, so that they stay beside it.
    const qreal scale = 1.0 + (factor - 1.0) * 0.4;
    // From 175% on, their rows of buttons and labelled fields stack up, so that no panel needs
    // more than a narrow column.
    const bool stacked = factor >= 1.75;
    QList<QDockWidget *> sides;
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        QFont font; // only the size: the family follows the application's
        font.setPointSizeF(QApplication::font(dock).pointSizeF() * scale);
        dock->setFont(font);
        if (dock != m_questionDock) {
            const QList<QBoxLayout *> rows = dock->findChildren<QBoxLayout *>();
            for (QBoxLayout *row : rows) {
                const bool wasRow = row->property("pr_row").toBool();
                const bool isRow = row->direction() == QBoxLayout::LeftToRight ||
                                   row->direction() == QBoxLayout::RightToLeft;
                if (stacked && isRow) {
                    row->setProperty("pr_row", true);
                    row->setDirection(QBoxLayout::TopToBottom);
                } else if (!stacked && wasRow) {
                    row->setProperty("pr_row", false);
                    row->setDirection(QBoxLayout::LeftToRight);
                }
            }
        }
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (!dock->isFloating() && dock->isVisible() &&
            (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            sides.append(dock);
    }
    // The answer is what the reader came for: from 150% on, or when it has less than half the
    // window, no panel takes more than about a fifth of the window.
    const bool answerSqueezed = centralWidget() && centralWidget()->width() < width() / 2;
    if ((factor < 1.5 && !answerSqueezed) || sides.isEmpty())
        return;
    // Their new minimum widths first (the larger text, the stacked rows).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int cap = width() * 22 / 100;
    QList<QDockWidget *> narrowed;
    QList<int> widths;
    for (QDockWidget *dock : std::as_const(sides)) {
        if (dock->width() > cap) {
            narrowed.append(dock);
            widths.append(cap);
        }
    }
    if (!narrowed.isEmpty())
        resizeDocks(narrowed, widths, Qt::Horizontal);
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    // Once the docks have taken their share of the new size.
    if (m_kioskShell || m_sidePanelsPending)
        return;
    m_sidePanelsPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_sidePanelsPending = false;
            scaleSidePanels(m_view->zoomFactor());
        },
        Qt::QueuedConnection);
}

void MainWindow::orderTabStops() {
    QList<QWidget *> panes{m_search->field(), m_search, m_list->parentWidget(),
                           m_findBar,         m_view,   m_citationDock,
                           m_bookmarkDock};
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        if (!panes.contains(dock) && dock != m_questionDock)
            panes.append(dock);
    ReadingTabOrder::apply(this, panes);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_kiosk) {
        event->ignore();
        return;
    }
    m_tracker->saveNow();
    placePanelsFor(Qt::LeftToRight); // the layout is kept in left-to-right terms
    m_settings.setWindowLayout(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showPack(const Pack &pack, const QString &entryId) {
    m_entryToOpen = entryId;
    m_session.setPack(pack);
}

void MainWindow::followSession() {
    // Each view follows the session's pack on its own; one made after the session got its
    // pack (the window is made once the start language is chosen) catches up here. The page
    // server first: the pages asked for next come from it.
    const auto follow = [this](QObject *receiver, const std::function<void(const Pack &)> &show) {
        connect(&m_session, &ReaderSession::packChanged, receiver, show);
        if (m_session.hasPack())
            show(m_session.pack());
    };
    follow(this, [this](const Pack &pack) { m_server.setPack(pack); });
    follow(m_questions, [this](const Pack &pack) { m_questions->setPack(pack); });
    follow(m_tracker, [this](const Pack &pack) { m_tracker->setPackId(pack.manifest().id); });
    follow(m_bookmarks, [this](const Pack &pack) { m_bookmarks->setPack(pack); });
    follow(m_citations, [this](const Pack &pack) { m_citations->setPack(pack); });
    follow(m_handoutFeature, [this](const Pack &pack) { m_handoutFeature->packShown(pack); });
    connect(&m_session, &ReaderSession::packChanged, this,
            [this](const Pack &pack) { packShown(pack, true); });
    if (m_session.hasPack())
        packShown(m_session.pack(), false);
    connect(&m_session, &ReaderSession::problemsChanged, this, &MainWindow::listPackProblems);
    if (!m_session.problems().isEmpty())
        listPackProblems();
}

void MainWindow::packShown(const Pack &pack, bool openPage) {
    // The question on screen stays open in the new language, unless showPack named another.
    const QString entryId = m_entryToOpen.value_or(currentEntryId());
    m_entryToOpen.reset();
    m_undo->clear();
    updateBookmarkState();
    m_view->history()->clear();
    setLayoutDirection(pack.manifest().direction);
    placePanelsFor(pack.manifest().direction);
    retranslate();
    if (m_kioskShell)
        m_kioskShell->setTitle(pack.manifest().title);
    if (openPage)
        openStartPage(entryId);
}

void MainWindow::openStartPage(const QString &entryId) {
    const Pack &pack = m_session.pack();
    if (pack.isEmpty())
        return;
    if (m_kiosk && pack.indexOf(entryId) < 0) {
        // A visitor who chose a language on the home screen stays on it.
        m_view->load(PageServer::homeUrl());
        return;
    }
    const QString first = pack.indexOf(entryId) >= 0 ? entryId : pack.entries().first().id;
    openEntry(first);
}

void MainWindow::openEntry(const QString &entryId, const QStringList &highlightTerms) {
    m_view->load(PageServer::entryUrl(entryId, highlightTerms));
}

QString MainWindow::currentEntryId() const {
    return PageServer::entryIdOf(m_view->url());
}

void MainWindow::syncListToUrl(const QUrl &url) {
    const QModelIndex index = m_questions->indexOfEntry(PageServer::entryIdOf(url));
    // Not a QSignalBlocker: the view repaints the rows it unselects only through those signals.
    QScopedValueRollback following(m_followingPage, true);
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    } else {
        // No current row either, or a tap on the row that was current would open nothing.
        m_list->selectionModel()->clear();
    }
    updateNavigationActions();
}

void MainWindow::openNeighbour(int step) {
    const int row = m_questions->indexOfEntry(currentEntryId()).row();
    const QString id = m_questions->entryIdAt(row < 0 ? 0 : row + step);
    if (!id.isEmpty())
        openEntry(id);
}

void MainWindow::updateNavigationActions() {
    m_clearHighlight->setEnabled(m_view->url().hasQuery());
    m_back->setEnabled(m_view->history()->canGoBack());
    m_forward->setEnabled(m_view->history()->canGoForward());
    const int row = m_questions->indexOfEntry(currentEntryId()).row();
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row < 0 ? m_questions->rowCount() > 0 : row + 1 < m_questions->rowCount());
}

void MainWindow::setLanguageSwitcher(LanguageSwitcher *switcher) {
    m_languages = switcher;
    m_languageMenu = new QMenu(menuBar());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    menuBar()->insertMenu(m_help->menuAction(), m_languageMenu);
    switcher->populateMenu(m_languageMenu);
    m_languageMenu->addSeparator();
    m_openLanguagePack = m_languageMenu->addAction(QString(), this, &MainWindow::openLanguagePack);
    m_translatorPreviewAction =
        m_languageMenu->addAction(QString(), this, &MainWindow::showTranslatorPreview);
    m_translatorPreviewAction->setObjectName(QStringLiteral("translatorPreviewAction"));
    connect(switcher, &LanguageSwitcher::problemsChanged, this, &MainWindow::showPackProblems);
    // A pack loaded before this window was connected (--language-pack) may have problems too.
    showPackProblems(switcher->problems());
    retranslate();
}

void MainWindow::showTranslatorPreview() {
    if (!m_translatorPreview) {
        m_translatorPreview = new TranslatorPreview(m_languages->base(), *m_profile, this);
        m_translatorPreview->setPageStyle(m_comfort->pageStyle());
        m_translatorPreview->setNavigation(m_previous, m_next);
        connect(this, &MainWindow::answerLoaded, m_translatorPreview,
                [this](const QString &id, bool ok) {
                    if (ok && !id.isEmpty())
                        m_translatorPreview->showEntry(id);
                });
        connect(&m_session, &ReaderSession::packChanged, m_translatorPreview,
                [this](const Pack &pack) {
                    m_translatorPreview->showTranslationTrust(pack.manifest().trust);
                    m_translatorPreview->setTranslationLanguage(pack.manifest().language);
                });
    }
    m_translatorPreview->showTranslationTrust(m_session.pack().manifest().trust);
    m_translatorPreview->setTranslationLanguage(m_session.language());
    m_translatorPreview->showProblems(m_packProblems);
    m_translatorPreview->showEntry(currentEntryId());
    m_translatorPreview->show();
    m_translatorPreview->raise();
}

void MainWindow::showPackProblems(const PackProblems &problems) {
    m_packProblems = problems;
    // The translator at work in the preview sees them there, not behind it.
    if (m_translatorPreview)
        m_translatorPreview->showProblems(problems);
    listPackProblems();
}

void MainWindow::listPackProblems() {
    // The content pack's own problems (as read at start, say), then the language pack's.
    const PackProblems problems = m_session.problems() + m_packProblems;
    if (!m_problemDock) {
        if (problems.isEmpty())
            return;
        // Made the first time a pack has problems: most readers never see it.
        m_problems = new QListWidget(this);
        m_problems->setObjectName(QStringLiteral("packProblems"));
        m_problems->setWordWrap(true);
        // "file:line: error: message", in English: left to right in any window.
        m_problems->setLayoutDirection(Qt::LeftToRight);
        m_problemDock = new QDockWidget(this);
        m_problemDock->setObjectName(QStringLiteral("problemDock"));
        m_problemDock->setWidget(m_problems);
        addDockWidget(Qt::BottomDockWidgetArea, m_problemDock);
        retranslate();
        orderTabStops();
    }
    m_problems->clear();
    for (const PackProblem &p : problems)
        m_problems->addItem(p.toString());
    m_problemDock->setVisible(!problems.isEmpty());
    retranslate(); // the panel's title says whose problems they are
}

void MainWindow::openLanguagePack() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a language pack"), QString(),
        tr("Language packs (*.prpack);;Pack folders' manifest (manifest.json)"));
    if (path.isEmpty() || !m_languages)
        return;
    const QString target =
        path.endsWith(QLatin1String("manifest.json")) ? QFileInfo(path).absolutePath() : path;
    const PackProblems problems = m_languages->loadPack(target);
    if (hasErrors(problems))
        reportPackProblems(tr("This language pack cannot be used"),
                           tr("%1 has problems, so the language stays as it was.").arg(target),
                           problems);
    else if (!problems.isEmpty())
        reportPackProblems(tr("Language pack loaded with warnings"),
                           tr("%1 was loaded. Some answers may be out of date.").arg(target),
                           problems);
}

void MainWindow::reportPackProblems(const QString &title, const QString &intro,
                                    const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    QMessageBox box(hasErrors(problems) ? QMessageBox::Warning : QMessageBox::Information, title,
                    intro, QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::enterKioskMode() {
    m_kiosk = true;
    setWindowFlag(Qt::FramelessWindowHint, true);
    menuBar()->hide();
    setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_links->setMode(ExternalLinkPolicy::Mode::Never);
    m_citations->setExportAllowed(false);
    for (QAction *a : {m_quit, m_openPack, m_exportBookmarks, m_importBookmarks, m_print})
        a->setEnabled(false);
    for (QDockWidget *dock : {m_questionDock, m_citationDock, m_bookmarkDock})
        dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    m_handoutFeature->lockDownForKiosk();
    const QList<QToolBar *> toolbars = findChildren<QToolBar *>();
    for (QToolBar *toolbar : toolbars) {
        toolbar->setIconSize(QSize(32, 32));
        toolbar->setContextMenuPolicy(Qt::PreventContextMenu);
    }
    // Finger-sized targets: at least 44 px high.
    setStyleSheet(
        QStringLiteral("QToolButton, QPushButton, QComboBox, QLineEdit { min-height: 44px; }"
                       "QListView::item { min-height: 44px; padding: 4px; }"
                       "QTabBar::tab { min-height: 44px; min-width: 120px; }"));
    setAcceptDrops(false);
    buildKioskShell();
    // Without a window manager (cage, a bare X server) fullscreen needs the screen's geometry.
    if (screen())
        setGeometry(screen()->geometry());
    showFullScreen();
}

void MainWindow::buildKioskShell() {
    // The desktop's docks, toolbars and status bar give way to the kiosk's own layout, made of
    // the same answer view, search panel and actions.
    for (QToolBar *toolbar : findChildren<QToolBar *>())
        if (!qobject_cast<ReadAloudToolBar *>(toolbar))
            toolbar->hide();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->hide();
    statusBar()->hide();
    // The desktop's answer area (find bar and answer view): the shell takes the view in; the
    // rest stays owned by the window, hidden, as the find action still refers to it.
    QWidget *desktopAnswerArea = takeCentralWidget();
    m_kioskShell = new KioskShell(*m_view, *m_search,
                                  {m_back, m_home, m_previous, m_next, m_zoomOut, m_zoomIn},
                                  *m_citations->model(), this);
    setCentralWidget(m_kioskShell);
    desktopAnswerArea->setParent(this);
    desktopAnswerArea->hide();
    m_kioskShell->setTitle(m_server.pack().manifest().title);
    m_search->setTouchLayout(true);
    // The questions as large cards, a finger's size at least.
    auto *cards = new HtmlItemDelegate(
        [](const QModelIndex &index) {
            return index.data(Qt::DisplayRole).toString().toHtmlEscaped();
        },
        m_list);
    cards->setCards(true);
    m_list->setItemDelegate(cards);
    m_list->setSpacing(5);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFrameShape(QFrame::NoFrame);
    scaleQuestionList(m_view->zoomFactor());
    if (auto *readAloud = findChild<ReadAloudToolBar *>()) {
        removeToolBar(readAloud);
        m_kioskShell->setReadAloudBar(readAloud);
    }
    // A visitor starts on the questions: the search field would bring the on-screen keyboard
    // up over them before anyone asked for it.
    m_list->setFocus(Qt::OtherFocusReason);
}

void MainWindow::tellVisitor(const QString &message, int timeoutMs) {
    statusBar()->showMessage(message, timeoutMs);
    if (m_kioskShell && !message.isEmpty())
        m_kioskShell->showMessage(message);
}

bool MainWindow::isShowingSafetyNotice() const {
    return m_search->safetyNotice()->isShowingNotice() ||
           !m_server.noticesFor(m_view->url()).isEmpty();
}

void MainWindow::resetForNextVisitor() {
    m_undo->clear();
    m_findBar->field()->setText(QString()); // with its undo history
    m_findBar->close();
    m_comfort->resetToDefaults(); // the clinic's theme and reading font
    m_handoutFeature->resetForNextVisitor();
    // Clearing before the load keeps the page being replaced; clearing again once the home page
    // is in leaves nothing of the visitor's to go back to.
    m_view->history()->clear();
    connect(
        m_view, &QWebEngineView::loadFinished, this,
        [this] {
            m_view->history()->clear();
            updateNavigationActions();
        },
        Qt::SingleShotConnection);
    m_view->load(PageServer::homeUrl());
    {
        QScopedValueRollback following(m_followingPage, true);
        m_list->selectionModel()->clear();
    }
    m_citationDock->raise();
    if (m_kioskShell) {
        m_kioskShell->resetForNextVisitor();
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::toggleBookmark() {
    const QString id = currentEntryId();
    const Entry *entry = m_server.pack().entry(id);
    if (!entry) {
        updateBookmarkAction();
        return;
    }
    const EntryKey key{m_server.pack().manifest().id, id};
    if (m_store.isBookmarked(key)) {
        const std::optional<Bookmark> existing = m_store.bookmark(key);
        const bool hadNote = existing && !existing->note.isEmpty();
        m_undo->push(new RemoveBookmarkCommand(m_store, key, entry->question));
        m_notice->showNotice(hadNote ? tr("Bookmark and its note removed.")
                                     : tr("Bookmark removed."),
                             tr("Undo"), [this] { m_undo->undo(); });
    } else {
        m_undo->push(new AddBookmarkCommand(m_store, key, entry->question));
        statusBar()->showMessage(tr("Bookmarked. Add a note with Ctrl+Shift+D."), 5000);
    }
}

void MainWindow::updateBookmarkState() {
    const QString packId = m_server.pack().manifest().id;
    QSet<QString> ids;
    const QList<Bookmark> all = m_store.bookmarks(BookmarkOrder::NewestFirst);
    for (const Bookmark &b : all) {
        if (b.key.packId == packId)
            ids.insert(b.key.entryId);
    }
    m_questions->setBookmarkedIds(ids);
    updateBookmarkAction();
}

void MainWindow::updateBookmarkAction() {
    const QString current = currentEntryId();
    m_toggleBookmark->setEnabled(!current.isEmpty());
    m_bookmarkNote->setEnabled(!current.isEmpty());
    m_toggleBookmark->setChecked(!current.isEmpty() &&
                                 m_store.isBookmarked({m_server.pack().manifest().id, current}));
}

void MainWindow::exportBookmarks() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export bookmarks"), QStringLiteral("bookmarks.json"), tr("Bookmarks (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = m_store.exportBookmarks(path);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Bookmarks saved to %1").arg(path), 5000);
    else
        QMessageBox::warning(this, tr("Bookmarks were not exported"), error);
}

void MainWindow::importBookmarks() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import bookmarks"), QString(),
                                                      tr("Bookmarks (*.json)"));
    if (path.isEmpty())
        return;
    const ImportResult result = m_store.importBookmarks(path);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Bookmarks were not imported"),
                             tr("%1 cannot be imported: %2").arg(path, result.error));
        return;
    }
    statusBar()->showMessage(tr("%n bookmark(s) added", nullptr, result.added), 5000);
}

void MainWindow::openPackFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a pack folder"));
    if (dir.isEmpty())
        return;
    const PackReadResult result =
        m_trustPolicy ? m_trustPolicy->readPack(dir) : PackReader().read(dir);
    if (!result.ok()) {
        reportPackProblems(
            tr("This pack cannot be read"),
            tr("The pack in %1 has problems, so the current one stays open.").arg(dir),
            result.problems);
        return;
    }
    showPack(*result.pack);
}

void MainWindow::welcomeOnFirstStart() {
    m_help->welcomeOnFirstStart();
}

void MainWindow::placePanelsFor(Qt::LayoutDirection direction) {
    // Qt keeps dock areas where they are; a right-to-left reader starts reading on the right,
    // so the question list goes there and the other panels swap sides with it.
    if (direction == m_panelDirection)
        return;
    m_panelDirection = direction;
    const auto mirrored = [](Qt::DockWidgetArea area) {
        return area == Qt::LeftDockWidgetArea    ? Qt::RightDockWidgetArea
               : area == Qt::RightDockWidgetArea ? Qt::LeftDockWidgetArea
                                                 : area;
    };
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    QHash<QDockWidget *, QList<QDockWidget *>> tabbedWith;
    QList<QDockWidget *> inFront;
    for (QDockWidget *dock : docks) {
        tabbedWith.insert(dock, tabifiedDockWidgets(dock));
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            inFront.append(dock);
    }
    QSet<QDockWidget *> placed;
    for (QDockWidget *dock : docks) {
        if (placed.contains(dock) || dock->isFloating())
            continue;
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea)
            continue;
        // isHidden, not isVisible: before the window is shown no dock is visible.
        const bool hidden = dock->isHidden();
        addDockWidget(mirrored(area), dock);
        dock->setHidden(hidden);
        placed.insert(dock);
        for (QDockWidget *other : tabbedWith.value(dock)) {
            if (placed.contains(other))
                continue;
            const bool otherHidden = other->isHidden();
            tabifyDockWidget(dock, other);
            other->setHidden(otherHidden);
            placed.insert(other);
        }
    }
    if (inFront.isEmpty())
        inFront.append(m_citationDock); // as the window first shows them
    for (QDockWidget *dock : std::as_const(inFront))
        dock->raise();
}

void MainWindow::moveFocusToPane(int step) {
    // Search and questions, the answer, then the side panels, as a reader reads.
    QList<QWidget *> panes{m_questionDock, m_view};
    for (QDockWidget *dock : {m_citationDock, m_bookmarkDock})
        if (dock->isVisible() && !dock->visibleRegion().isEmpty())
            panes.append(dock);
    if (m_problemDock && m_problemDock->isVisible())
        panes.append(m_problemDock);
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (QWidget *focus = QApplication::focusWidget();
            focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            current = i;
    const qsizetype next = (current + step + panes.size()) % panes.size();
    QWidget *pane = panes.at(next);
    if (pane == m_view) {
        m_view->setFocus(Qt::TabFocusReason);
        return;
    }
    if (pane == m_questionDock) {
        m_list->setFocus(Qt::TabFocusReason);
        return;
    }
    const QList<QWidget *> children = pane->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace pr
