// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "user/userschema.h"
#include "user/userstore.h"
#include "userstoretesting.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;
using namespace pr::testing;

namespace {

// Runs the helper program (a second copy of the app) and returns the JSON it printed.
QJsonObject runHelper(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(PR_USERSTORE_HELPER), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "helper failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString schemaOf(const QString &connectionName) {
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                     QLatin1Char(' ') + query.value(2).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestUserStoreOpen : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString storePath() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY(dir.remove(name));
    }

    void createsANewStoreInAFolderThatDoesNotExistYet() {
        const QString path = m_dir.filePath(QStringLiteral("deep/er/user.sqlite"));
        UserStore store(path);
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Created);
        QCOMPARE(store.status().path, path);
        QVERIFY(store.status().userMessage().isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(queryValue(store.connectionName(), QStringLiteral("PRAGMA journal_mode")),
                 QVariant(QStringLiteral("wal")));
        QCOMPARE(queryValue(store.connectionName(), QStringLiteral("PRAGMA user_version")).toInt(),
                 UserSchema::currentVersion);
    }

    void anEmptyFileIsTakenAsANewStore() {
        QFile empty(storePath());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        UserStore store(storePath());
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Created);
        QVERIFY(store.status().backupPath.isEmpty());
        QVERIFY(store.addBookmark(key("cost")));
    }

    void migratesAFirstVersionStoreKeepingEveryBookmark() {
        QVERIFY(copyFixture(QStringLiteral("user-v1.sqlite"), storePath()));
        {
            UserStore store(storePath());
            QCOMPARE(store.status().outcome, OpenReport::Outcome::Opened);
            QCOMPARE(store.status().migratedFromVersion, 1);
            QVERIFY(!store.status().needsAttention());

            const QList<Bookmark> list = store.bookmarks(BookmarkOrder::NewestFirst);
            QCOMPARE(list.size(), 3);
            QCOMPARE(list.at(0).key, key("retired-entry"));
            QCOMPARE(list.at(2).key, key("cost"));
            QCOMPARE(list.at(2).created, QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
            QCOMPARE(list.at(2).updated, list.at(2).created);
            QCOMPARE(list.at(2).note, QString());

            // Version 1 kept a row per reading; now each answer is listed once, at its last read.
            const QList<ReadItem> recent = store.recentlyRead();
            QCOMPARE(recent.size(), 2);
            QCOMPARE(recent.at(0).key, key("cost"));
            QCOMPARE(recent.at(0).readAt, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
            QCOMPARE(recent.at(1).key, key("risks"));

            QVERIFY(store.setNote(key("cost"), QStringLiteral("now with a note")));
            QVERIFY(store.setScrollPosition(key("cost"), 0.5));
        }
        UserStore reopened(storePath());
        QCOMPARE(reopened.status().outcome, OpenReport::Outcome::Opened);
        QCOMPARE(reopened.status().migratedFromVersion, 0);
        QCOMPARE(reopened.bookmark(key("cost"))->note, QStringLiteral("now with a note"));
        QCOMPARE(queryValue(reopened.connectionName(), QStringLiteral("PRAGMA quick_check")),
                 QVariant(QStringLiteral("ok")));
    }

    void aMigratedStoreHasExactlyTheTablesOfANewOne() {
        QVERIFY(copyFixture(QStringLiteral("user-v1.sqlite"), storePath()));
        UserStore migrated(storePath());
        UserStore fresh(m_dir.filePath(QStringLiteral("fresh.sqlite")));
        QCOMPARE(fresh.status().outcome, OpenReport::Outcome::Created);
        QCOMPARE(schemaOf(migrated.connectionName()), schemaOf(fresh.connectionName()));
    }

    void movesADamagedOrForeignStoreAsideAndStartsAFreshOne_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage bytes") << "garbage.sqlite"
                                       << "not an SQLite database";
        QTest::newRow("header cut short") << "short-header.sqlite"
                                          << "too short to be a database";
        QTest::newRow("truncated file") << "truncated.sqlite"
                                        << "malformed";
        QTest::newRow("damaged page") << "damaged-page.sqlite"
                                      << "the database is damaged";
        QTest::newRow("foreign schema") << "foreign-schema.sqlite"
                                        << "tables of another program: notes";
        QTest::newRow("foreign tables, our version number") << "foreign-same-version.sqlite"
                                                            << "has no column";
        QTest::newRow("schema from a newer app") << "newer-version.sqlite"
                                                 << "schema version 7 is newer";
    }

    void movesADamagedOrForeignStoreAsideAndStartsAFreshOne() {
        QFETCH(QString, fixture);
        QFETCH(QString, reason);
        QVERIFY(copyFixture(fixture, storePath()));
        {
            UserStore store(storePath());
            const OpenReport &report = store.status();
            QCOMPARE(report.outcome, OpenReport::Outcome::Recovered);
            QVERIFY2(report.reason.contains(reason), qPrintable(report.reason));
            QVERIFY(report.needsAttention());
            QVERIFY2(report.backupPath.startsWith(storePath() + QStringLiteral(".broken-")),
                     qPrintable(report.backupPath));
            // Nothing lost: the backup is the damaged file, byte for byte.
            QCOMPARE(fileBytes(report.backupPath), fileBytes(userFixture(fixture)));
            QVERIFY(report.userMessage().contains(QDir::toNativeSeparators(report.backupPath)));
            QCOMPARE(store.bookmarkCount(), 0);
            QVERIFY(store.addBookmark(key("cost")));
        }
        UserStore reopened(storePath());
        QCOMPARE(reopened.status().outcome, OpenReport::Outcome::Opened);
        QVERIFY(reopened.isBookmarked(key("cost")));
    }

    void movesTheLogFilesAsideWithADamagedStore() {
        QVERIFY(copyFixture(QStringLiteral("garbage.sqlite"), storePath()));
        for (const char *suffix : {"-wal", "-journal"}) {
            QFile companion(storePath() + QLatin1String(suffix));
            QVERIFY(companion.open(QIODevice::WriteOnly));
            companion.write(QByteArray("old ") + suffix);
        }
        UserStore store(storePath());
        const QString backup = store.status().backupPath;
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Recovered);
        QCOMPARE(fileBytes(backup + QStringLiteral("-wal")), QByteArray("old -wal"));
        QCOMPARE(fileBytes(backup + QStringLiteral("-journal")), QByteArray("old -journal"));
        QVERIFY(!fileBytes(storePath() + QStringLiteral("-wal")).startsWith("old"));
        QVERIFY(!QFileInfo::exists(storePath() + QStringLiteral("-journal")));
        QVERIFY(store.addBookmark(key("cost")));
    }

    void repeatedRecoveriesKeepEveryBackup() {
        QStringList backups;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(copyFixture(QStringLiteral("garbage.sqlite"), storePath()));
            UserStore store(storePath());
            QCOMPARE(store.status().outcome, OpenReport::Outcome::Recovered);
            backups.append(store.status().backupPath);
        }
        QVERIFY(backups.at(0) != backups.at(1));
        QVERIFY(QFileInfo::exists(backups.at(0)));
        QVERIFY(QFileInfo::exists(backups.at(1)));
    }

    void worksInMemoryWhenTheFolderCannotBeMade() {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/sub/user.sqlite");
        UserStore store(path);
        QCOMPARE(store.status().outcome, OpenReport::Outcome::InMemory);
        QVERIFY(!store.status().isPersistent());
        QVERIFY(!store.status().loadedSavedData);
        QVERIFY(store.status().userMessage().contains(QDir::toNativeSeparators(path)));
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("kept for the session")));
        QCOMPARE(store.bookmark(key("cost"))->note, QStringLiteral("kept for the session"));
    }

    // Root ignores file permissions, so the helper drops to "nobody" when run as root.
    void aReadOnlyFolderShowsTheSavedBookmarksAndKeepsChangesInMemory() {
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        const QString path = folder + QStringLiteral("/user.sqlite");
        {
            UserStore store(path);
            QVERIFY(store.addBookmark(key("cost"), QStringLiteral("saved before")));
            QVERIFY(store.addBookmark(key("risks")));
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x4444)));
        QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x5555)));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::Permissions(0x7700));
            QFile::setPermissions(path, QFile::Permissions(0x6600));
        });

        const QJsonObject report =
            runHelper({QStringLiteral("--as-nobody"), QStringLiteral("report"), path});
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("in-memory"));
        QVERIFY(report.value(QStringLiteral("loadedSavedData")).toBool());
        QCOMPARE(report.value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(report.value(QStringLiteral("addWorked")).toBool());
        QCOMPARE(report.value(QStringLiteral("countAfterAdd")).toInt(), 3);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList(QStringLiteral("user.sqlite")));
    }

    void aReadOnlyFolderWithoutAStoreStartsAnEmptyOneInMemory() {
        const QString folder = m_dir.filePath(QStringLiteral("read-only-empty"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x5555)));
        const auto restore =
            qScopeGuard([&] { QFile::setPermissions(folder, QFile::Permissions(0x7700)); });

        const QJsonObject report =
            runHelper({QStringLiteral("--as-nobody"), QStringLiteral("report"),
                       folder + QStringLiteral("/user.sqlite")});
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("in-memory"));
        QVERIFY(!report.value(QStringLiteral("loadedSavedData")).toBool());
        QCOMPARE(report.value(QStringLiteral("countAfterAdd")).toInt(), 1);
        QVERIFY(QDir(folder).isEmpty());
    }

    void aDamagedStoreInAReadOnlyFolderStaysWhereItIs() {
        const QString folder = m_dir.filePath(QStringLiteral("read-only-damaged"));
        const QString path = folder + QStringLiteral("/user.sqlite");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(copyFixture(QStringLiteral("garbage.sqlite"), path));
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(path, QFile::Permissions(0x4444)));
        QVERIFY(QFile::setPermissions(folder, QFile::Permissions(0x5555)));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::Permissions(0x7700));
            QFile::setPermissions(path, QFile::Permissions(0x6600));
        });

        const QJsonObject report =
            runHelper({QStringLiteral("--as-nobody"), QStringLiteral("report"), path});
        QCOMPARE(report.value(QStringLiteral("outcome")).toString(), QStringLiteral("in-memory"));
        QVERIFY2(report.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QStringLiteral("cannot be moved aside")),
                 qPrintable(report.value(QStringLiteral("reason")).toString()));
        QVERIFY(report.value(QStringLiteral("addWorked")).toBool());
        QCOMPARE(fileBytes(path), fileBytes(userFixture(QStringLiteral("garbage.sqlite"))));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList(QStringLiteral("user.sqlite")));
    }

    // SQLite's page limit stands in for a full disk: writes fail with SQLITE_FULL.
    void aFullDiskMidSessionMovesToMemoryWithoutLosingAnything() {
        UserStore store(storePath());
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("saved while there was room")));
        QVERIFY(store.markRead(key("cost")));
        const QString connection = store.connectionName();
        const int pages = queryValue(connection, QStringLiteral("PRAGMA page_count")).toInt();
        queryValue(connection, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));

        QSignalSpy statusChanged(&store, &UserStore::statusChanged);
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.addBookmark({QStringLiteral("p"), QStringLiteral("e%1").arg(i)},
                                      QString(Bookmark::maxNoteLength, u'n')));
        QCOMPARE(statusChanged.size(), 1);
        QCOMPARE(store.status().outcome, OpenReport::Outcome::InMemory);
        QVERIFY(store.status().loadedSavedData);
        QVERIFY2(store.status().reason.contains(QStringLiteral("full")),
                 qPrintable(store.status().reason));
        QCOMPARE(store.bookmarkCount(), 21);
        QCOMPARE(store.bookmark(key("cost"))->note, QStringLiteral("saved while there was room"));
        QCOMPARE(store.recentlyRead().size(), 1);

        // The file holds what was saved before the disk filled up, undamaged.
        UserStore onDisk(storePath());
        QCOMPARE(onDisk.status().outcome, OpenReport::Outcome::Opened);
        QCOMPARE(onDisk.bookmark(key("cost"))->note, QStringLiteral("saved while there was room"));
        QVERIFY(onDisk.bookmarkCount() < store.bookmarkCount());
        QCOMPARE(queryValue(onDisk.connectionName(), QStringLiteral("PRAGMA integrity_check")),
                 QVariant(QStringLiteral("ok")));
    }
};

QTEST_GUILESS_MAIN(TestUserStoreOpen)
#include "tst_userstoreopen.moc"
