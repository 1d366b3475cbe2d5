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

QByteArray FaultProxy::spend(const QByteArray &data)
{
    if (m_budget < 0)
        return data;
    const qint64 allowed = qMin<qint64>(m_budget, data.size());
    m_budget -= allowed;
    return data.left(allowed);
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_budget == 0) {
            client->abort();
            client->deleteLater();
            continue;
        }
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
        // Forwards what the byte budget allows, and cuts both sides once it is spent.
        auto forward = [=, this](QTcpSocket *to, const QByteArray &data) {
            to->write(spend(data));
            if (m_budget == 0) { // cut once the event loop has sent what the budget allowed
                to->flush();
                QTimer::singleShot(0, this, closeBoth);
            }
        };
        connect(client, &QTcpSocket::readyRead, upstream, [=] {
            if (in && out)
                forward(out, in->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream, [=] {
            if (in && out)
                forward(out, in->readAll());
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
                forward(in, answer);
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
