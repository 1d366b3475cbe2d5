// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QObject>
#include <QTcpServer>

// A small HTTP/1.1 tile server on loopback for the tile tests: it serves real
// 256-pixel PNGs at /<z>/<x>/<y>.png and can be told to misbehave for a tile
// (missing, slow, cut off mid-transfer, server error), and counts requests.
class TileServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Normal,
        Missing,         // 404
        CutOff,          // full Content-Length, half the body, then the socket closes
        CutOffOnce,      // cut off the first time, normal afterwards
        ServerErrorOnce, // 503 the first time
        SlowOnce,        // the first answer waits slowMs before anything is sent
    };

    explicit TileServer(QColor colour = Qt::red, QObject *parent = nullptr);

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    void close() { m_server.close(); }
    QString urlTemplate() const;

    void setBehaviour(const QString &tile, Behaviour behaviour)
    {
        m_behaviours.insert(tile, behaviour);
    }
    void setDelay(int ms) { m_delayMs = ms; }
    int slowMs = 3000;

    // Requests seen for a tile "z/x/y", and in all.
    int requests(const QString &tile) const { return m_requests.value(tile); }
    int requests() const { return m_total; }
    int mostConcurrent() const { return m_mostConcurrent; }
    qint64 shortestGapMs() const { return m_shortestGap; }
    QByteArray lastUserAgent() const { return m_userAgent; }
    QByteArray png() const { return m_png; }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &tile);

    QTcpServer m_server;
    QByteArray m_png;
    QHash<QString, Behaviour> m_behaviours;
    QHash<QString, int> m_requests;
    int m_total = 0;
    int m_delayMs = 0;
    int m_open = 0;
    int m_mostConcurrent = 0;
    qint64 m_lastStart = -1;
    qint64 m_shortestGap = -1;
    QByteArray m_userAgent;
};
