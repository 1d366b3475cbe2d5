// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

// The hub's HTTP interface, independent of the server that carries it:
// routing, bearer-token authentication, limits, content negotiation, and
// errors as a status with a sentence. See docs/sync-protocol.md.
class HubService
{
public:
    HubService(HubStore &store, HubLimits limits = {})
        : m_store(store)
        , m_limits(limits)
    {
    }

    HubResponse handle(const HubRequest &request);

private:
    Result<Device> authenticate(const HubRequest &request);
    HubResponse push(const Device &device, const HubRequest &request);
    HubResponse feed(const Device &device, const HubRequest &request);
    HubResponse linkedData(const HubRequest &request);
    HubResponse dump(const HubRequest &request);

    HubStore &m_store;
    HubLimits m_limits;
};

} // namespace pes::hub
