// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "openreport.h"

#include <QDateTime>
#include <memory>

namespace pr {

class SqlConnection;

struct OpenedStore {
    std::unique_ptr<SqlConnection> connection; // null only when the SQLite driver is missing
    OpenReport report;
};

// Opens the user store's database file and deals with whatever it finds there: a new file, an
// older schema (migrated), a damaged or foreign file (moved aside as a backup, replaced by a new
// one), or a file or folder that cannot be written (an in-memory store for the session, holding
// what could still be read).
class StoreOpener {
public:
    // now names the backup of a damaged file: user.sqlite.broken-YYYYMMDD-HHMMSS
    explicit StoreOpener(QDateTime now)
        : m_now(std::move(now)) {}

    OpenedStore open(const QString &path) const;

    static OpenedStore openEphemeral();
    // An in-memory store for the session instead of the file at path, holding the file's data
    // when readSavedData and the file can still be read.
    static OpenedStore inMemoryInsteadOf(const QString &path, const QString &reason,
                                         bool readSavedData);

private:
    struct Attempt;
    static Attempt tryFile(const QString &path);
    static Attempt tryFileUntilNotBusy(const QString &path);
    QString moveAside(const QString &path, QString *error) const;
    // Moves the store and its journal files aside together, before anything opened them for
    // writing, and starts again: from a copy of the main file when restoreMainFile.
    OpenedStore recoverWithoutWriting(const QString &path, const QString &reason,
                                      bool restoreMainFile) const;

    QDateTime m_now;
};

} // namespace pr
