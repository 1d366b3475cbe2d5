// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileserver.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

TileServer::TileServer(QColor colour, QObject *parent)
    : QObject(parent)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer(&m_png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

QString TileServer::urlTemplate() const
{
    return QString(u"http://127.0.0.1:%1/%z/%x/%y.png"_s).arg(m_server.serverPort());
}

void TileServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket->property("answered").toBool())
            return;
        const QByteArray head = socket->peek(8192);
        if (!head.contains("\r\n\r\n"))
            return;
        socket->setProperty("answered", true);
        socket->readAll();
        const auto match = QRegularExpression(u"^GET /(\\d+)/(\\d+)/(\\d+)\\.png"_s)
                               .match(QString::fromLatin1(head));
        const auto agent =
            QRegularExpression(u"(?im)^User-Agent: *(.*?)\\r$"_s).match(QString::fromLatin1(head));
        m_userAgent = agent.captured(1).toLatin1();
        const QString tile = match.hasMatch()
                                 ? QString(u"%1/%2/%3"_s)
                                       .arg(match.captured(1), match.captured(2), match.captured(3))
                                 : QString();

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_lastStart >= 0 && (m_shortestGap < 0 || now - m_lastStart < m_shortestGap))
            m_shortestGap = now - m_lastStart;
        m_lastStart = now;
        ++m_total;
        ++m_requests[tile];
        m_mostConcurrent = std::max(m_mostConcurrent, ++m_open);

        const Behaviour behaviour = m_behaviours.value(tile, Behaviour::Normal);
        const int delay =
            behaviour == Behaviour::SlowOnce && m_requests.value(tile) == 1 ? slowMs : m_delayMs;
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(delay, this, [this, guarded, tile] {
            --m_open;
            if (guarded)
                answer(guarded, tile);
        });
    });
}

void TileServer::answer(QTcpSocket *socket, const QString &tile)
{
    const Behaviour behaviour = m_behaviours.value(tile, Behaviour::Normal);
    const bool first = m_requests.value(tile) == 1;
    if (tile.isEmpty() || behaviour == Behaviour::Missing) {
        socket->write(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
    } else if (behaviour == Behaviour::ServerErrorOnce && first) {
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 4\r\nConnection: "
                      "close\r\n\r\nbusy");
    } else {
        const bool cut =
            behaviour == Behaviour::CutOff || (behaviour == Behaviour::CutOffOnce && first);
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(m_png.size()) + "\r\n\r\n");
        socket->write(cut ? m_png.left(m_png.size() / 2) : m_png);
    }
    socket->flush();
    socket->disconnectFromHost();
}
