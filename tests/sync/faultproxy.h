// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace pes::test {

// A loopback TCP proxy that damages connections at random: it drops them,
// delays them, truncates answers, or lets the request through and resets the
// connection before the answer (a lost acknowledgement). Runs in the caller's
// event loop.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, Drop, Delay, Truncate, LoseAnswer };

    FaultProxy(quint16 target, quint32 seed);
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 target) { m_target = target; }
    void setFaulty(bool faulty) { m_faulty = faulty; }
    // Forwards only this many more bytes (both ways together), then cuts every
    // connection and refuses new ones: a transfer cut at a known point.
    // A negative budget (the default) forwards everything.
    void setByteBudget(qint64 bytes) { m_budget = bytes; }
    int count(Fault fault) const { return m_counts[int(fault)]; }

private:
    void accept();
    Fault pick();
    // What of `data` the budget lets through; spends it.
    QByteArray spend(const QByteArray &data);

    QTcpServer m_server;
    quint16 m_target;
    QRandomGenerator m_random;
    bool m_faulty = true;
    qint64 m_budget = -1;
    int m_counts[5] = {};
};

} // namespace pes::test
