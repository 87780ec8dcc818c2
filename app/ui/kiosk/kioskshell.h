// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class QAction;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace pr {

class AnswerView;
class FlowLayout;
class KioskMessageCard;
class KioskSourcesPanel;
class ReferenceListModel;
class SearchPanel;

// The kiosk's own layout for a touch screen, portrait or landscape: a home screen (the FAQ's
// title, what this screen is, the languages as buttons, a large search over the questions) and
// an answer screen (the answer the full width, a bottom bar of large buttons within thumb
// reach, the sources as a plain list). It is composed from the main window's answer view,
// search panel and actions, so that everything the kiosk controller resets and locks down is
// the same as before; the desktop's docks and toolbars are not part of it.
class KioskShell : public QWidget {
    Q_OBJECT

public:
    struct Actions {
        QAction *back;
        QAction *home;
        QAction *previous;
        QAction *next;
        QAction *zoomOut;
        QAction *zoomIn;
    };

    KioskShell(AnswerView &view, SearchPanel &search, const Actions &actions,
               const ReferenceListModel &references, QWidget *parent = nullptr);

    // The FAQ's title, and the clinic's own line (its attract text) for the home screen.
    void setTitle(const QString &title);
    void setClinicLine(const QString &line);
    // The visitor's languages as buttons with their own names; choose(tag) switches. One
    // language: no buttons.
    void setLanguages(const QList<QPair<QString, QString>> &tagsAndNames, const QString &current,
                      std::function<void(const QString &tag)> choose);
    void setCurrentLanguage(const QString &tag);
    // A large button in the answer screen's bar for action (print, ask my clinician, …), with
    // the action's text, enabled state and check mark.
    QPushButton *addTool(QAction *action, const QString &objectName);
    // The read-aloud controls, on a row of their own in the answer screen's bar.
    void setReadAloudBar(QWidget *bar);
    // "My questions": a screen of its own with the visitor's list and the take-home button.
    void setMyQuestions(QWidget *panel, QAction *take);
    void showMyQuestions();
    // A message the visitor must see, as a card that fades.
    void showMessage(const QString &text);
    // Back to the home screen with nothing left open.
    void resetForNextVisitor();

    bool isShowingAnswer() const;
    bool isShowingHome() const;
    QWidget *homePage() const { return m_home; }
    QWidget *answerPage() const { return m_answer; }
    QWidget *myQuestionsPage() const { return m_myQuestions; }
    QWidget *bottomBar() const { return m_bar; }
    QWidget *languageRow() const { return m_languageRow; }
    QList<QPushButton *> languageButtons() const { return m_languageButtons; }
    QPushButton *sourcesButton() const { return m_sources; }
    KioskSourcesPanel *sourcesPanel() const { return m_sourcesPanel; }
    KioskMessageCard *messageCard() const { return m_card; }
    // The empty square in the top corners where staff press for three seconds.
    static constexpr int kStaffCorner = 72;
    // The smallest touch target, in pixels (9 mm on a 21-inch 1080p screen is about 40 px).
    static constexpr int kTouchTarget = 56;

protected:
    void changeEvent(QEvent *event) override;

private:
    QPushButton *bind(QAction *action, const QString &objectName, QWidget *parent,
                      bool ownText = false);
    void updatePage();
    void retranslate();
    QWidget *makeHome(SearchPanel &search);
    QWidget *makeAnswer();
    QWidget *makeMyQuestions();

    AnswerView &m_view;
    Actions m_actions;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QWidget *m_home = nullptr;
    QWidget *m_answer = nullptr;
    QWidget *m_myQuestions = nullptr;
    QLabel *m_intro = nullptr;
    QString m_clinicLine;
    QWidget *m_languageRow = nullptr;
    QHBoxLayout *m_languageLayout = nullptr;
    QList<QPushButton *> m_languageButtons;
    QWidget *m_bar = nullptr;
    QBoxLayout *m_barRows = nullptr;
    FlowLayout *m_tools = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_homeButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_smaller = nullptr;
    QPushButton *m_larger = nullptr;
    QPushButton *m_sources = nullptr;
    QPushButton *m_openMyQuestions = nullptr;
    QPushButton *m_homeMyQuestions = nullptr;
    QPushButton *m_leaveMyQuestions = nullptr;
    QLabel *m_myQuestionsTitle = nullptr;
    QWidget *m_myQuestionsBody = nullptr;
    QHBoxLayout *m_myQuestionsButtons = nullptr;
    QWidget *m_pageBeforeMyQuestions = nullptr;
    KioskSourcesPanel *m_sourcesPanel;
    KioskMessageCard *m_card;
    const ReferenceListModel &m_references;
};

} // namespace pr
