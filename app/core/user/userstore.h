// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "bookmark.h"
#include "myquestion.h"
#include "openreport.h"

#include <QObject>
#include <QSqlError>
#include <functional>
#include <memory>

namespace pr {

class Pack;
class SqlConnection;

struct ImportResult {
    QString error; // empty when the file was imported
    int added = 0;
    int updated = 0;   // existing bookmarks whose note the file had newer
    int unchanged = 0; // existing bookmarks the file had no newer note for

    bool ok() const { return error.isEmpty(); }
};

// The user's own data: bookmarks with notes, what they read recently, where they were in each
// answer. Keyed by pack id and entry id only, so that content updates keep everything.
//
// Opened on a database file (defaultPath() in the app, a temporary path in tests) or on
// ephemeralPath() for a kiosk. Never fails to open: a damaged file is moved aside and replaced,
// an unwritable one is replaced by an in-memory store for the session; status() says which, in
// words the UI can show. Two copies of the app may use the same file at once.
class UserStore : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // <application data folder>/user.sqlite
    static QString defaultPath();
    // An in-memory store that keeps nothing after the app closes (kiosks).
    static QString ephemeralPath();

    explicit UserStore(const QString &path, QObject *parent = nullptr);
    ~UserStore() override;

    const OpenReport &status() const { return m_status; }
    // The Qt Sql connection name, for diagnostics and tests.
    QString connectionName() const;
    // The time stamps of new data come from clock (UTC); tests set a fixed one.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Bookmarks. Writes return false when the key or note is invalid or the write failed.
    bool isBookmarked(const EntryKey &key) const;
    std::optional<Bookmark> bookmark(const EntryKey &key) const;
    // Adds a bookmark; an existing one keeps its note and dates. Notes are at most
    // Bookmark::maxNoteLength characters.
    bool addBookmark(const EntryKey &key, const QString &note = {});
    // Adds the bookmark, or removes it (returned in .removed so that it can be restored).
    BookmarkToggle toggleBookmark(const EntryKey &key);
    bool setNote(const EntryKey &key, const QString &note);
    // Returns what was removed, for restoreBookmark() (undo).
    std::optional<Bookmark> removeBookmark(const EntryKey &key);
    // Puts a removed bookmark back exactly as it was: note and dates.
    bool restoreBookmark(const Bookmark &bookmark);
    // Every bookmark; with a pack, each marked available or not in it (never left out).
    QList<Bookmark> bookmarks(BookmarkOrder order, const Pack *pack = nullptr) const;
    int bookmarkCount() const;

    // Reading state.
    bool markRead(const EntryKey &key);
    QList<ReadItem> recentlyRead(int limit = 20) const;
    bool clearHistory();
    // y is whatever the view restores from; a fraction of the page height survives a change
    // of font size best.
    bool setScrollPosition(const EntryKey &key, double y);
    std::optional<double> scrollPosition(const EntryKey &key) const;
    bool setLastOpened(const EntryKey &key);
    std::optional<EntryKey> lastOpened() const;

    // "My questions": the FAQ's questions marked "Ask my clinician" and the reader's own, in
    // the reader's order. Writes return false when the key or text is invalid, the list is full
    // (MyQuestion::maxCount) or the write failed.
    QList<MyQuestion> myQuestions() const;
    bool isAskingClinician(const EntryKey &key) const;
    // Marks an FAQ question; marking it twice keeps one line.
    bool askClinician(const EntryKey &key);
    bool stopAskingClinician(const EntryKey &key);
    // The reader's own question (plain text, trimmed); *id receives its id.
    bool addOwnQuestion(const QString &text, qint64 *id = nullptr);
    bool editOwnQuestion(qint64 id, const QString &text);
    bool removeMyQuestion(qint64 id);
    // Moves the question with this id to position to (0 = first) in the list.
    bool moveMyQuestion(qint64 id, int to);

    // Export and import (see BookmarkFile for the format). Import merges: new bookmarks are
    // added; for one that exists, the newer note wins. A refused file changes nothing.
    // exportBookmarks returns an error message, empty on success.
    QString exportBookmarks(const QString &filePath) const;
    ImportResult importBookmarks(const QString &filePath);
    ImportResult importBookmarks(const QList<Bookmark> &bookmarks);

    // Deletes everything: bookmarks, history, positions, last opened, my questions. Deleted content
    // is overwritten, and a file store's log is emptied, so that nothing can be read back.
    bool wipe();

signals:
    void bookmarksChanged();
    void historyChanged();
    void myQuestionsChanged();
    // The store stopped being able to write its file and now keeps changes in memory.
    void statusChanged();

private:
    using Body = std::function<QSqlError(SqlConnection &)>;
    bool write(const Body &body);
    void moveToMemory(const QString &reason);
    bool warnIfFailed(const QSqlError &error, const char *what) const;
    QDateTime now() const;
    bool appendMyQuestion(const MyQuestion &question, qint64 *id);

    std::unique_ptr<SqlConnection> m_connection;
    OpenReport m_status;
    Clock m_clock;
};

} // namespace pr
