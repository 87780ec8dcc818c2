// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "myquestionspanel.h"

#include "models/myquestionsmodel.h"
#include "user/userstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pr {

MyQuestionsPanel::MyQuestionsPanel(UserStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new MyQuestionsModel(store, this))
    , m_list(new QListView(this))
    , m_field(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_handout(new QPushButton(this))
    , m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("myQuestionsPanel"));
    m_list->setObjectName(QStringLiteral("myQuestionsList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->installEventFilter(this);
    m_field->setObjectName(QStringLiteral("myQuestionField"));
    m_field->setMaxLength(MyQuestion::maxTextLength);
    m_field->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addMyQuestion"));
    m_up->setObjectName(QStringLiteral("moveMyQuestionUp"));
    m_down->setObjectName(QStringLiteral("moveMyQuestionDown"));
    m_remove->setObjectName(QStringLiteral("removeMyQuestion"));
    m_handout->setObjectName(QStringLiteral("myQuestionsHandout"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("myQuestionsHint"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    auto *order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addWidget(m_remove);
    order->addStretch();
    order->addWidget(m_handout);
    layout->addLayout(order);
    auto *add = new QHBoxLayout;
    add->addWidget(m_field, 1);
    add->addWidget(m_add);
    layout->addLayout(add);

    connect(m_add, &QPushButton::clicked, this, &MyQuestionsPanel::addOwnQuestion);
    connect(m_field, &QLineEdit::returnPressed, this, &MyQuestionsPanel::addOwnQuestion);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QToolButton::clicked, this, &MyQuestionsPanel::removeCurrent);
    connect(m_handout, &QPushButton::clicked, this, &MyQuestionsPanel::handoutRequested);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(MyQuestionsModel::OwnRole).toBool() &&
            index.data(MyQuestionsModel::AvailableRole).toBool())
            emit entryChosen(index.data(MyQuestionsModel::EntryIdRole).toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyQuestionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MyQuestionsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &MyQuestionsPanel::updateButtons);
    retranslate();
    updateButtons();
}

void MyQuestionsPanel::setPack(const Pack &pack) {
    m_model->setPack(pack);
}

bool MyQuestionsPanel::moveCurrent(int step) {
    const int row = m_list->currentIndex().row();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return false;
    // moveRow takes the row to move before, counted before the move.
    if (!m_model->moveRow({}, row, {}, step > 0 ? target + 1 : target))
        return false;
    m_list->setCurrentIndex(m_model->index(target));
    return true;
}

void MyQuestionsPanel::removeCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    m_store.removeMyQuestion(current.data(MyQuestionsModel::IdRole).toLongLong());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void MyQuestionsPanel::addOwnQuestion() {
    const QString text = m_field->text();
    const QString problem = myQuestionTextProblem(text);
    if (!problem.isEmpty()) {
        m_hint->setText(problem);
        return;
    }
    if (!m_store.addOwnQuestion(text)) {
        m_hint->setText(tr("The question could not be added: the list holds at most %1.")
                            .arg(MyQuestion::maxCount));
        return;
    }
    m_field->setText(QString()); // not clear(): nothing to bring back with Undo
    m_list->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
    retranslate();
}

bool MyQuestionsPanel::eventFilter(QObject *watched, QEvent *event) {
    // While an own question is edited, keys go to the editor, not to the list.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MyQuestionsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyQuestionsPanel::updateButtons() {
    const int row = m_list->currentIndex().row();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    m_remove->setEnabled(row >= 0);
}

void MyQuestionsPanel::retranslate() {
    m_hint->setText(tr("Questions to ask at your appointment. Drag to reorder, or use "
                       "Ctrl+Up and Ctrl+Down."));
    m_list->setAccessibleName(tr("My questions"));
    m_list->setAccessibleDescription(
        tr("Ctrl+Up and Ctrl+Down move a question; Delete removes it; F2 edits your own."));
    m_field->setPlaceholderText(tr("Write your own question…"));
    m_field->setAccessibleName(tr("Your own question"));
    m_add->setText(tr("&Add"));
    m_up->setToolTip(tr("Move up (Ctrl+Up)"));
    m_up->setAccessibleName(tr("Move up"));
    m_down->setToolTip(tr("Move down (Ctrl+Down)"));
    m_down->setAccessibleName(tr("Move down"));
    m_remove->setToolTip(tr("Remove (Delete)"));
    m_remove->setAccessibleName(tr("Remove"));
    m_handout->setText(tr("Handout…"));
}

} // namespace pr
