// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "storeopener.h"

#include "sqlitefailure.h"
#include "storage/sqlconnection.h"
#include "storecopy.h"
#include "system/logging.h"
#include "system/regularfile.h"
#include "userschema.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>
#include <limits>

namespace pr {

namespace {

// The files SQLite keeps beside a database; a stale one beside a new database would be replayed
// into it, so they move with the database.
const QStringList &companionSuffixes() {
    static const QStringList suffixes = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                         QStringLiteral("-journal")};
    return suffixes;
}

// Settings for the session: durable commits, and deleted notes overwritten rather than left
// in free pages.
QSqlError configure(SqlConnection &connection) {
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (QSqlError e = connection.exec(pragma); e.isValid())
            return e;
    }
    return {};
}

// What a read-only look at a store found, before anything may write to it.
struct Inspection {
    enum class Result {
        Fine,          // readable and ours (or empty): open it as usual
        Bad,           // damaged or foreign: move it aside, with its journal, unopened
        OrphanJournal, // a journal with no database: keep it aside, then start a new store
        NotAFile,      // a FIFO, a device or a folder: leave it alone
        Unknown,       // could not be inspected (locked, unreadable): the usual open decides
    };
    Result result = Result::Fine;
    QString reason;
    bool busy = false;
    bool mainAloneIsFine = false; // Bad: the main file, read without its journal, is ours
};

bool hasCompanion(const QString &path) {
    for (const QString &suffix : companionSuffixes()) {
        const QFileInfo companion(path + suffix);
        if (companion.isSymLink() || companion.size() > 0)
            return true;
    }
    return false;
}

// Reads the store through an ATTACH on a private in-memory connection, read-only: SQLite may
// read the -wal beside it but never writes it into the main file, and never deletes it.
// ignoreJournal reads the main file alone ("immutable").
Inspection inspectReadOnly(const QString &path, bool ignoreJournal) {
    Inspection inspection;
    QSqlError error;
    std::unique_ptr<SqlConnection> probe =
        SqlConnection::open(SqlConnection::memoryPath(), &error, SqlConnection::Uris::On);
    if (!probe)
        return {Inspection::Result::Unknown, error.text(), false, false};
    const QString url =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        (ignoreJournal ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
    auto failed = [&](const QSqlError &e) {
        const SqliteFailure failure = classifySqliteError(e);
        if (failure == SqliteFailure::Damaged)
            return Inspection{Inspection::Result::Bad, e.text(), false, false};
        return Inspection{Inspection::Result::Unknown, e.text(), failure == SqliteFailure::Busy,
                          false};
    };
    if (error = probe->exec(QStringLiteral("ATTACH DATABASE ? AS candidate"), {url});
        error.isValid())
        return failed(error);
    const QString check =
        probe->value(QStringLiteral("PRAGMA candidate.quick_check"), {}, &error).toString();
    if (error.isValid())
        inspection = failed(error);
    else if (check != QLatin1String("ok"))
        inspection = {Inspection::Result::Bad, QStringLiteral("the database is damaged: ") + check,
                      false, false};
    else {
        const UserSchema::Verdict verdict =
            UserSchema::inspect(*probe, QStringLiteral("candidate"), &error);
        if (error.isValid())
            inspection = failed(error);
        else if (verdict.kind == UserSchema::Verdict::Kind::Newer ||
                 verdict.kind == UserSchema::Verdict::Kind::Foreign)
            inspection = {Inspection::Result::Bad, verdict.reason, false, false};
    }
    probe->exec(QStringLiteral("DETACH DATABASE candidate"));
    return inspection;
}

// A journal that holds data of its own: a -wal with frames, or a rollback -journal.
bool hasJournalData(const QString &path, bool countRollbackJournal) {
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo rollback(path + QStringLiteral("-journal"));
    return wal.isSymLink() || wal.size() > 0 ||
           (countRollbackJournal && (rollback.isSymLink() || rollback.size() > 0));
}

// The whole look before the store is opened for writing.
Inspection inspect(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        // A -wal or a -journal with no database: SQLite would discard or replay it.
        if (hasJournalData(path, true))
            return {Inspection::Result::OrphanJournal,
                    QStringLiteral("a journal was found with no database beside it"), false, false};
        return {};
    }
    QString why;
    if (!RegularFile::check(path, std::numeric_limits<qint64>::max() / 2, &why))
        return {Inspection::Result::NotAFile, why, false, false};
    // An empty database with a -wal holding frames (a rollback -journal beside an empty file
    // is what another copy of the app creating the store makes, so that one is left alone).
    if (info.size() == 0)
        return hasJournalData(path, false)
                   ? Inspection{Inspection::Result::OrphanJournal,
                                QStringLiteral("a journal was found beside an "
                                               "empty database"),
                                false, false}
                   : Inspection{};
    if (!hasCompanion(path))
        return {}; // the usual open reads the main file alone, as it is
    Inspection withJournal = inspectReadOnly(path, false);
    if (withJournal.result == Inspection::Result::Bad)
        withJournal.mainAloneIsFine =
            inspectReadOnly(path, true).result == Inspection::Result::Fine;
    return withJournal;
}

constexpr int kBusyRetryMs = 5000;
constexpr int kBusyRetryPauseMs = 20;

std::unique_ptr<SqlConnection> freshMemory() {
    QSqlError error;
    std::unique_ptr<SqlConnection> connection =
        SqlConnection::open(SqlConnection::memoryPath(), &error, SqlConnection::Uris::On);
    if (!connection)
        qCWarning(lcUserStore).noquote() << "cannot open an in-memory database:" << error.text();
    return connection;
}

QSqlError prepareMemory(SqlConnection &connection) {
    if (QSqlError e = configure(connection); e.isValid())
        return e;
    int found = 0;
    return UserSchema::migrate(connection, &found);
}

} // namespace

struct StoreOpener::Attempt {
    enum class Result { Ready, Damaged, Unusable };
    Result result = Result::Ready;
    std::unique_ptr<SqlConnection> connection;
    QString reason;
    bool busy = false; // another copy of the app held a lock the busy handler does not wait for
    bool existed = false;
    int foundVersion = 0;

    Attempt &fail(Result r, const QString &why) {
        result = r;
        reason = why;
        connection.reset();
        return *this;
    }
    Attempt &fail(const QSqlError &error) {
        const SqliteFailure failure = classifySqliteError(error);
        busy = failure == SqliteFailure::Busy;
        return fail(failure == SqliteFailure::Damaged ? Result::Damaged : Result::Unusable,
                    error.text());
    }
};

// SQLite answers "busy" at once, without waiting, when two copies of the app create or switch
// the journal mode of the same file at the same moment; trying again shortly settles it.
StoreOpener::Attempt StoreOpener::tryFileUntilNotBusy(const QString &path) {
    Attempt attempt = tryFile(path);
    const bool existed = attempt.existed;
    QDeadlineTimer deadline(kBusyRetryMs);
    while (attempt.busy && !deadline.hasExpired()) {
        QThread::msleep(kBusyRetryPauseMs);
        attempt = tryFile(path);
    }
    attempt.existed = existed;
    return attempt;
}

StoreOpener::Attempt StoreOpener::tryFile(const QString &path) {
    Attempt a;
    const QFileInfo info(path);
    a.existed = info.exists() && info.size() > 0;
    if (a.existed) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::move(a.fail(Attempt::Result::Unusable,
                                    QStringLiteral("cannot read the file: ") + file.errorString()));
        const QByteArray header = file.read(100);
        if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return std::move(a.fail(Attempt::Result::Damaged,
                                    QStringLiteral("the file is not an SQLite database")));
        if (header.size() < 100)
            return std::move(a.fail(Attempt::Result::Damaged,
                                    QStringLiteral("the file is too short to be a database")));
    }

    QSqlError error;
    a.connection = SqlConnection::open(path, &error);
    if (!a.connection)
        return std::move(a.fail(error));
    SqlConnection &db = *a.connection;

    const QString check = db.value(QStringLiteral("PRAGMA quick_check"), {}, &error).toString();
    if (error.isValid())
        return std::move(a.fail(error));
    if (check != QLatin1String("ok"))
        return std::move(
            a.fail(Attempt::Result::Damaged, QStringLiteral("the database is damaged: ") + check));

    const UserSchema::Verdict verdict = UserSchema::inspect(db, QStringLiteral("main"), &error);
    if (error.isValid())
        return std::move(a.fail(error));
    if (verdict.kind == UserSchema::Verdict::Kind::Newer ||
        verdict.kind == UserSchema::Verdict::Kind::Foreign)
        return std::move(a.fail(Attempt::Result::Damaged, verdict.reason));

    const QString mode =
        db.value(QStringLiteral("PRAGMA journal_mode = WAL"), {}, &error).toString();
    if (error.isValid())
        return std::move(a.fail(error));
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return std::move(a.fail(Attempt::Result::Unusable,
                                QStringLiteral("cannot switch to write-ahead logging (the journal "
                                               "mode stays \"%1\")")
                                    .arg(mode)));
    if (error = configure(db); error.isValid())
        return std::move(a.fail(error));
    if (error = UserSchema::migrate(db, &a.foundVersion); error.isValid())
        return std::move(a.fail(error));
    // A write now finds a read-only file or a full disk before the user saves anything. It
    // need not survive a power cut, so it skips the disk syncs that would slow every start.
    for (const QString &sql :
         {QStringLiteral("PRAGMA synchronous = NORMAL"),
          QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES ('opened_at', "
                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"),
          QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (error = db.exec(sql); error.isValid())
            return std::move(a.fail(error));
    }
    return a;
}

OpenedStore StoreOpener::open(const QString &path) const {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return inMemoryInsteadOf(path, QStringLiteral("the folder cannot be created"), false);

    // Look first, read-only: a journal that is not the store's own must never be written into
    // it, and a file that cannot be read is kept, never discarded.
    Inspection look = inspect(path);
    for (QDeadlineTimer deadline(kBusyRetryMs); look.busy && !deadline.hasExpired();) {
        QThread::msleep(kBusyRetryPauseMs);
        look = inspect(path);
    }
    if (look.result == Inspection::Result::NotAFile)
        return inMemoryInsteadOf(path, look.reason, false);
    if (look.result == Inspection::Result::OrphanJournal || look.result == Inspection::Result::Bad)
        return recoverWithoutWriting(path, look.reason, look.mainAloneIsFine);

    Attempt first = tryFileUntilNotBusy(path);
    if (first.result == Attempt::Result::Unusable)
        return inMemoryInsteadOf(path, first.reason, true);

    OpenedStore store;
    store.report.path = path;
    if (first.result == Attempt::Result::Ready) {
        store.connection = std::move(first.connection);
        store.report.outcome =
            first.existed ? OpenReport::Outcome::Opened : OpenReport::Outcome::Created;
        if (first.foundVersion > 0 && first.foundVersion < UserSchema::currentVersion)
            store.report.migratedFromVersion = first.foundVersion;
        return store;
    }

    QString moveError;
    const QString backup = moveAside(path, &moveError);
    if (backup.isEmpty())
        return inMemoryInsteadOf(
            path, first.reason + QStringLiteral("; it cannot be moved aside: ") + moveError, false);
    Attempt fresh = tryFileUntilNotBusy(path);
    if (fresh.result != Attempt::Result::Ready) {
        store = inMemoryInsteadOf(path, first.reason + QStringLiteral("; ") + fresh.reason, false);
        store.report.backupPath = backup;
        return store;
    }
    store.connection = std::move(fresh.connection);
    store.report.outcome = OpenReport::Outcome::Recovered;
    store.report.backupPath = backup;
    store.report.reason = first.reason;
    return store;
}

OpenedStore StoreOpener::recoverWithoutWriting(const QString &path, const QString &reason,
                                               bool restoreMainFile) const {
    // The main file and its journal files move together, untouched.
    QString moveError;
    const QString backup = moveAside(path, &moveError);
    if (backup.isEmpty())
        return inMemoryInsteadOf(
            path, reason + QStringLiteral("; it cannot be moved aside: ") + moveError, false);
    // Only the journal was wrong: the store goes back, from a copy of the backup's main file.
    bool restored = false;
    if (restoreMainFile) {
        restored = QFile::copy(backup, path) &&
                   QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (!restored)
            QFile::remove(path);
    }
    Attempt fresh = tryFileUntilNotBusy(path);
    if (fresh.result != Attempt::Result::Ready && restored) {
        restored = false;
        QFile::remove(path);
        fresh = tryFileUntilNotBusy(path);
    }
    OpenedStore store;
    if (fresh.result != Attempt::Result::Ready) {
        store = inMemoryInsteadOf(path, reason + QStringLiteral("; ") + fresh.reason, false);
        store.report.backupPath = backup;
        return store;
    }
    store.connection = std::move(fresh.connection);
    store.report.path = path;
    store.report.outcome = OpenReport::Outcome::Recovered;
    store.report.backupPath = backup;
    store.report.reason = reason;
    store.report.restoredFromBackup = restored;
    return store;
}

QString StoreOpener::moveAside(const QString &path, QString *error) const {
    const QString base =
        path + QStringLiteral(".broken-") + m_now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = base;
    auto taken = [](const QString &name) {
        if (QFileInfo::exists(name))
            return true;
        for (const QString &suffix : companionSuffixes()) {
            if (QFileInfo::exists(name + suffix))
                return true;
        }
        return false;
    };
    for (int n = 2; taken(backup); ++n)
        backup = base + QLatin1Char('-') + QString::number(n);

    // Renames keep every byte; a companion that cannot be moved is not deleted either (the
    // main file goes back, and the store is used in memory for the session).
    QFile file(path);
    const bool hadMain = file.exists() || QFileInfo(path).isSymLink();
    if (hadMain && !file.rename(backup)) {
        *error = file.errorString();
        return {};
    }
    QStringList moved;
    for (const QString &suffix : companionSuffixes()) {
        QFile companion(path + suffix);
        if (!companion.exists() && !QFileInfo(companion.fileName()).isSymLink())
            continue;
        if (!companion.rename(backup + suffix)) {
            *error = companion.errorString();
            for (const QString &done : std::as_const(moved))
                QFile::rename(backup + done, path + done);
            if (hadMain)
                QFile::rename(backup, path);
            return {};
        }
        moved.append(suffix);
    }
    return backup;
}

OpenedStore StoreOpener::openEphemeral() {
    OpenedStore store;
    store.report.outcome = OpenReport::Outcome::Ephemeral;
    store.connection = freshMemory();
    if (store.connection) {
        if (QSqlError e = prepareMemory(*store.connection); e.isValid())
            qCWarning(lcUserStore).noquote() << "cannot prepare an in-memory database:" << e.text();
    }
    return store;
}

OpenedStore StoreOpener::inMemoryInsteadOf(const QString &path, const QString &reason,
                                           bool readSavedData) {
    OpenedStore store;
    store.report.outcome = OpenReport::Outcome::InMemory;
    store.report.path = path;
    store.report.reason = reason;
    store.connection = freshMemory();
    if (!store.connection)
        return store;
    if (readSavedData && QFileInfo::exists(path)) {
        QString why;
        if (copyStoreInto(*store.connection, path, &why)) {
            store.report.loadedSavedData = true;
        } else {
            store.report.reason += QStringLiteral("; the saved data cannot be read: ") + why;
            store.connection = freshMemory();
            if (!store.connection)
                return store;
        }
    }
    if (QSqlError e = prepareMemory(*store.connection); e.isValid()) {
        store.report.reason += QStringLiteral("; ") + e.text();
        store.report.loadedSavedData = false;
        store.connection = freshMemory();
        if (store.connection)
            prepareMemory(*store.connection);
    }
    return store;
}

} // namespace pr
