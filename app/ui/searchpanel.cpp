// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "searchpanel.h"

#include "htmlitemdelegate.h"
#include "models/searchresultsmodel.h"
#include "safetynoticepanel.h"
#include "search/searchindex.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pr {

SearchPanel::SearchPanel(QWidget *questionList, QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_questionList(questionList)
    , m_results(new QListView(this))
    , m_model(new SearchResultsModel(this))
    , m_empty(new QWidget(this))
    , m_emptyText(new QLabel(m_empty))
    , m_advice(new QLabel(m_empty))
    , m_relatedBox(new QGroupBox(m_empty))
    , m_related(new QLabel(m_relatedBox))
    , m_suggestion(new QPushButton(this))
    , m_showAll(new QPushButton(m_empty))
    , m_count(new QLabel(this))
    , m_safetyNotice(new SafetyNoticePanel(this)) {
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HtmlItemDelegate(
        [](const QModelIndex &index) {
            // Hits are plain text with match ranges: the HTML (escaped) is made here.
            QString html = QStringLiteral("<b>");
            html.append(
                index.data(SearchResultsModel::MarkedQuestionRole).value<MarkedText>().toHtml());
            html.append(QStringLiteral("</b><br>"));
            html.append(index.data(SearchResultsModel::SnippetRole).value<MarkedText>().toHtml());
            return html;
        },
        m_results));
    // Related questions show the question only, as links: their text does not answer the query.
    m_related->setObjectName(QStringLiteral("relatedQuestions"));
    m_related->setWordWrap(true);
    m_related->setTextFormat(Qt::RichText);
    m_related->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_suggestion->setObjectName(QStringLiteral("searchSuggestion"));

    makeNotAnsweredPage();

    m_stack->addWidget(questionList);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_empty);
    // Only the page shown sizes the panel: a hidden page's widest line (a group box title at
    // 300%) must not widen the panel and squeeze the answer.
    const auto sizeByShownPage = [this](int current) {
        for (int i = 0; i < m_stack->count(); ++i) {
            QWidget *page = m_stack->widget(i);
            const QSizePolicy::Policy policy =
                i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            QSizePolicy sizing = page->sizePolicy();
            sizing.setHorizontalPolicy(policy);
            page->setSizePolicy(sizing);
        }
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, sizeByShownPage);
    sizeByShownPage(m_stack->currentIndex());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    layout->addLayout(fieldRow);
    // Notices about the query as a whole belong here, above the count and the results.
    layout->addWidget(m_safetyNotice, 1); // before any result; shares the room with them
    layout->addWidget(m_count);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_stack, 1);
    m_count->hide();
    m_suggestion->hide();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        emit queryChanged();
        m_debounce.start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        openResult(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
    });
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { openResult(index.row()); });
    connect(m_results, &QListView::clicked, this,
            [this](const QModelIndex &index) { openResult(index.row()); });
    // No highlights: a related question does not answer the query.
    connect(m_related, &QLabel::linkActivated, this,
            [this](const QString &entryId) { emit entryChosen(entryId, {}); });
    connect(m_suggestion, &QPushButton::clicked, this, [this] {
        m_field->setText(m_model->results().suggestion);
        searchNow();
    });
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        clear();
        m_questionList->setFocus();
    });
    retranslate();
}

QWidget *SearchPanel::makeNotAnsweredPage() {
    m_emptyText->setObjectName(QStringLiteral("noResults"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    QFont heading = m_emptyText->font();
    heading.setBold(true);
    m_emptyText->setFont(heading);
    m_advice->setObjectName(QStringLiteral("notAnsweredAdvice"));
    m_advice->setWordWrap(true);
    m_relatedBox->setObjectName(QStringLiteral("relatedBox"));
    auto *relatedLayout = new QVBoxLayout(m_relatedBox);
    relatedLayout->addWidget(m_related);
    auto *layout = new QVBoxLayout(m_empty);
    layout->addWidget(m_emptyText);
    layout->addWidget(m_advice);
    layout->addWidget(m_relatedBox);
    layout->addWidget(m_showAll);
    layout->addStretch();
    return m_empty;
}

void SearchPanel::setTouchLayout(bool touch) {
    m_touch = touch;
    if (touch && !m_clear) {
        // The line edit's own clear button is as small as its icon; a finger needs more.
        m_field->setClearButtonEnabled(false);
        m_clear = new QPushButton(this);
        m_clear->setObjectName(QStringLiteral("searchClear"));
        m_clear->setMinimumSize(96, 56);
        m_clear->setVisible(!m_field->text().isEmpty());
        connect(m_field, &QLineEdit::textChanged, m_clear,
                [this](const QString &text) { m_clear->setVisible(!text.isEmpty()); });
        connect(m_clear, &QPushButton::clicked, this, [this] {
            clear();
            m_field->setFocus(Qt::OtherFocusReason);
        });
        static_cast<QBoxLayout *>(layout()->itemAt(0)->layout())->addWidget(m_clear);
        auto *cards = static_cast<HtmlItemDelegate *>(m_results->itemDelegate());
        cards->setCards(true);
        m_results->setSpacing(6);
        m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        QFont larger = m_results->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.15);
        m_results->setFont(larger);
        m_field->setFont(larger);
    }
    retranslate();
}

void SearchPanel::setIndex(const SearchIndex *index) {
    m_index = index;
    if (!m_field->text().isEmpty())
        runSearch();
}

void SearchPanel::focusSearch() {
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::clear() {
    // setText(), not clear(): QLineEdit::clear() is undoable, and a kiosk's next visitor could
    // bring the last one's search back with Ctrl+Z. setText() empties the undo history too.
    m_field->setText(QString());
    searchNow();
}

void SearchPanel::searchNow() {
    m_debounce.stop();
    runSearch();
}

void SearchPanel::runSearch() {
    const QString text = m_field->text().trimmed();
    m_safetyNotice->setNotices(text.isEmpty() || !m_safetyCheck ? QList<SafetyNotice>()
                                                                : m_safetyCheck(text));
    if (text.isEmpty() || !m_index) {
        m_model->setResults({});
        m_stack->setCurrentWidget(m_questionList);
        m_count->hide();
        m_suggestion->hide();
        return;
    }
    const SearchResults results = m_index->search(text);
    m_model->setResults(results);
    m_count->setText(tr("%n answer(s) match well", nullptr, int(results.hits.size())));
    m_count->setVisible(!results.hits.isEmpty());
    // The index corrects a misspelt word and finds its answers; this offers the spelling.
    m_suggestion->setVisible(!results.suggestion.isEmpty());
    m_suggestion->setText(tr("Did you mean “%1”?").arg(results.suggestion));
    if (results.hits.isEmpty()) {
        showNotAnswered(text, results);
        return;
    }
    m_stack->setCurrentWidget(m_results);
    // The first result is current (Enter opens it), not opened.
    m_results->setCurrentIndex(m_model->index(0));
}

void SearchPanel::showNotAnswered(const QString &text, const SearchResults &results) {
    m_emptyText->setText(tr("This FAQ does not answer “%1”.").arg(text));
    m_advice->setText(tr("Please ask your clinic or your clinician about it."));
    QString links;
    for (const SearchHit &hit : results.related)
        links += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                     .arg(hit.entryId.toHtmlEscaped(), hit.question.toHtmlEscaped());
    m_related->setText(QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">") +
                       links + QStringLiteral("</ul>"));
    m_relatedBox->setVisible(!results.related.isEmpty());
    m_stack->setCurrentWidget(m_empty);
}

void SearchPanel::openResult(int row) {
    const QModelIndex index = m_model->index(row);
    if (!index.isValid())
        return;
    emit entryChosen(index.data(SearchResultsModel::EntryIdRole).toString(),
                     m_model->results().matchedTerms);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            searchNow();
            QWidget *target = m_stack->currentWidget() == m_results ? m_results : m_questionList;
            target->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslate() {
    m_field->setPlaceholderText(m_touch ? tr("Search, for example “cost”")
                                        : tr("Search, for example “cost” (Ctrl+Shift+F)"));
    if (m_clear) {
        m_clear->setText(tr("Clear"));
        m_clear->setAccessibleName(tr("Clear the search"));
    }
    m_field->setAccessibleName(tr("Search the answers"));
    m_results->setAccessibleName(tr("Search results"));
    m_relatedBox->setTitle(tr("Related questions (they do not answer it)"));
    m_related->setAccessibleName(tr("Related questions"));
    m_showAll->setText(tr("Show all questions"));
}

} // namespace pr
