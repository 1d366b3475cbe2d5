// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubstore.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace pes::hub {

struct MirrorOptions
{
    QUrl updateEndpoint;      // a SPARQL 1.1 Update endpoint, e.g. http://host:7878/update
    QByteArray authorization; // sent as the Authorization header when not empty
    int batchSize = 200;      // records per update request
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::milliseconds maxRetryDelay{60000};
};

// Keeps a SPARQL store in step with the hub's public records.
//
// Each public record lives in a named graph named by its IRI; a change
// replaces the graph, a deletion or a record that stops being public drops it.
// The mirror walks the hub's change sequence from a cursor kept in hub.sqlite,
// so a store that is down or a hub that restarts loses nothing: the mirror
// retries with a growing delay and catches up from where it stopped. Updates
// are idempotent, so sending a batch twice is harmless.
class SparqlMirror : public QObject
{
    Q_OBJECT
public:
    SparqlMirror(HubStore &store, MirrorOptions options, QObject *parent = nullptr);

    // Starts catching up, then follows new changes. Resets the cursor when the
    // endpoint is not the one the cursor was kept for.
    Status start();

    // The SPARQL Update request that brings these records' graphs up to date.
    static Result<QByteArray> updateRequest(const QList<wire::RemoteRecord> &records);

    static inline const QString cursorKey = QStringLiteral("mirror.sequence");
    static inline const QString endpointKey = QStringLiteral("mirror.endpoint");

Q_SIGNALS:
    // Every change up to this sequence is in the store.
    void caughtUp(qint64 sequence);

private:
    void step();
    void scheduleRetry(const QString &reason);

    HubStore &m_store;
    MirrorOptions m_options;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    std::chrono::milliseconds m_retryDelay{0};
    bool m_busy = false;
};

} // namespace pes::hub
