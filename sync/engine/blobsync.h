// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentstore.h"
#include "engine/hubclient.h"

#include <QHash>

#include <functional>

namespace pes::sync {

// What a blob sync moved. Bytes count the attachment content sent and
// received, not the HTTP around it, so a resumed transfer shows only the rest.
struct BlobReport
{
    int uploaded = 0;
    int downloaded = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QStringList unavailable; // referenced, but neither here nor on the hub (yet)
};

// Moves attachment blobs between a replica's store and the hub
// (/sync/v1/blobs/, docs/sync-protocol.md): uploads what the hub lacks,
// downloads what the store lacks, both in pieces of `chunkSize` bytes that a
// later run resumes from where an interrupted one stopped.
class BlobSync
{
public:
    // Called after each piece: bytes done and to do over the whole run.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    BlobSync(HubClient &client, AttachmentStore &store, qint64 chunkSize = 1024 * 1024);

    // `referenced`: hash -> size, as the records give them.
    std::expected<BlobReport, SyncError> run(const QHash<QString, qint64> &referenced,
                                             const Progress &progress = {});

    // One blob each way; they add what they moved to the report.
    std::expected<void, SyncError> upload(const QString &hash, BlobReport &report);
    // Returns false when the hub does not have the blob.
    std::expected<bool, SyncError> download(const QString &hash, BlobReport &report);

private:
    std::expected<QStringList, SyncError> missingOnHub(const QStringList &hashes);
    void advance(qint64 bytes);

    HubClient &m_client;
    AttachmentStore &m_store;
    qint64 m_chunkSize;
    Progress m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace pes::sync
