// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentstore.h"
#include "blobaccess.h"
#include "hubstore.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace pes::hub {

struct HubRequest
{
    QByteArray method; // GET, POST...
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray accept;
    QByteArray contentType;
    QByteArray range;        // Range, for blob downloads
    QByteArray contentRange; // Content-Range, for blob uploads in pieces
    QByteArray body;
    QString peer;
};

struct HubResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct HubLimits
{
    qsizetype maxBody = 16 * 1024 * 1024; // a larger request gets 413
    int pageSize = 2000;                  // records per feed page, at most
    qint64 maxBlob = 256 * 1024 * 1024;   // the largest attachment blob, in bytes
};

// A response with a status and a sentence; a storage failure logged and answered with 500.
HubResponse message(int status, const QString &text);
HubResponse storageFailure(const Error &error);

// The hub's HTTP interface, independent of the server that carries it:
// routing, bearer-token authentication, limits, content negotiation, and
// errors as a status with a sentence. See docs/sync-protocol.md.
class HubService
{
public:
    HubService(HubStore &store, HubLimits limits = {})
        : m_store(store)
        , m_limits(limits)
        , m_blobs(store.dataDir() + QStringLiteral("/blobs"))
        , m_blobAccess(store)
    {
    }

    HubResponse handle(const HubRequest &request);

private:
    Result<Device> authenticate(const HubRequest &request);
    HubResponse push(const Device &device, const HubRequest &request);
    HubResponse feed(const Device &device, const HubRequest &request);
    HubResponse linkedData(const HubRequest &request);
    HubResponse dump(const HubRequest &request);
    // Attachment blobs (hubblobs.cpp): /sync/v1/blobs/...
    HubResponse blobs(const Device &device, const HubRequest &request);
    HubResponse missingBlobs(const HubRequest &request);
    HubResponse blobStatus(const QString &hash);
    // Nothing when the device may go on; otherwise the answer (404 or 403).
    std::optional<HubResponse> refuseBlob(const Device &device, const QString &hash, bool writing);
    HubResponse uploadBlob(const Device &device, const QString &hash, const HubRequest &request);
    HubResponse downloadBlob(const QString &hash, const HubRequest &request);

    HubStore &m_store;
    HubLimits m_limits;
    AttachmentStore m_blobs;
    BlobAccess m_blobAccess;
};

} // namespace pes::hub
