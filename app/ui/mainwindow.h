// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packproblem.h"
#include "safety/safetynotices.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QPrinter;
class QToolBar;
class QUndoStack;

#include <memory>
#include <optional>

namespace pr {

class AnswerView;
class FindBar;
class FocusRing;
class ZoomIndicator;
class HelpMenu;
class UndoActions;
class StatusNotice;
class BookmarksPanel;
class LanguageSwitcher;
class ContentTrustPolicy;
class TranslatorPreview;
class CitationPanel;
class ComfortController;
class ReadingTracker;
class UserStore;
class ExternalLinkPolicy;
class HandoutFeature;
class KioskShell;
class PageServer;
class PrintController;
class QuestionListModel;
class ReaderSession;
class ReaderProfile;
class ReaderSettings;
class SearchPanel;

// Wires the question list, the answer view and the reader's actions to the reading session:
// every view follows the session's pack, language and index.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The window shows the session's pack from the start, if it has one (without opening a
    // question: see openStartPage).
    MainWindow(ReaderSession &session, PageServer &server, ReaderSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Makes pack the session's pack and opens its first question, or entryId.
    void showPack(const Pack &pack, const QString &entryId = {});
    // Opens entryId of the pack shown, or its first question (a kiosk: its home page).
    void openStartPage(const QString &entryId);
    ReaderSession &session() const { return m_session; }
    PageServer &pageServer() const { return m_server; }
    // Prints the answer shown (File → Print…, a kiosk's Print button).
    PrintController *printController() const { return m_printer; }
    void openEntry(const QString &entryId, const QStringList &highlightTerms = {});
    QString currentEntryId() const;

    // A message naming each problem of a pack (in its details), with title and intro.
    void reportPackProblems(const QString &title, const QString &intro,
                            const PackProblems &problems);

    // Locks the window down for a clinic kiosk: no menus, no way to close, no export, no web
    // links, no context menu, panels fixed in place, touch-sized controls.
    void enterKioskMode();
    // Adds the Language menu and "Open language pack…"; the switcher outlives the window.
    void setLanguageSwitcher(LanguageSwitcher *switcher);
    // The "Getting started" card, the first time this reader starts the app.
    void welcomeOnFirstStart();
    // Checks the signatures of a pack folder the reader opens; must outlive the window.
    void setTrustPolicy(const ContentTrustPolicy *policy) { m_trustPolicy = policy; }
    // Back to the first screen a visitor sees, with nothing of the last visitor left in view.
    void resetForNextVisitor();
    // A safety notice is on screen (in the search panel or at the top of the answer): the kiosk
    // must not wipe it.
    bool isShowingSafetyNotice() const;

    AnswerView *answerView() const { return m_view; }
    QListView *questionList() const { return m_list; }
    SearchPanel *searchPanel() const { return m_search; }
    BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
    CitationPanel *citationPanel() const { return m_citations; }
    FindBar *findBar() const { return m_findBar; }
    FocusRing *focusRing() const { return m_focusRing; }
    ZoomIndicator *zoomIndicator() const { return m_zoomIndicator; }
    QAction *toggleBookmarkAction() const { return m_toggleBookmark; }
    QUndoStack *undoStack() const { return m_undo; }
    ReaderProfile *readerProfile() const { return m_profile; }
    TranslatorPreview *translatorPreview() const { return m_translatorPreview; }
    // Null until a language pack first has problems to list.
    QListWidget *packProblemList() const { return m_problems; }
    ComfortController *comfort() const { return m_comfort; }
    // My questions, "Ask my clinician", File → Handout… and the kiosk's "Take my questions".
    HandoutFeature *handoutFeature() const { return m_handoutFeature; }
    // The kiosk's own touch layout (home and answer screens); null outside kiosk mode.
    KioskShell *kioskShell() const { return m_kioskShell; }
    // The menus, the print action, the toolbar and the docks that features add themselves to.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QAction *printAction() const { return m_print; }
    QToolBar *navigationToolBar() const { return m_navigationBar; }
    QDockWidget *bookmarkDock() const { return m_bookmarkDock; }
    QDockWidget *citationDock() const { return m_citationDock; }
    // A message a visitor must see: the status bar on a desk, a card that fades on a kiosk.
    void tellVisitor(const QString &message, int timeoutMs = 10000);

signals:
    void answerLoaded(const QString &entryId, bool ok);
    // The reader chose a question in the list (the arrow keys, a click, a tap); it opens.
    void questionChosen(const QString &entryId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void createActions();
    void createQuestionPanel();
    void createBookmarkPanel();
    void createCitationPanel();
    void toggleBookmark();
    void updateBookmarkState();
    void updateBookmarkAction();
    void exportBookmarks();
    void importBookmarks();
    void restoreLayout();
    void retranslate();
    void syncListToUrl(const QUrl &url);
    void openNeighbour(int step);
    void openPackFolder();
    void openLanguagePack();
    void showTranslatorPreview();
    void showPackProblems(const PackProblems &problems);
    void listPackProblems();
    // What the window itself shows of the session's pack; opens a page when openPage is set.
    void packShown(const Pack &pack, bool openPage);
    void followSession();
    void buildKioskShell();

    void scaleQuestionList(qreal factor);
    // The side panels' text follows the zoom too, while the answer keeps most of the width.
    void scaleSidePanels(qreal factor);
    bool m_sidePanelsPending = false;
    // Tab as a reader reads: search, questions, the answer, then the side panels.
    void orderTabStops();
    // The question list on the side where reading starts; the other panels opposite.
    void placePanelsFor(Qt::LayoutDirection direction);
    // F6 / Shift+F6: the questions, the answer, the side panels.
    void moveFocusToPane(int step);
    void updateNavigationActions();

    ReaderSession &m_session;
    PageServer &m_server;
    ReaderSettings &m_settings;
    UserStore &m_store; // the session's
    QUndoStack *m_undo;
    ReaderProfile *m_profile;
    AnswerView *m_view;
    ExternalLinkPolicy *m_links;
    QuestionListModel *m_questions;
    QListView *m_list = nullptr;
    SearchPanel *m_search = nullptr;
    BookmarksPanel *m_bookmarks = nullptr;
    QDockWidget *m_bookmarkDock = nullptr;
    CitationPanel *m_citations = nullptr;
    QDockWidget *m_citationDock = nullptr;
    ReadingTracker *m_tracker = nullptr;
    ComfortController *m_comfort = nullptr;
    // The question the next pack change opens (showPack), instead of the one on screen.
    std::optional<QString> m_entryToOpen;
    QDockWidget *m_questionDock = nullptr;
    QLabel *m_provenance = nullptr;
    bool m_kiosk = false;
    bool m_listGainingFocus = false; // the list takes the focus: no row is chosen
    QString m_lastChosen;            // by a row change, until the click that may have caused it
    bool m_followingPage = false;    // the list is being moved to the page on screen

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findInAnswer = nullptr;
    FindBar *m_findBar = nullptr;
    FocusRing *m_focusRing = nullptr;
    ZoomIndicator *m_zoomIndicator = nullptr;
    QAction *m_toggleBookmark = nullptr;
    QAction *m_bookmarkNote = nullptr;
    UndoActions *m_undoActions = nullptr;
    StatusNotice *m_notice = nullptr;
    HelpMenu *m_help = nullptr;
    QAction *m_nextPane = nullptr;
    QAction *m_previousPane = nullptr;
    Qt::LayoutDirection m_panelDirection = Qt::LeftToRight;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_exportBookmarks = nullptr;
    QAction *m_importBookmarks = nullptr;
    QAction *m_clearHighlight = nullptr;
    QAction *m_openPack = nullptr;
    QAction *m_openLanguagePack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QToolBar *m_navigationBar = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    const ContentTrustPolicy *m_trustPolicy = nullptr;
    QAction *m_translatorPreviewAction = nullptr;
    TranslatorPreview *m_translatorPreview = nullptr;
    QDockWidget *m_problemDock = nullptr;
    QListWidget *m_problems = nullptr;
    PackProblems m_packProblems; // of the language pack in use, or of the last try to load one
    QAction *m_quit = nullptr;
    QAction *m_print = nullptr;
    PrintController *m_printer = nullptr;
    HandoutFeature *m_handoutFeature = nullptr;
    KioskShell *m_kioskShell = nullptr;
};

} // namespace pr
