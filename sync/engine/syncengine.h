// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/blobsync.h"
#include "engine/hubclient.h"
#include "engine/syncstore.h"
#include "replica/replica.h"
#include "wire/messages.h"

#include <QJsonObject>
#include <QObject>

namespace pes::sync {

struct SyncReport
{
    int pushed = 0;      // operations sent
    int applied = 0;     // ... accepted by the hub (replays included)
    int conflicting = 0; // ... held because the hub had another value
    int refused = 0;     // ... the hub will never apply
    int pulled = 0;      // records received
    int newConflicts = 0;
    int openConflicts = 0;
    int newNotices = 0; // needs that arrived and match this network's offers (notices.h)
    qint64 pending = 0; // local operations still to send (drafts, held ones excluded)
    qint64 cursor = 0;
    qint64 watermark = 0;
    QStringList refusals;   // the hub's reasons, for the user
    BlobReport attachments; // the files moved after the records

    QJsonObject toJson() const;
};

// The client side of sync: pushes the journal, then pulls the hub's change
// feed and merges it field by field with a three-way merge against the shadow
// copy. See docs/sync-protocol.md.
//
// Each pushed answer and each pulled page is stored in one transaction with
// what it moves forward (operation states, shadows, conflicts, the cursor), so
// an interruption at any point repeats work but never skips or doubles it.
// Drafts (exchanges and job offers with status "draft") never leave the device.
// After the records, the attachment files they refer to are uploaded and
// downloaded (BlobSync), resuming transfers an earlier sync left unfinished.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(Replica &replica, QObject *parent = nullptr);

    // Stores the hub's address, this device's token and, for a hub whose
    // certificate comes from a private authority, that authority's PEM file.
    static Status configure(Replica &replica, const QUrl &hub, const QString &token,
                            const QString &caFile = {});

    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    void setPageSize(int records) { m_pageSize = records; }
    void setPushBatch(int operations) { m_pushBatch = operations; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setAttachmentChunkSize(qint64 bytes) { m_chunkSize = bytes; }

    // One complete sync, blocking (it runs a local event loop for the network).
    std::expected<SyncReport, SyncError> sync();
    // Ends the sync under way at its current network call, with
    // SyncProblem::Stopped; what was stored stays (every step is
    // transactional). Safe from any thread.
    void stop() { m_stop->store(true); }

Q_SIGNALS:
    // During the pull: records received up to `cursor` of `watermark`.
    void progress(qint64 cursor, qint64 watermark);
    // After the records: attachment bytes moved so far, of those to move in this sync.
    void attachmentProgress(qint64 done, qint64 total);

private:
    std::expected<void, SyncError> push(HubClient &client, SyncReport &report);
    std::expected<void, SyncError> pull(HubClient &client, SyncReport &report);
    std::expected<void, SyncError> syncAttachments(HubClient &client, SyncReport &report);
    Status storePushAnswer(const QHash<QString, JournalOperation> &sent,
                           const wire::PushResponse &response, SyncReport &report);
    Status storePage(const wire::FeedPage &page, SyncReport &report, QStringList &touched);
    Status updateShadowAfterPush(const JournalOperation &op, qint64 version);
    Result<bool> isDraft(const QString &iri);

    Replica &m_replica;
    SyncStore m_store;
    QList<QSslCertificate> m_ca;
    int m_pageSize = 2000;
    int m_pushBatch = 1000;
    int m_timeoutMs = 30000;
    bool m_findNotices = false; // not during the first sync, which brings everything
    qint64 m_chunkSize = 1024 * 1024;
    // Shared with the sync's hub clients; cleared when a sync starts.
    const std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};

} // namespace pes::sync
