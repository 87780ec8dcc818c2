// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarkspanel.h"

#include "bookmarkcommands.h"
#include "models/bookmarklistmodel.h"
#include "user/userstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pr {

BookmarksPanel::BookmarksPanel(UserStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_model(new BookmarkListModel(this))
    , m_order(new QComboBox(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_recent(new QListWidget(this))
    , m_orderLabel(new QLabel(this)) {
    m_list->setObjectName(QStringLiteral("bookmarkList"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(2);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_orderLabel->setBuddy(m_order);

    auto *bookmarksTab = new QWidget(this);
    auto *orderRow = new QHBoxLayout;
    orderRow->addWidget(m_orderLabel);
    orderRow->addWidget(m_order, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_note);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(bookmarksTab);
    layout->addLayout(orderRow);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("bookmarkTabs"));
    tabs->addTab(bookmarksTab, QString());
    tabs->addTab(m_recent, QString());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(tabs);

    m_order->addItem(QString(), int(BookmarkOrder::NewestFirst));
    m_order->addItem(QString(), int(BookmarkOrder::FaqOrder));
    connect(m_order, &QComboBox::currentIndexChanged, this, &BookmarksPanel::refreshBookmarks);
    connect(m_list, &QListView::activated, this, [this] {
        if (!currentEntryId().isEmpty())
            emit entryChosen(currentEntryId());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!currentEntryId().isEmpty())
            emit entryChosen(currentEntryId());
    });
    connect(m_note, &QPushButton::clicked, this, [this] { editNote(currentEntryId()); });
    connect(m_remove, &QPushButton::clicked, this, &BookmarksPanel::removeCurrent);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit entryChosen(item->data(Qt::UserRole).toString());
    });
    connect(&m_store, &UserStore::bookmarksChanged, this, &BookmarksPanel::refreshBookmarks);
    connect(&m_store, &UserStore::historyChanged, this, &BookmarksPanel::refreshRecent);
    retranslate();
}

void BookmarksPanel::setPack(const Pack &pack) {
    m_pack = pack;
    refreshBookmarks();
    refreshRecent();
}

QString BookmarksPanel::currentEntryId() const {
    const Bookmark *b = m_model->bookmarkAt(m_list->currentIndex().row());
    return b && b->availability != Bookmark::Availability::Unavailable ? b->key.entryId : QString();
}

void BookmarksPanel::refreshBookmarks() {
    const int row = m_list->currentIndex().row();
    const auto order = static_cast<BookmarkOrder>(m_order->currentData().toInt());
    QList<Bookmark> all = m_store.bookmarks(order, &m_pack);
    m_model->setBookmarks(all, m_pack);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1)));
    const bool empty = all.isEmpty();
    m_empty->setVisible(empty);
    for (QPushButton *b : {m_open, m_note, m_remove})
        b->setEnabled(!empty);
}

void BookmarksPanel::refreshRecent() {
    m_recent->clear();
    const QList<ReadItem> items = m_store.recentlyRead(20);
    for (const ReadItem &item : items) {
        if (item.key.packId != m_pack.manifest().id)
            continue;
        const Entry *entry = m_pack.entry(item.key.entryId);
        if (!entry)
            continue;
        auto *row = new QListWidgetItem(entry->question, m_recent);
        row->setData(Qt::UserRole, entry->id);
        row->setToolTip(
            tr("Read %1").arg(QLocale().toString(item.readAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

void BookmarksPanel::editNote(const QString &entryId) {
    if (entryId.isEmpty())
        return;
    const EntryKey key{m_pack.manifest().id, entryId};
    const std::optional<Bookmark> existing = m_store.bookmark(key);
    const Entry *entry = m_pack.entry(entryId);
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"),
        tr("Your note for “%1” (for example: ask my doctor about this):")
            .arg(entry ? entry->question : entryId),
        existing ? existing->note : QString(), &ok);
    if (!ok)
        return;
    if (!existing)
        m_undo.push(new AddBookmarkCommand(m_store, key, entry ? entry->question : entryId,
                                           note.left(Bookmark::maxNoteLength)));
    else
        m_store.setNote(key, note.left(Bookmark::maxNoteLength));
}

void BookmarksPanel::removeCurrent() {
    const Bookmark *b = m_model->bookmarkAt(m_list->currentIndex().row());
    if (!b)
        return;
    const Entry *entry = m_pack.entry(b->key.entryId);
    m_undo.push(
        new RemoveBookmarkCommand(m_store, b->key, entry ? entry->question : b->key.entryId));
}

void BookmarksPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BookmarksPanel::retranslate() {
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("bookmarkTabs"));
    tabs->setTabText(0, tr("Bookmarks"));
    tabs->setTabText(1, tr("Recently read"));
    m_orderLabel->setText(tr("&Sort:"));
    m_order->setItemText(0, tr("Newest first"));
    m_order->setItemText(1, tr("FAQ order"));
    m_empty->setText(tr("No bookmarks yet. Press Ctrl+D on an answer to keep it here."));
    m_open->setText(tr("&Open"));
    m_note->setText(tr("Edit &note…"));
    m_remove->setText(tr("&Remove"));
    m_list->setAccessibleName(tr("Bookmarks"));
    // The tabs take the focus too (screen readers name them).
    findChild<QTabWidget *>(QStringLiteral("bookmarkTabs"))->setAccessibleName(tr("Bookmarks"));
    m_recent->setAccessibleName(tr("Recently read"));
    m_order->setAccessibleName(tr("Sort bookmarks"));
}

} // namespace pr
