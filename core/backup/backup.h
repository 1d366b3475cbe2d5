// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/backupmanifest.h"
#include "error.h"

#include <QStringList>

namespace pes {
class Replica;
}

namespace pes::backup {

// How many automatic backups are kept per replica; older ones are removed.
constexpr int keptAutomaticBackups = 5;

// Backups of a replica: a consistent snapshot taken with SQLite's online
// backup API while the replica may be in use, written as a ZIP holding
// manifest.json and replica.sqlite (see docs/backups.md). A backup file
// appears whole or not at all: it is written under a temporary name first.

// Writes a backup of the replica open on db to output (any name; .pesbackup
// by convention). reason is recorded in the manifest ("manual", "before
// importing ...").
Result<Manifest> writeBackup(sql::Database &db, const QString &output, const QString &reason);
Result<Manifest> writeBackup(Replica &replica, const QString &output,
                             const QString &reason = QStringLiteral("manual"));

// The folder holding a replica's automatic backups: backups/ next to it.
QString backupFolder(const QString &replicaPath);
// The automatic backups of a replica, newest first.
QStringList automaticBackups(const QString &replicaPath);

// Takes an automatic backup into backupFolder() and keeps only the newest
// keptAutomaticBackups of them. Call it before any bulk change a person may
// want to undo as a whole, e.g. before an import:
//     PES_TRY(backup::autoBackup(replica, u"before importing annuaire.mdb"_s));
// Returns the path of the new backup.
Result<QString> autoBackup(Replica &replica, const QString &reason);
Result<QString> autoBackup(sql::Database &db, const QString &reason);

// Reads a backup and checks everything about it (entry names and sizes,
// manifest format, SHA-256 of every entry, that it holds a PES replica whose
// schema this build reads, integrity and counts) without changing anything.
Result<Manifest> verifyBackup(const QString &file);

struct RestoreOptions
{
    bool force = false; // replace an existing replica (kept as an automatic backup first)
};

struct RestoreResult
{
    Manifest manifest;
    QString replacedKeptAs; // the backup of the replica that was replaced, if any
};

// Checks the backup as verifyBackup() does, then puts its replica at
// replicaPath in one rename: either the old replica stays as it was, or the
// restored one is there whole. An existing replica is replaced only with
// force, after an automatic backup of it; a replica that another program has
// open is never replaced.
Result<RestoreResult> restoreBackup(const QString &file, const QString &replicaPath,
                                    const RestoreOptions &options = {});

} // namespace pes::backup
