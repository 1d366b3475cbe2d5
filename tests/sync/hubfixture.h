// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replica/replica.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace pes::test {

// A real pes-hub process on a free loopback port, with its data in a folder
// that outlives restarts (so a hub can be killed and started again).
class HubProcess
{
public:
    explicit HubProcess(const QString &dataDir, const QStringList &extraArguments = {});
    ~HubProcess();

    bool start(); // waits until it listens
    void kill();  // SIGKILL, no chance to clean up
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dataDir; }

    // Runs `pes-hub ARGS --data DIR` and returns its standard output (empty on failure).
    QString admin(const QStringList &arguments) const;
    QString addNetwork(const QString &iri, const QString &name) const;
    QString createToken(const QString &network, const QString &device) const;

private:
    QString m_dataDir;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

// A device: a replica file of a network, configured to sync with a hub.
struct Device
{
    std::unique_ptr<Replica> replica;
    QString path;
};
Device makeDevice(const QString &folder, const QString &name, const QString &networkIri,
                  const QUrl &hub, const QString &token);

// The live records of a replica as sorted lines "iri kind network visibility fields-json".
QStringList canonicalRecords(Replica &replica);

// A plain HTTP request to the hub: status and body.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};
HttpAnswer http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {});

} // namespace pes::test
