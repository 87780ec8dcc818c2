// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "storeopener.h"

#include "sqlitefailure.h"
#include "storage/sqlconnection.h"
#include "storecopy.h"
#include "userschema.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

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

constexpr int kBusyRetryMs = 5000;
constexpr int kBusyRetryPauseMs = 20;

std::unique_ptr<SqlConnection> freshMemory() {
    QSqlError error;
    std::unique_ptr<SqlConnection> connection =
        SqlConnection::open(SqlConnection::memoryPath(), &error, SqlConnection::Uris::On);
    if (!connection)
        qWarning().noquote() << "user store: cannot open an in-memory database:" << error.text();
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

    QFile file(path);
    if (!file.rename(backup)) {
        *error = file.errorString();
        return {};
    }
    for (const QString &suffix : companionSuffixes()) {
        QFile companion(path + suffix);
        if (companion.exists() && !companion.rename(backup + suffix) && !companion.remove()) {
            *error = companion.errorString();
            QFile::rename(backup, path);
            return {};
        }
    }
    return backup;
}

OpenedStore StoreOpener::openEphemeral() {
    OpenedStore store;
    store.report.outcome = OpenReport::Outcome::Ephemeral;
    store.connection = freshMemory();
    if (store.connection) {
        if (QSqlError e = prepareMemory(*store.connection); e.isValid())
            qWarning().noquote() << "user store: cannot prepare an in-memory database:" << e.text();
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
