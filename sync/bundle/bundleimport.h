// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleformat.h"
#include "error.h"
#include "replica/replica.h"

#include <QJsonObject>

namespace pes::bundle {

struct ImportReport
{
    QString bundleId;
    QString device;              // the device whose work the bundle carries
    qint64 operations = 0;       // in the bundle
    qint64 applied = 0;          // new here, applied and waiting to be pushed to the hub
    qint64 known = 0;            // already in this replica's journal (a bundle imported again)
    qint64 held = 0;             // new here, waiting for a conflict to be settled
    qint64 conflicts = 0;        // conflicts opened (listed with sync conflicts)
    qint64 created = 0;          // records new to this replica
    qint64 updated = 0;          // records changed
    qint64 attachments = 0;      // blobs carried by the bundle
    qint64 attachmentsAdded = 0; // ... that this replica's store did not have
    QString backup;              // the automatic backup taken before the import

    QJsonObject toJson() const;
};

// Imports a bundle into a replica of the same network, through the same path
// as a page pulled from the hub: the bundle's state of each record is merged
// field by field with this replica's (three-way, against the values the
// operations started from), a field changed on both sides becomes a conflict
// (origin "bundle") and its operations are held until a person settles it.
// The operations enter this replica's journal with their original op ids,
// change ids, device and HLC, as pending, so that the next sync pushes them
// and the hub, which knows op ids, applies each exactly once whichever device
// sends it first. Operations already in the journal are skipped, so importing
// a bundle again changes nothing. The bundle is checked whole first
// (readBundle); a refused bundle changes nothing, and the import is one
// transaction.
Result<ImportReport> importBundle(Replica &replica, const QString &path, const Limits &limits = {});

} // namespace pes::bundle
