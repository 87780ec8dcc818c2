// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "userstore.h"

#include "bookmarkfile.h"
#include "bookmarkorder.h"
#include "bookmarktable.h"
#include "myquestiontable.h"
#include "readingstatetable.h"
#include "sqlitefailure.h"
#include "storage/sqlconnection.h"
#include "storeopener.h"
#include "system/logging.h"
#include "userschema.h"

#include <QCoreApplication>
#include <QDebug>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace pr {

QString UserStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/user.sqlite");
}

QString UserStore::ephemeralPath() {
    return SqlConnection::memoryPath();
}

UserStore::UserStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    OpenedStore opened = path == ephemeralPath()
                             ? StoreOpener::openEphemeral()
                             : StoreOpener(QDateTime::currentDateTime()).open(path);
    m_connection = std::move(opened.connection);
    m_status = std::move(opened.report);
    if (m_status.needsAttention())
        qCWarning(lcUserStore).noquote() << m_status.reason;
}

UserStore::~UserStore() = default;

QString UserStore::connectionName() const {
    return m_connection ? m_connection->name() : QString();
}

QDateTime UserStore::now() const {
    return m_clock().toUTC();
}

bool UserStore::warnIfFailed(const QSqlError &error, const char *what) const {
    if (!error.isValid())
        return false;
    qCWarning(lcUserStore).noquote() << "cannot" << what << "-" << error.text();
    return true;
}

bool UserStore::write(const Body &body) {
    if (!m_connection)
        return false;
    auto run = [&] { return m_connection->transaction([&] { return body(*m_connection); }); };
    QSqlError error = run();
    if (!error.isValid())
        return true;
    const SqliteFailure failure = classifySqliteError(error);
    if (m_status.isPersistent() &&
        (failure == SqliteFailure::Unwritable || failure == SqliteFailure::Damaged)) {
        moveToMemory(error.text());
        if (!m_connection)
            return false;
        error = run();
    }
    return !warnIfFailed(error, "save");
}

// The file stopped taking writes (disk full, made read-only, damaged): go on in memory with
// everything that can still be read, and tell the UI.
void UserStore::moveToMemory(const QString &reason) {
    OpenedStore memory = StoreOpener::inMemoryInsteadOf(m_status.path, reason, true);
    m_connection = std::move(memory.connection);
    m_status = std::move(memory.report);
    qCWarning(lcUserStore).noquote() << "keeping changes in memory:" << m_status.reason;
    emit statusChanged();
}

bool UserStore::isBookmarked(const EntryKey &key) const {
    return bookmark(key).has_value();
}

std::optional<Bookmark> UserStore::bookmark(const EntryKey &key) const {
    if (!m_connection || !key.isValid())
        return std::nullopt;
    QSqlError error;
    std::optional<Bookmark> b = BookmarkTable(*m_connection).find(key, &error);
    warnIfFailed(error, "read a bookmark");
    return b;
}

bool UserStore::addBookmark(const EntryKey &key, const QString &note) {
    if (!key.isValid() || note.size() > Bookmark::maxNoteLength)
        return false;
    bool added = false;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        BookmarkTable table(c);
        QSqlError error;
        added = false;
        if (table.find(key, &error) || error.isValid())
            return error;
        const QDateTime t = now();
        added = true;
        return table.put({key, note, t, t, Bookmark::Availability::Unknown});
    });
    if (ok && added)
        emit bookmarksChanged();
    return ok;
}

BookmarkToggle UserStore::toggleBookmark(const EntryKey &key) {
    BookmarkToggle toggle;
    if (!key.isValid())
        return toggle;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        BookmarkTable table(c);
        QSqlError error;
        toggle.removed = table.find(key, &error);
        if (error.isValid())
            return error;
        toggle.bookmarked = !toggle.removed;
        if (toggle.removed)
            return table.remove(key);
        const QDateTime t = now();
        return table.put({key, QString(), t, t, Bookmark::Availability::Unknown});
    });
    if (!ok)
        return {toggle.removed.has_value(), std::nullopt}; // nothing changed
    emit bookmarksChanged();
    return toggle;
}

bool UserStore::setNote(const EntryKey &key, const QString &note) {
    if (!key.isValid() || note.size() > Bookmark::maxNoteLength)
        return false;
    bool exists = false;
    bool changed = false;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        BookmarkTable table(c);
        QSqlError error;
        const std::optional<Bookmark> existing = table.find(key, &error);
        exists = existing.has_value();
        changed = exists && existing->note != note;
        if (!changed)
            return error;
        return table.setNote(key, note, now());
    });
    if (ok && changed)
        emit bookmarksChanged();
    return ok && exists;
}

std::optional<Bookmark> UserStore::removeBookmark(const EntryKey &key) {
    if (!key.isValid())
        return std::nullopt;
    std::optional<Bookmark> removed;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        BookmarkTable table(c);
        QSqlError error;
        removed = table.find(key, &error);
        if (!removed)
            return error;
        return table.remove(key);
    });
    if (!ok || !removed)
        return std::nullopt;
    emit bookmarksChanged();
    return removed;
}

bool UserStore::restoreBookmark(const Bookmark &bookmark) {
    if (!bookmark.key.isValid() || bookmark.note.size() > Bookmark::maxNoteLength ||
        !bookmark.created.isValid() || !bookmark.updated.isValid())
        return false;
    Bookmark stored = bookmark;
    stored.availability = Bookmark::Availability::Unknown;
    if (!write([&](SqlConnection &c) { return BookmarkTable(c).put(stored); }))
        return false;
    emit bookmarksChanged();
    return true;
}

QList<Bookmark> UserStore::bookmarks(BookmarkOrder order, const Pack *pack) const {
    if (!m_connection)
        return {};
    QSqlError error;
    QList<Bookmark> list = BookmarkTable(*m_connection).all(&error);
    warnIfFailed(error, "read the bookmarks");
    arrangeBookmarks(list, order, pack);
    return list;
}

int UserStore::bookmarkCount() const {
    if (!m_connection)
        return 0;
    QSqlError error;
    const int n = BookmarkTable(*m_connection).count(&error);
    warnIfFailed(error, "count the bookmarks");
    return n;
}

bool UserStore::markRead(const EntryKey &key) {
    if (!key.isValid())
        return false;
    if (!write([&](SqlConnection &c) { return ReadingStateTable(c).markRead(key, now()); }))
        return false;
    emit historyChanged();
    return true;
}

QList<ReadItem> UserStore::recentlyRead(int limit) const {
    if (!m_connection || limit <= 0)
        return {};
    QSqlError error;
    QList<ReadItem> items = ReadingStateTable(*m_connection).recentlyRead(limit, &error);
    warnIfFailed(error, "read the history");
    return items;
}

bool UserStore::clearHistory() {
    if (!write([](SqlConnection &c) { return ReadingStateTable(c).clearHistory(); }))
        return false;
    emit historyChanged();
    return true;
}

bool UserStore::setScrollPosition(const EntryKey &key, double y) {
    if (!key.isValid() || !std::isfinite(y))
        return false;
    return write(
        [&](SqlConnection &c) { return ReadingStateTable(c).setScrollPosition(key, y, now()); });
}

std::optional<double> UserStore::scrollPosition(const EntryKey &key) const {
    if (!m_connection || !key.isValid())
        return std::nullopt;
    QSqlError error;
    const std::optional<double> y = ReadingStateTable(*m_connection).scrollPosition(key, &error);
    warnIfFailed(error, "read a reading position");
    return y;
}

bool UserStore::setLastOpened(const EntryKey &key) {
    if (!key.isValid())
        return false;
    return write([&](SqlConnection &c) { return ReadingStateTable(c).setLastOpened(key); });
}

std::optional<EntryKey> UserStore::lastOpened() const {
    if (!m_connection)
        return std::nullopt;
    QSqlError error;
    const std::optional<EntryKey> key = ReadingStateTable(*m_connection).lastOpened(&error);
    warnIfFailed(error, "read the last opened answer");
    return key;
}

QList<MyQuestion> UserStore::myQuestions() const {
    if (!m_connection)
        return {};
    QSqlError error;
    QList<MyQuestion> list = MyQuestionTable(*m_connection).all(&error);
    warnIfFailed(error, "read my questions");
    return list;
}

bool UserStore::isAskingClinician(const EntryKey &key) const {
    const QList<MyQuestion> list = myQuestions();
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const MyQuestion &q) { return !q.isOwn() && q.entry == key; });
}

bool UserStore::appendMyQuestion(const MyQuestion &question, qint64 *id) {
    qint64 newId = 0;
    bool added = false;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        MyQuestionTable table(c);
        QSqlError error;
        const QList<MyQuestion> list = table.all(&error);
        added = false;
        if (error.isValid() || list.size() >= MyQuestion::maxCount)
            return error;
        if (!question.isOwn() && std::any_of(list.cbegin(), list.cend(), [&](const MyQuestion &q) {
                return !q.isOwn() && q.entry == question.entry;
            })) {
            added = true; // already there: one line per FAQ question
            return {};
        }
        added = true;
        return table.append(question, &newId);
    });
    if (!ok || !added)
        return false;
    if (id)
        *id = newId;
    if (newId != 0)
        emit myQuestionsChanged();
    return true;
}

bool UserStore::askClinician(const EntryKey &key) {
    if (!key.isValid())
        return false;
    MyQuestion q;
    q.entry = key;
    q.created = now();
    return appendMyQuestion(q, nullptr);
}

bool UserStore::stopAskingClinician(const EntryKey &key) {
    for (const MyQuestion &q : myQuestions()) {
        if (!q.isOwn() && q.entry == key)
            return removeMyQuestion(q.id);
    }
    return false;
}

bool UserStore::addOwnQuestion(const QString &text, qint64 *id) {
    if (!myQuestionTextProblem(text).isEmpty())
        return false;
    MyQuestion q;
    q.text = text.trimmed();
    q.created = now();
    return appendMyQuestion(q, id);
}

bool UserStore::editOwnQuestion(qint64 id, const QString &text) {
    if (!myQuestionTextProblem(text).isEmpty())
        return false;
    const QList<MyQuestion> list = myQuestions();
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [id](const MyQuestion &q) { return q.id == id; });
    if (it == list.cend() || !it->isOwn())
        return false;
    if (!write([&](SqlConnection &c) { return MyQuestionTable(c).setText(id, text.trimmed()); }))
        return false;
    emit myQuestionsChanged();
    return true;
}

bool UserStore::removeMyQuestion(qint64 id) {
    const QList<MyQuestion> list = myQuestions();
    if (std::none_of(list.cbegin(), list.cend(), [id](const MyQuestion &q) { return q.id == id; }))
        return false;
    if (!write([&](SqlConnection &c) { return MyQuestionTable(c).remove(id); }))
        return false;
    emit myQuestionsChanged();
    return true;
}

bool UserStore::moveMyQuestion(qint64 id, int to) {
    bool moved = false;
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        MyQuestionTable table(c);
        QSqlError error;
        QList<qint64> ids;
        for (const MyQuestion &q : table.all(&error))
            ids.append(q.id);
        const qsizetype from = ids.indexOf(id);
        moved = false;
        if (error.isValid() || from < 0 || to < 0 || to >= ids.size() || from == to)
            return error;
        ids.move(from, to);
        moved = true;
        return table.setOrder(ids);
    });
    if (ok && moved)
        emit myQuestionsChanged();
    return ok && moved;
}

QString UserStore::exportBookmarks(const QString &filePath) const {
    return BookmarkFile().write(filePath, bookmarks(BookmarkOrder::NewestFirst), now());
}

ImportResult UserStore::importBookmarks(const QString &filePath) {
    const BookmarkFile::ReadResult read = BookmarkFile().read(filePath, now());
    if (!read.ok())
        return {read.error};
    return importBookmarks(read.bookmarks);
}

ImportResult UserStore::importBookmarks(const QList<Bookmark> &bookmarks) {
    ImportResult result;
    for (const Bookmark &b : bookmarks) {
        if (!b.key.isValid() || b.note.size() > Bookmark::maxNoteLength || !b.created.isValid() ||
            !b.updated.isValid())
            return {QCoreApplication::translate("pr::UserStore", "A bookmark is not valid: %1.")
                        .arg(b.key.toString())};
    }
    const bool ok = write([&](SqlConnection &c) -> QSqlError {
        result = {};
        BookmarkTable table(c);
        for (const Bookmark &incoming : bookmarks) {
            QSqlError error;
            const std::optional<Bookmark> existing = table.find(incoming.key, &error);
            if (error.isValid())
                return error;
            Bookmark merged = incoming;
            merged.availability = Bookmark::Availability::Unknown;
            if (existing) {
                if (incoming.updated <= existing->updated || incoming.note == existing->note) {
                    ++result.unchanged;
                    continue;
                }
                merged.created = std::min(existing->created, incoming.created);
                ++result.updated;
            } else {
                ++result.added;
            }
            if (error = table.put(merged); error.isValid())
                return error;
        }
        return {};
    });
    if (!ok)
        return {QCoreApplication::translate("pr::UserStore", "The bookmarks could not be saved.")};
    if (result.added + result.updated > 0)
        emit bookmarksChanged();
    return result;
}

bool UserStore::wipe() {
    const bool ok = write([](SqlConnection &c) -> QSqlError {
        for (const QString &table : UserSchema::currentTables()) {
            if (QSqlError e = c.exec(QStringLiteral("DELETE FROM \"%1\"").arg(table)); e.isValid())
                return e;
        }
        return {};
    });
    if (ok && m_connection) {
        // Shrink the file and empty the log, which still holds copies of the old pages.
        warnIfFailed(m_connection->exec(QStringLiteral("VACUUM")), "compact the store");
        if (!m_connection->isInMemory())
            warnIfFailed(m_connection->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
                         "empty the log");
    }
    emit bookmarksChanged();
    emit historyChanged();
    emit myQuestionsChanged();
    return ok;
}

} // namespace pr
