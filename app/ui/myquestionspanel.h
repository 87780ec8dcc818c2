// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace pr {

class MyQuestionsModel;
class UserStore;
class Pack;

// The "my questions" panel: the reader's list in their order, reordered by drag and drop or by
// Ctrl+Up / Ctrl+Down, an own question added in any language (Enter), edited (F2 or double
// click) or removed (Delete). Enter on an FAQ question opens its answer.
class MyQuestionsPanel : public QWidget {
    Q_OBJECT

public:
    MyQuestionsPanel(UserStore &store, QWidget *parent = nullptr);

    void setPack(const Pack &pack);
    MyQuestionsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *field() const { return m_field; }
    // Moves the current question by step rows (-1 up, +1 down); false at either end.
    bool moveCurrent(int step);
    void removeCurrent();

signals:
    void entryChosen(const QString &entryId);
    // The reader asked for the handout from the panel.
    void handoutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addOwnQuestion();
    void retranslate();
    void updateButtons();

    UserStore &m_store;
    MyQuestionsModel *m_model;
    QListView *m_list;
    QLineEdit *m_field;
    QPushButton *m_add;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QPushButton *m_handout;
    QLabel *m_hint;
};

} // namespace pr
