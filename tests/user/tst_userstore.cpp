// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "user/readingstatetable.h"
#include "user/userstore.h"
#include "userstoretesting.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;
using namespace pr::testing;

class TestUserStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QDateTime m_now;

    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }
    // Each new store reads its time from m_now, which the tests move forward.
    void useTestClock(UserStore &store) {
        store.setClock([this] { return m_now; });
    }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
        m_now = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    }

    void aBookmarkWithItsNoteSurvivesReopeningTheStore() {
        {
            UserStore store(storePath());
            QCOMPARE(store.status().outcome, OpenReport::Outcome::Created);
            useTestClock(store);
            QVERIFY(store.addBookmark(key("cost"), QStringLiteral("ask my doctor about this")));
        }
        UserStore reopened(storePath());
        QCOMPARE(reopened.status().outcome, OpenReport::Outcome::Opened);
        QVERIFY(!reopened.status().needsAttention());
        const std::optional<Bookmark> b = reopened.bookmark(key("cost"));
        QVERIFY(b);
        QCOMPARE(b->note, QStringLiteral("ask my doctor about this"));
        QCOMPARE(b->created, m_now);
        QCOMPARE(b->updated, m_now);
    }

    void addingAnExistingBookmarkKeepsItsNoteAndDates() {
        UserStore store(storePath());
        useTestClock(store);
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("first")));
        advance(60);
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("second")));
        QCOMPARE(store.bookmark(key("cost"))->note, QStringLiteral("first"));
        QCOMPARE(store.bookmark(key("cost"))->created, m_now.addSecs(-60));
    }

    void togglingAddsThenRemovesAndHandsBackTheRemovedBookmark() {
        UserStore store(storePath());
        useTestClock(store);
        BookmarkToggle on = store.toggleBookmark(key("risks"));
        QVERIFY(on.bookmarked);
        QVERIFY(!on.removed);
        QVERIFY(store.isBookmarked(key("risks")));
        QVERIFY(store.setNote(key("risks"), QStringLiteral("side effects?")));

        BookmarkToggle off = store.toggleBookmark(key("risks"));
        QVERIFY(!off.bookmarked);
        QVERIFY(off.removed);
        QCOMPARE(off.removed->note, QStringLiteral("side effects?"));
        QVERIFY(!store.isBookmarked(key("risks")));
    }

    void undoingARemovalRestoresTheExactBookmark() {
        UserStore store(storePath());
        useTestClock(store);
        QVERIFY(store.addBookmark(key("cost")));
        advance(3600);
        QVERIFY(store.setNote(key("cost"), QStringLiteral("bring the invoice")));
        const Bookmark before = *store.bookmark(key("cost"));
        advance(3600);

        const std::optional<Bookmark> removed = store.removeBookmark(key("cost"));
        QVERIFY(removed);
        QCOMPARE(*removed, before);
        QCOMPARE(store.bookmarkCount(), 0);
        QVERIFY(!store.removeBookmark(key("cost")));

        QVERIFY(store.restoreBookmark(*removed));
        QCOMPARE(*store.bookmark(key("cost")), before);
        QCOMPARE(before.created, m_now.addSecs(-7200));
        QCOMPARE(before.updated, m_now.addSecs(-3600));
    }

    void editingANoteKeepsTheCreationDateAndMovesTheUpdateDate() {
        UserStore store(storePath());
        useTestClock(store);
        QVERIFY(store.addBookmark(key("cost")));
        const QDateTime created = m_now;
        advance(90);
        QVERIFY(store.setNote(key("cost"), QStringLiteral("new note")));
        const Bookmark b = *store.bookmark(key("cost"));
        QCOMPARE(b.created, created);
        QCOMPARE(b.updated, m_now);
        QVERIFY2(!store.setNote(key("not-bookmarked"), QStringLiteral("x")),
                 "a note needs a bookmark");
    }

    void refusesInvalidIdsAndOverlongNotes() {
        UserStore store(storePath());
        QVERIFY(!store.addBookmark({QStringLiteral("ketamine-faq"), QStringLiteral("../etc")}));
        QVERIFY(!store.addBookmark({QStringLiteral("Ketamine"), QStringLiteral("cost")}));
        QVERIFY(!store.addBookmark({QString(), QStringLiteral("cost")}));
        QVERIFY(!store.toggleBookmark({QStringLiteral("a b"), QStringLiteral("cost")}).bookmarked);
        QVERIFY(!store.addBookmark(key("cost"), QString(Bookmark::maxNoteLength + 1, u'x')));
        QVERIFY(store.addBookmark(key("cost"), QString(Bookmark::maxNoteLength, u'x')));
        QVERIFY(!store.setNote(key("cost"), QString(Bookmark::maxNoteLength + 1, u'x')));
        QVERIFY(!store.setScrollPosition(key("cost"), std::numeric_limits<double>::quiet_NaN()));
        const Bookmark badId{{QStringLiteral("p"), QStringLiteral("A B")}, {}, m_now, m_now, {}};
        QVERIFY(!store.importBookmarks(QList<Bookmark>{badId}).ok());
        QVERIFY(!store.restoreBookmark(badId));
        QCOMPARE(store.bookmarkCount(), 1);
    }

    void listsNewestFirstOrInFaqOrderWithUnavailableBookmarksLast() {
        UserStore store(storePath());
        useTestClock(store);
        for (const char *id : {"risks", "gone", "what-is", "cost"}) {
            QVERIFY(store.addBookmark(key(id)));
            advance(10);
        }
        QVERIFY(store.addBookmark(key("cost", "other-pack")));
        const Pack pack =
            packWith(QStringLiteral("ketamine-faq"), QStringLiteral("1"),
                     {QStringLiteral("what-is"), QStringLiteral("cost"), QStringLiteral("risks")});

        auto ids = [](const QList<Bookmark> &list) {
            QStringList result;
            for (const Bookmark &b : list)
                result.append(b.key.toString());
            return result;
        };
        QCOMPARE(ids(store.bookmarks(BookmarkOrder::NewestFirst)),
                 strings({"other-pack/cost", "ketamine-faq/cost", "ketamine-faq/what-is",
                          "ketamine-faq/gone", "ketamine-faq/risks"}));
        const QList<Bookmark> faq = store.bookmarks(BookmarkOrder::FaqOrder, &pack);
        QCOMPARE(ids(faq), strings({"ketamine-faq/what-is", "ketamine-faq/cost",
                                    "ketamine-faq/risks", "other-pack/cost", "ketamine-faq/gone"}));
        QCOMPARE(faq.at(0).availability, Bookmark::Availability::Available);
        QCOMPARE(faq.at(3).availability, Bookmark::Availability::Unavailable);
        QCOMPARE(faq.at(4).availability, Bookmark::Availability::Unavailable);
        QCOMPARE(store.bookmarks(BookmarkOrder::NewestFirst).at(0).availability,
                 Bookmark::Availability::Unknown);
    }

    void aContentUpdateKeepsEveryBookmarkAndFlagsMissingEntries() {
        const QStringList v1Entries = {QStringLiteral("what-is"), QStringLiteral("cost"),
                                       QStringLiteral("insurance")};
        const Pack v1 = packWith(QStringLiteral("ketamine-faq"), QStringLiteral("1.0"), v1Entries);
        {
            UserStore store(storePath());
            for (const QString &id : v1Entries)
                QVERIFY(store.addBookmark({v1.manifest().id, id}, QStringLiteral("note ") + id));
        }
        // Version 2 drops "insurance", reorders the rest and adds an entry.
        const Pack v2 = packWith(
            QStringLiteral("ketamine-faq"), QStringLiteral("2.0"),
            {QStringLiteral("cost"), QStringLiteral("new-one"), QStringLiteral("what-is")});
        UserStore store(storePath());
        const QList<Bookmark> list = store.bookmarks(BookmarkOrder::FaqOrder, &v2);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).key.entryId, QStringLiteral("cost"));
        QCOMPARE(list.at(1).key.entryId, QStringLiteral("what-is"));
        QCOMPARE(list.at(2).key.entryId, QStringLiteral("insurance"));
        QCOMPARE(list.at(2).availability, Bookmark::Availability::Unavailable);
        QCOMPARE(list.at(2).note, QStringLiteral("note insurance"));

        // A later version that brings the entry back shows the bookmark again, note and all.
        const Pack v3 = packWith(QStringLiteral("ketamine-faq"), QStringLiteral("3.0"), v1Entries);
        const QList<Bookmark> again = store.bookmarks(BookmarkOrder::FaqOrder, &v3);
        QCOMPARE(again.at(2).key.entryId, QStringLiteral("insurance"));
        QCOMPARE(again.at(2).availability, Bookmark::Availability::Available);
    }

    void theListAfterEveryKindOfChangeMatchesAFreshReadOfTheFile() {
        UserStore store(storePath());
        useTestClock(store);
        auto matchesFile = [&] {
            return store.bookmarks(BookmarkOrder::NewestFirst) ==
                   UserStore(storePath()).bookmarks(BookmarkOrder::NewestFirst);
        };
        QVERIFY(store.bookmarks(BookmarkOrder::NewestFirst).isEmpty()); // fills the cache
        QVERIFY(store.addBookmark(key("cost")));
        QVERIFY(store.addBookmark(key("risks"))); // the same time: ordered by id
        QVERIFY(matchesFile());
        advance(10);
        QVERIFY(store.toggleBookmark(key("what-is")).bookmarked);
        QVERIFY(store.setNote(key("cost"), QStringLiteral("edited")));
        QVERIFY(matchesFile());
        const std::optional<Bookmark> removed = store.removeBookmark(key("risks"));
        QVERIFY(matchesFile());
        QVERIFY(store.restoreBookmark(*removed));
        QVERIFY(matchesFile());
        QVERIFY(store.toggleBookmark(key("what-is")).removed);
        QVERIFY(matchesFile());
        QCOMPARE(store.bookmarks(BookmarkOrder::NewestFirst).size(), 2);
        QVERIFY(store.wipe());
        QVERIFY(matchesFile());
        QVERIFY(store.bookmarks(BookmarkOrder::NewestFirst).isEmpty());
    }

    void signalsAChangeOnlyWhenTheBookmarksChanged() {
        UserStore store(storePath());
        QSignalSpy changed(&store, &UserStore::bookmarksChanged);
        QVERIFY(store.addBookmark(key("cost")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.addBookmark(key("cost")));
        QVERIFY(store.setNote(key("cost"), QString()));
        QVERIFY(!store.removeBookmark(key("risks")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.setNote(key("cost"), QStringLiteral("x")));
        store.toggleBookmark(key("cost"));
        QCOMPARE(changed.size(), 3);
    }

    void recentlyReadListsEachAnswerOnceNewestFirst() {
        UserStore store(storePath());
        useTestClock(store);
        QSignalSpy changed(&store, &UserStore::historyChanged);
        for (const char *id : {"cost", "risks", "cost", "what-is"}) {
            QVERIFY(store.markRead(key(id)));
            advance(5);
        }
        QCOMPARE(changed.size(), 4);
        const QList<ReadItem> recent = store.recentlyRead();
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.at(0).key, key("what-is"));
        QCOMPARE(recent.at(1).key, key("cost"));
        QCOMPARE(recent.at(1).readAt, m_now.addSecs(-10));
        QCOMPARE(recent.at(2).key, key("risks"));
        QCOMPARE(store.recentlyRead(1).size(), 1);

        QVERIFY(store.clearHistory());
        QVERIFY(store.recentlyRead().isEmpty());
    }

    void recentlyReadDropsTheOldestBeyondItsLimit() {
        UserStore store(storePath());
        useTestClock(store);
        const int total = ReadingStateTable::maxHistory + 5;
        for (int i = 0; i < total; ++i) {
            QVERIFY(store.markRead({QStringLiteral("p"), QStringLiteral("e%1").arg(i)}));
            advance(1);
        }
        const QList<ReadItem> recent = store.recentlyRead(1000);
        QCOMPARE(recent.size(), ReadingStateTable::maxHistory);
        QCOMPARE(recent.first().key.entryId, QStringLiteral("e%1").arg(total - 1));
        QCOMPARE(recent.last().key.entryId, QStringLiteral("e5"));
    }

    void remembersEachAnswersPositionAndTheLastAnswerAcrossRestarts() {
        {
            UserStore store(storePath());
            QVERIFY(!store.lastOpened());
            QVERIFY(store.setScrollPosition(key("cost"), 0.25));
            QVERIFY(store.setScrollPosition(key("risks"), 0.75));
            QVERIFY(store.setScrollPosition(key("cost"), 0.5));
            QVERIFY(store.setLastOpened(key("risks")));
        }
        UserStore store(storePath());
        QCOMPARE(store.lastOpened(), key("risks"));
        QCOMPARE(store.scrollPosition(key("risks")), 0.75);
        QCOMPARE(store.scrollPosition(key("cost")), 0.5);
        QVERIFY(!store.scrollPosition(key("what-is")));
    }

    void wipingAnEphemeralStoreLeavesNoRows() {
        UserStore store(UserStore::ephemeralPath());
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Ephemeral);
        QVERIFY(!store.status().isPersistent());
        QVERIFY(!store.status().needsAttention());
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("private")));
        QVERIFY(store.markRead(key("cost")));
        QVERIFY(store.setScrollPosition(key("cost"), 0.5));
        QVERIFY(store.setLastOpened(key("cost")));

        QSignalSpy bookmarks(&store, &UserStore::bookmarksChanged);
        QSignalSpy history(&store, &UserStore::historyChanged);
        QVERIFY(store.wipe());
        QCOMPARE(bookmarks.size(), 1);
        QCOMPARE(history.size(), 1);
        QVERIFY(store.bookmarks(BookmarkOrder::NewestFirst).isEmpty());
        QVERIFY(store.recentlyRead().isEmpty());
        QVERIFY(!store.scrollPosition(key("cost")));
        QVERIFY(!store.lastOpened());
        for (const char *table : {"bookmarks", "history", "positions", "settings"})
            QCOMPARE(queryValue(store.connectionName(),
                                QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
                         .toInt(),
                     0);
        QVERIFY(store.addBookmark(key("risks")));
    }

    void ephemeralStoresShareNothingAndWriteNoFile() {
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        UserStore first(UserStore::ephemeralPath());
        UserStore second(UserStore::ephemeralPath());
        QVERIFY(first.addBookmark(key("cost")));
        QCOMPARE(second.bookmarkCount(), 0);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void wipingAFileStoreLeavesNoTraceOfANoteOnDisk() {
        const QByteArray secret = "my-private-note-8d3f";
        UserStore store(storePath());
        for (int i = 0; i < 50; ++i)
            QVERIFY(store.addBookmark({QStringLiteral("p"), QStringLiteral("e%1").arg(i)},
                                      QString::fromLatin1(secret)));
        QVERIFY(store.markRead(key("cost")));
        auto onDisk = [&] {
            QByteArray all;
            for (const char *suffix : {"", "-wal", "-shm"})
                all += fileBytes(storePath() + QLatin1String(suffix));
            return all;
        };
        QVERIFY2(onDisk().contains(secret), "the test must see the note before the wipe");
        QVERIFY(store.wipe());
        QVERIFY(!onDisk().contains(secret));
        QVERIFY(!onDisk().contains("ketamine-faq"));
        QCOMPARE(store.bookmarkCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
