// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEngineFindTextResult;
class QWebEnginePage;

namespace pr {

// Find in the answer on screen, as in a browser (Ctrl+F): a field that finds as the reader
// types, the number of matches ("2 of 5"), next and previous (Enter, Shift+Enter, F3,
// Shift+F3) and close (Esc), which takes the marks away and gives the answer back the focus.
class FindBar : public QWidget {
    Q_OBJECT

public:
    FindBar(QWebEnginePage *page, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QString countText() const;

    // Shows the bar with its text selected, ready to type over.
    void open();
    void close();
    void findNext();
    void findPrevious();
    // A new page is in: find the same text again in it.
    void pageLoaded();
    void retranslate();

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_label;
    int m_matches = -1; // not searched yet
    int m_active = 0;
};

} // namespace pr
