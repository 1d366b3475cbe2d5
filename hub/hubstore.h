// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "storage/sqlite.h"
#include "wire/messages.h"

#include <QLoggingCategory>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace pes::hub {

// A device allowed to sync, as found from its bearer token.
struct Device
{
    qint64 id = 0;
    QString name;
    QString network; // the network's IRI, also its base IRI
};

struct NetworkRow
{
    QString iri;
    QString name;
    int devices = 0; // with a token that is not revoked
};

// The hub's storage: networks, device tokens (hashed), the current state of
// every record with a per-field version, the history of applied operations
// and the refusals. One SQLite file, hub.sqlite, in the data folder; WAL and
// synchronous=FULL, so an acknowledged write survives kill -9.
class HubStore
{
public:
    static Result<std::unique_ptr<HubStore>> open(const QString &dataDir);

    Status addNetwork(const QString &iri, const QString &name);
    Result<QList<NetworkRow>> networks();
    // Creates a device and returns its bearer token, which is stored hashed only.
    Result<QString> createToken(const QString &network, const QString &device);
    // Revokes every token of the device; returns how many.
    Result<int> revokeTokens(const QString &network, const QString &device);
    // The device holding this token, or nothing for an unknown or revoked one.
    Result<std::optional<Device>> authenticate(const QString &token);

    // Applies a push in one transaction (hubpush.cpp). Replayed operations
    // (known op ids) are answered as before and never applied twice.
    Result<wire::PushResponse> push(const Device &device,
                                    const QList<wire::PushOperation> &operations);
    // The records changed after `after` that the network may see, in sequence order.
    Result<wire::FeedPage> feed(const QString &network, qint64 after, int limit);
    // Public records: one by the path of its IRI, or all of them (the dump).
    Result<std::optional<wire::RemoteRecord>> publicRecord(const QString &path);
    Result<QList<wire::RemoteRecord>> publicRecords();

    sql::Database &database() { return m_db; }
    // The data folder; attachment blobs live in its "blobs" folder.
    QString dataDir() const { return m_dataDir; }

private:
    HubStore() = default;
    Status migrate();
    Result<std::optional<wire::RemoteRecord>> loadRecord(const QString &iri,
                                                         QJsonObject *fieldVersions = nullptr,
                                                         bool *sharedOnce = nullptr);
    Result<QList<wire::RemoteRecord>> selectRecords(const QString &where,
                                                    const QVariantList &bindings);
    Result<qint64> nextSequence();

    struct PushState;
    Status applyOperation(PushState &state, const Device &device, const wire::PushOperation &op);

    sql::Database m_db;
    QString m_dataDir;
};

QString hashToken(const QString &token);

} // namespace pes::hub
