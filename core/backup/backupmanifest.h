// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace pes::backup {

// The version of the backup format this build writes and reads.
constexpr int formatVersion = 1;
// What the format field of every PES backup manifest says.
inline constexpr QStringView formatName = u"pes-backup";

// One file carried by a backup, with the checksum it must have.
struct ManifestEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; // lowercase hex
};

// What manifest.json says about a backup: where it comes from, what it holds
// (counted in the snapshot itself) and the SHA-256 of every other entry.
struct Manifest
{
    int formatVersion = backup::formatVersion;
    QString applicationVersion;
    QDateTime created;
    QString reason;
    QString networkIri;
    QString networkName;
    QString device;
    int schemaVersion = 0;
    QMap<QString, qint64> counts; // records per kind, deleted, operations, ...
    QList<ManifestEntry> entries;

    QJsonObject toJson() const;
    // Checks the format name and version before anything else, so that a
    // manifest from a newer format is refused as such rather than misread.
    static Result<Manifest> fromJson(const QByteArray &json);
};

// The counts a manifest records, read from a replica database of any schema
// version: live records per kind, records in the trash, changes, operations
// and operations not yet synced.
Result<QMap<QString, qint64>> countRecords(sql::Database &db);

// The network, device and schema version of a replica database, into manifest.
Status describeReplica(sql::Database &db, Manifest &manifest);

} // namespace pes::backup
