// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHttpServer>
#include <QList>
#include <QString>
#include <QTcpServer>
#include <QUrl>

namespace pes::test {

// A geocoding service on a free loopback port speaking the BAN API format
// (GET /search/?q=...&limit=1), answering from words found in the query:
//   "Canebière"   a sure match (score 0.93) in Marseille
//   "Nulle part"  no feature at all
//   "Vague"       a weak match (score 0.31)
//   "Capricieuse" 503 on the first request, then a match (score 0.81)
//   "Charabia"    a body that is not JSON
//   "En panne"    503 every time
// anything else: a match (score 0.75) at a point derived from the query.
class BanServer
{
public:
    BanServer();
    bool listen();
    QUrl url() const;

    struct Request
    {
        QString query;
        qint64 at = 0; // msecs since epoch
    };
    QList<Request> requests() const { return m_requests; }
    int requestsFor(const QString &word) const;

private:
    QHttpServer m_server;
    QTcpServer *m_tcp = nullptr;
    QList<Request> m_requests;
    int m_capricious = 0;
};

} // namespace pes::test
