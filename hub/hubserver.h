// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hubservice.h"

#include <QHttpServer>
#include <QObject>

namespace pes::hub {

// Carries HubService over HTTP (or HTTPS with a certificate and key) with Qt HttpServer.
class HubServer : public QObject
{
    Q_OBJECT
public:
    explicit HubServer(HubService &service, QObject *parent = nullptr);

    // Listens on host:port (port 0 picks a free one); TLS when both files are given.
    Status listen(const QString &host, quint16 port, const QString &certificateFile = {},
                  const QString &keyFile = {});
    quint16 port() const { return m_port; }

private:
    HubService &m_service;
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace pes::hub
