// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "user/userstore.h"
#include "userstoretesting.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace pr;
using namespace pr::testing;

class TestUserStoreConcurrency : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    static std::unique_ptr<QProcess> startHelper(const QStringList &arguments) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(PR_USERSTORE_HELPER), arguments);
        return process;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(storePath() + QLatin1String(suffix));
    }

    void twoStoresOnOneFileSeeEachOthersInterleavedWrites() {
        UserStore first(storePath());
        UserStore second(storePath());
        QVERIFY(first.status().isPersistent());
        QCOMPARE(second.status().outcome, OpenReport::Outcome::Opened);
        const int rounds = 300;
        for (int i = 0; i < rounds; ++i) {
            const EntryKey a{QStringLiteral("p"), QStringLiteral("first-%1").arg(i)};
            const EntryKey b{QStringLiteral("p"), QStringLiteral("second-%1").arg(i)};
            QVERIFY(first.addBookmark(a));
            QVERIFY(second.addBookmark(b));
            QVERIFY(second.isBookmarked(a));
            QVERIFY(first.isBookmarked(b));
            if (i % 3 == 0) {
                QVERIFY(second.removeBookmark(a));
                QVERIFY(!first.isBookmarked(a));
            }
        }
        QCOMPARE(first.bookmarkCount(), 2 * rounds - rounds / 3);
        QCOMPARE(second.bookmarkCount(), first.bookmarkCount());
        QCOMPARE(first.bookmarks(BookmarkOrder::NewestFirst),
                 second.bookmarks(BookmarkOrder::NewestFirst));
        QVERIFY(first.status().isPersistent());
        QVERIFY(second.status().isPersistent());
        QCOMPARE(queryValue(first.connectionName(), QStringLiteral("PRAGMA quick_check")),
                 QVariant(QStringLiteral("ok")));
    }

    void aListShowsWhatAnotherCopyOfTheAppChangedSinceItWasLastRead() {
        UserStore mine(storePath());
        UserStore other(storePath());
        QVERIFY(mine.addBookmark(key("cost")));
        QCOMPARE(mine.bookmarks(BookmarkOrder::NewestFirst).size(), 1);
        QVERIFY(other.addBookmark(key("risks")));
        QVERIFY(other.setNote(key("cost"), QStringLiteral("changed elsewhere")));
        const QList<Bookmark> list = mine.bookmarks(BookmarkOrder::NewestFirst);
        QCOMPARE(list.size(), 2);
        QCOMPARE(mine.bookmark(key("cost"))->note, QStringLiteral("changed elsewhere"));
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [](const Bookmark &b) {
            return b.note == QStringLiteral("changed elsewhere");
        }));
        QVERIFY(other.removeBookmark(key("cost")));
        QCOMPARE(mine.bookmarks(BookmarkOrder::NewestFirst).size(), 1);
    }

    void twoProcessesWritingAtOnceLoseNothingAndCorruptNothing() {
        const int perProcess = 120;
        std::unique_ptr<QProcess> a =
            startHelper({QStringLiteral("write"), storePath(), QStringLiteral("a"),
                         QString::number(perProcess)});
        std::unique_ptr<QProcess> b =
            startHelper({QStringLiteral("write"), storePath(), QStringLiteral("b"),
                         QString::number(perProcess)});
        // Both have opened the store before either writes: then they start together.
        for (QProcess *p : {a.get(), b.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine() || p->state() == QProcess::NotRunning, 60000);
            QCOMPARE(p->readLine().trimmed(), QByteArray("ready"));
        }
        for (QProcess *p : {a.get(), b.get()})
            p->write("go\n");
        for (QProcess *p : {a.get(), b.get()})
            QVERIFY(p->waitForBytesWritten(10000));
        // Both stop halfway through their writes and go on together: each then sees the other's
        // first half, so the writes interleaved, not one copy after the other.
        for (QProcess *p : {a.get(), b.get()}) {
            QTRY_VERIFY_WITH_TIMEOUT(p->canReadLine() || p->state() == QProcess::NotRunning, 60000);
            QCOMPARE(p->readLine().trimmed(), QByteArray("halfway"));
        }
        for (QProcess *p : {a.get(), b.get()})
            p->write("on\n");
        const int ownHalfway = 1 + perProcess / 2 + 1; // the shared bookmark and its own
        for (QProcess *p : {a.get(), b.get()}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            const QList<QByteArray> said = p->readAllStandardOutput().trimmed().split(' ');
            QCOMPARE(said.size(), 2);
            QVERIFY2(said.at(0) == "created" || said.at(0) == "opened", said.at(0).constData());
            QVERIFY2(said.at(1).toInt() > ownHalfway, said.at(1).constData());
        }
        UserStore store(storePath());
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Opened);
        QCOMPARE(store.bookmarkCount(), 2 * perProcess + 1);
        for (int i = 0; i < perProcess; ++i) {
            QVERIFY(
                store.isBookmarked({QStringLiteral("shared-pack"), QStringLiteral("a-%1").arg(i)}));
            QVERIFY(
                store.isBookmarked({QStringLiteral("shared-pack"), QStringLiteral("b-%1").arg(i)}));
        }
        const QString lastNote =
            store.bookmark({QStringLiteral("shared-pack"), QStringLiteral("shared")})->note;
        QVERIFY2(lastNote == QStringLiteral("a%1").arg(perProcess - 1) ||
                     lastNote == QStringLiteral("b%1").arg(perProcess - 1),
                 qPrintable(lastNote));
        QCOMPARE(queryValue(store.connectionName(), QStringLiteral("PRAGMA integrity_check")),
                 QVariant(QStringLiteral("ok")));
    }

    void twoCopiesOpeningAFirstVersionStoreMigrateItOnlyOnce() {
        QVERIFY(copyFixture(QStringLiteral("user-v1.sqlite"), storePath()));
        std::unique_ptr<QProcess> a = startHelper({QStringLiteral("report"), storePath()});
        std::unique_ptr<QProcess> b = startHelper({QStringLiteral("report"), storePath()});
        int migrations = 0;
        for (QProcess *p : {a.get(), b.get()}) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
            const QByteArray json = p->readAllStandardOutput();
            QVERIFY2(json.contains("\"outcome\":\"opened\""), json.constData());
            if (json.contains("\"migratedFrom\":1"))
                ++migrations;
        }
        QCOMPARE(migrations, 1);
        UserStore store(storePath());
        // Times were converted from seconds to milliseconds once, not twice.
        QCOMPARE(store.bookmark(key("cost"))->created,
                 QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(store.bookmarkCount(), 4); // the fixture's 3 and the helpers' shared one
    }
};

QTEST_GUILESS_MAIN(TestUserStoreConcurrency)
#include "tst_userstoreconcurrency.moc"
