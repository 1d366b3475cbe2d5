// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentstore.h"
#include "hubstore.h"

#include <QSet>

// The hub's attachment blobs against what its records refer to: how much is
// stored, and the removal of blobs no record refers to any more.
namespace pes::hub {

// The blobs the hub's records refer to, live records and records in the trash
// alike (a record restored from the trash gets its files back).
Result<QSet<QString>> referencedBlobs(HubStore &store);

struct BlobUsage
{
    int blobs = 0;
    qint64 bytes = 0;
    int unreferenced = 0;
    qint64 unreferencedBytes = 0;
    int partials = 0; // uploads not finished
    qint64 partialBytes = 0;
};
Result<BlobUsage> blobUsage(HubStore &store, const AttachmentStore &blobs);

// Removes the blobs and unfinished uploads no record refers to, sparing those
// written in the last `graceSeconds` seconds: a device uploads a record's files
// right after pushing the record, and an upload cut short resumes later.
Result<GarbageCollection> collectBlobs(HubStore &store, AttachmentStore &blobs, int graceSeconds);

} // namespace pes::hub
