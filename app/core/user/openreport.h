// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QString>

namespace pr {

// What happened when the user store was opened (or later had to leave its file), so that the UI
// can tell the user in plain words.
class OpenReport {
    Q_DECLARE_TR_FUNCTIONS(pr::OpenReport)

public:
    enum class Outcome {
        Opened,    // the saved store, as it was (perhaps migrated to the current version)
        Created,   // there was no store yet
        Recovered, // the store was damaged: it was moved to backupPath and a new one made
        InMemory,  // the store cannot be written: changes last only for this session
        Ephemeral, // asked for: an in-memory store that keeps nothing (kiosks)
    };

    Outcome outcome = Outcome::Ephemeral;
    QString path;                 // the database file; empty for an ephemeral store
    QString backupPath;           // where a damaged store was moved; empty when none was
    QString reason;               // the technical cause, for logs and the "details" of a message
    int migratedFromVersion = 0;  // the schema version found, when it was older than current
    bool loadedSavedData = false; // InMemory: the saved bookmarks were read into memory
    // Recovered: only a journal beside the store was wrong; the store itself was put back from
    // the backup, so the bookmarks are still there.
    bool restoredFromBackup = false;

    bool isPersistent() const {
        return outcome == Outcome::Opened || outcome == Outcome::Created ||
               outcome == Outcome::Recovered;
    }
    // True when the user should be told something.
    bool needsAttention() const {
        return outcome == Outcome::Recovered || outcome == Outcome::InMemory;
    }
    // A plain, translatable message for the user; empty when there is nothing to tell.
    QString userMessage() const;
};

} // namespace pr
