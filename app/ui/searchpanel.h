// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "safety/safetynotices.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace pr {

class SafetyNoticePanel;
class SearchIndex;
struct SearchResults;
class SearchResultsModel;

// The search field over the question list: results appear as the reader types (debounced),
// each with its question and a snippet, and a count of the answers that match well. When the
// pack does not answer the query, the panel says so plainly, suggests asking the clinic or
// clinician, and lists the closest questions apart, as related, not as answers. A suggested
// spelling and a way back to all questions are offered.
class SearchPanel : public QWidget {
    Q_OBJECT

public:
    // questionList is shown whenever the field is empty.
    SearchPanel(QWidget *questionList, QWidget *parent = nullptr);

    void setIndex(const SearchIndex *index);
    QLineEdit *field() const { return m_field; }
    QListView *resultList() const { return m_results; }
    // Decides the safety notices for what was typed (SafetyNotices::forSearch); they are shown
    // above the results.
    void setSafetyCheck(std::function<QList<SafetyNotice>(const QString &query)> check) {
        m_safetyCheck = std::move(check);
    }
    SafetyNoticePanel *safetyNotice() const { return m_safetyNotice; }
    void focusSearch();
    void clear();
    // Runs the pending search now instead of after the typing pause.
    void searchNow();
    // Kiosks: results as large cards, a large Clear button beside the field, and no keyboard
    // shortcuts in what the panel says.
    void setTouchLayout(bool touch);
    QPushButton *clearButton() const { return m_clear; }

signals:
    void entryChosen(const QString &entryId, const QStringList &highlightTerms);
    // The reader changed the query: highlights of an earlier one no longer apply.
    void queryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void showNotAnswered(const QString &text, const SearchResults &results);
    void openResult(int row);
    QWidget *makeNotAnsweredPage();
    void retranslate();

    const SearchIndex *m_index = nullptr;
    QLineEdit *m_field;
    QStackedWidget *m_stack;
    QWidget *m_questionList;
    QListView *m_results;
    SearchResultsModel *m_model;
    QWidget *m_empty; // "This FAQ does not answer that", with related questions
    QLabel *m_emptyText;
    QLabel *m_advice;
    QGroupBox *m_relatedBox;
    QLabel *m_related; // the related questions as links

    QPushButton *m_suggestion;
    QPushButton *m_showAll;
    QLabel *m_count;
    QPushButton *m_clear = nullptr;
    bool m_touch = false;
    QTimer m_debounce;
    SafetyNoticePanel *m_safetyNotice;
    std::function<QList<SafetyNotice>(const QString &query)> m_safetyCheck;
};

} // namespace pr
