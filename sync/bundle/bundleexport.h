// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "replica/replica.h"

#include <QJsonObject>
#include <QStringList>

namespace pes::bundle {

struct ExportOptions
{
    enum class Scope {
        Unsynced,        // every operation not yet accepted by the hub
        SinceLastBundle, // ... made after the last bundle exported from this replica
        Records,         // ... on the given records only
    };
    Scope scope = Scope::Unsynced;
    QStringList records; // for Scope::Records
    QString output;      // the .pesbundle file to write (replaced whole if it exists)
};

struct ExportReport
{
    QString path;
    QString bundleId;
    qint64 operations = 0;
    qint64 records = 0;
    qint64 attachments = 0;        // blobs carried
    qint64 missingAttachments = 0; // referenced, but not in this replica's store
    qint64 drafts = 0;             // operations left out because their record is a draft
    qint64 bytes = 0;

    QJsonObject toJson() const;
};

// Writes the replica's unsynced work to a bundle: the journal operations with
// their original op ids, change ids, device and HLC, the current state of the
// records they touch, and a manifest with the SHA-256 of every entry. The
// replica only remembers where the bundle stopped (for --since-last-bundle);
// its operations stay pending, so that a later sync of this device still
// sends them and the hub, which knows their ids by then, answers "applied".
// Drafts never leave the device, as in sync.
Result<ExportReport> exportBundle(Replica &replica, const ExportOptions &options);

} // namespace pes::bundle
