// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "user/userstore.h"
#include "userstoretesting.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <sys/stat.h>

using namespace pr;
using namespace pr::testing;

namespace {

// The write-ahead log of another SQLite database, with commits in it not yet written back:
// what a store could find beside it after a copy, a sync tool or a hostile folder.
QByteArray foreignJournal(const QString &folder) {
    const QString path = folder + QStringLiteral("/other.sqlite");
    const QString name = QUuid::createUuid().toString();
    QByteArray journal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {};
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        q.exec(QStringLiteral("CREATE TABLE bookmarks(nothing TEXT)"));
        q.exec(QStringLiteral("CREATE TABLE other_things(a, b, c)"));
        for (int i = 0; i < 50; ++i)
            q.exec(QStringLiteral("INSERT INTO other_things VALUES (%1, 'x', 'y')").arg(i));
        q.finish();
        // Read while the connection is open: closing it would write the log back and remove it.
        journal = fileBytes(path + QStringLiteral("-wal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return journal;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

// The check of the user store must never destroy it (issue 12): it looks read-only first, moves
// the main file and its journal aside together before anything writes, and keeps every file it
// cannot use.
class TestStoreJournals : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

private slots:
    void init() {
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files | QDir::System))
            QVERIFY(dir.remove(name));
    }

    void aForeignJournalBesideTheStoreIsNeverWrittenIntoItAndTheBookmarksStay() {
        {
            UserStore store(storePath());
            QVERIFY(store.addBookmark(key("cost"), QStringLiteral("ask about insurance")));
            QVERIFY(store.addBookmark(key("benefits")));
        }
        QVERIFY(!QFileInfo::exists(storePath() + QStringLiteral("-wal")));
        const QByteArray saved = fileBytes(storePath());
        QTemporaryDir elsewhere;
        const QByteArray journal = foreignJournal(elsewhere.path());
        QVERIFY(journal.size() > 32);
        QVERIFY(writeFile(storePath() + QStringLiteral("-wal"), journal));

        UserStore store(storePath());
        const OpenReport &report = store.status();
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        // Every byte of both files is kept, as it was (a read-write open wrote the foreign
        // journal into the store when it closed, and the backup held the other database).
        QCOMPARE(fileBytes(report.backupPath), saved);
        QCOMPARE(fileBytes(report.backupPath + QStringLiteral("-wal")), journal);
        QVERIFY(report.restoredFromBackup);
        QVERIFY2(report.userMessage().contains(QStringLiteral("restored")),
                 qPrintable(report.userMessage()));
        // And the bookmarks are still there.
        QCOMPARE(store.bookmarkCount(), 2);
        QCOMPARE(store.bookmark(key("cost"))->note, QStringLiteral("ask about insurance"));
        QVERIFY(store.addBookmark(key("risks")));
    }

    void aJournalWithNoStoreBesideItIsKeptNotDiscarded() {
        QTemporaryDir elsewhere;
        const QByteArray journal = foreignJournal(elsewhere.path());
        QVERIFY(journal.size() > 32);
        QVERIFY(writeFile(storePath() + QStringLiteral("-wal"), journal));

        UserStore store(storePath());
        const OpenReport &report = store.status();
        QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
        QVERIFY(!report.backupPath.isEmpty());
        QCOMPARE(fileBytes(report.backupPath + QStringLiteral("-wal")), journal);
        QVERIFY(store.addBookmark(key("cost")));
        QCOMPARE(store.bookmarkCount(), 1);
    }

    void aJournalBesideAnEmptyStoreFileIsKeptToo() {
        QTemporaryDir elsewhere;
        const QByteArray journal = foreignJournal(elsewhere.path());
        QVERIFY(writeFile(storePath(), {}));
        QVERIFY(writeFile(storePath() + QStringLiteral("-wal"), journal));
        UserStore store(storePath());
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(fileBytes(store.status().backupPath + QStringLiteral("-wal")), journal);
    }

    void aStoreWithItsOwnUnsavedJournalOpensWithEverything() {
        // The store's own log (an app that did not close cleanly) belongs to it: it is read.
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        {
            UserStore store(storePath());
            QVERIFY(store.addBookmark(key("cost")));
            QVERIFY(QSqlQuery(QSqlDatabase::database(store.connectionName(), false))
                        .exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(store.addBookmark(key("benefits")));
            QVERIFY(QFile::copy(storePath(), copy));
            QVERIFY(
                QFile::copy(storePath() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        }
        UserStore store(copy);
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Opened);
        QCOMPARE(store.bookmarkCount(), 2);
    }

    void aStoreThatIsAFifoIsLeftAloneAndTheSessionRunsInMemory() {
        QCOMPARE(::mkfifo(QFile::encodeName(storePath()).constData(), 0600), 0);
        UserStore store(storePath()); // would block for ever on a read of the FIFO
        QCOMPARE(store.status().outcome, OpenReport::Outcome::InMemory);
        QVERIFY2(store.status().reason.contains(QStringLiteral("FIFO")),
                 qPrintable(store.status().reason));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(storePath()).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QVERIFY(store.addBookmark(key("cost")));
    }
};

QTEST_GUILESS_MAIN(TestStoreJournals)
#include "tst_storejournals.moc"
