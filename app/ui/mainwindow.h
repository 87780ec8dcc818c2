#pragma once

#include "content/pack.h"

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QListView;

namespace pr {

class AnswerView;
class ExternalLinkPolicy;
class PageServer;
class QuestionListModel;
class ReaderProfile;
class ReaderSettings;

// Wires the question list, the answer view and the reader's actions together.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(PageServer &server, ReaderSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows pack (replacing the one shown) and opens its first question, or entryId.
    void showPack(const Pack &pack, const QString &entryId = {});
    void openEntry(const QString &entryId, const QStringList &highlightTerms = {});
    QString currentEntryId() const;

    AnswerView *answerView() const { return m_view; }
    QListView *questionList() const { return m_list; }
    ReaderProfile *readerProfile() const { return m_profile; }

signals:
    void answerLoaded(const QString &entryId, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createQuestionPanel();
    void restoreLayout();
    void retranslate();
    void syncListToUrl(const QUrl &url);
    void openNeighbour(int step);
    void openPackFolder();
    void setDarkTheme(bool dark);
    void scaleQuestionList(qreal factor);
    void updateNavigationActions();

    PageServer &m_server;
    ReaderSettings &m_settings;
    ReaderProfile *m_profile;
    AnswerView *m_view;
    ExternalLinkPolicy *m_links;
    QuestionListModel *m_questions;
    QListView *m_list = nullptr;
    QDockWidget *m_questionDock = nullptr;
    QLabel *m_provenance = nullptr;

    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_darkTheme = nullptr;
    QAction *m_openPack = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace pr
