// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace pes::test {

FaultProxy::FaultProxy(quint16 target, quint32 seed)
    : m_target(target)
    , m_random(seed)
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::Fault FaultProxy::pick()
{
    if (!m_faulty)
        return Fault::None;
    const int roll = int(m_random.bounded(100));
    if (roll < 40)
        return Fault::None;
    if (roll < 52)
        return Fault::Drop;
    if (roll < 70)
        return Fault::Delay;
    if (roll < 82)
        return Fault::Truncate;
    return Fault::LoseAnswer;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        const Fault fault = pick();
        ++m_counts[int(fault)];
        client->setParent(this);
        if (fault == Fault::Drop) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
        const int delay = fault == Fault::Delay ? int(m_random.bounded(50, 600)) : 0;
        QPointer<QTcpSocket> in(client), out(upstream);
        auto closeBoth = [in, out] {
            if (in) {
                in->abort();
                in->deleteLater();
            }
            if (out) {
                out->abort();
                out->deleteLater();
            }
        };
        connect(client, &QTcpSocket::readyRead, upstream, [in, out] {
            if (in && out)
                out->write(in->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream, [in, out] {
            if (in && out)
                out->write(in->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [=, this] {
            if (!in || !out)
                return;
            const QByteArray answer = out->readAll();
            switch (fault) {
            case Fault::LoseAnswer:
                closeBoth();
                return;
            case Fault::Truncate:
                in->write(answer.left(answer.size() / 2));
                in->flush();
                QTimer::singleShot(10, this, closeBoth);
                return;
            case Fault::Delay:
                QTimer::singleShot(delay, this, [in, answer] {
                    if (in)
                        in->write(answer);
                });
                return;
            default:
                in->write(answer);
            }
        });
        connect(upstream, &QTcpSocket::disconnected, client, [=, this] {
            QTimer::singleShot(delay + 20, this, [in] {
                if (in) {
                    in->disconnectFromHost();
                    in->deleteLater();
                }
            });
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
                [=](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::ConnectionRefusedError) // the hub is down
                        closeBoth();
                });
        connect(client, &QTcpSocket::disconnected, upstream, [out] {
            if (out) {
                out->disconnectFromHost();
                out->deleteLater();
            }
        });
    }
}

} // namespace pes::test
