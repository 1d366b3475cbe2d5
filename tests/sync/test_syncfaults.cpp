// SPDX-License-Identifier: GPL-3.0-or-later
// Sync under faults: a proxy drops, delays, truncates and resets connections;
// `pes sync` processes and the hub are killed with SIGKILL at random moments.
// Afterwards every operation recorded on a device is in the hub's history
// exactly once, nothing is pending or stuck, and the replicas converge.
#include "engine/syncengine.h"
#include "faultproxy.h"
#include "hubfixture.h"
#include "storage/sqlite.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString networkA = u"https://reseau-a.example.org"_s;
const QString networkB = u"https://reseau-b.example.org"_s;

QSet<QString> column(sql::Database &db, const QString &sql)
{
    QSet<QString> values;
    auto select = db.prepare(sql);
    if (!select)
        return values;
    sql::Query query(**select);
    while (query->next().value_or(false))
        values.insert(query->text(0));
    return values;
}

QStringList visibleTo(const QString &network, const QStringList &lines)
{
    QStringList visible;
    for (const QString &line : lines) {
        const QStringList parts = line.split(u' ');
        if (parts.value(2) == network || parts.value(3) != u"network")
            visible.append(line);
    }
    return visible;
}

QStringList ownedBy(const QString &network, const QStringList &lines)
{
    QStringList owned;
    for (const QString &line : lines) {
        if (line.split(u' ').value(2) == network)
            owned.append(line);
    }
    return owned;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactlyOnceAndConvergenceUnderFaults()
    {
        const int iterations = qEnvironmentVariableIntValue("PES_FAULT_ITERATIONS") > 0
                                   ? qEnvironmentVariableIntValue("PES_FAULT_ITERATIONS")
                                   : 60;
        QTemporaryDir folder;
        HubProcess hub(folder.path() + u"/hub"_s);
        QVERIFY(!hub.addNetwork(networkA, u"A"_s).isEmpty());
        QVERIFY(!hub.addNetwork(networkB, u"B"_s).isEmpty());
        const QStringList tokens{hub.createToken(networkA, u"a1"_s),
                                 hub.createToken(networkA, u"a2"_s),
                                 hub.createToken(networkB, u"b1"_s)};
        QVERIFY(hub.start());
        FaultProxy proxy(quint16(hub.url().port()), 20261203);
        QUrl viaProxy(u"http://127.0.0.1"_s);
        viaProxy.setPort(proxy.port());

        std::vector<Device> devices;
        devices.push_back(makeDevice(folder.path(), u"a1"_s, networkA, viaProxy, tokens[0]));
        devices.push_back(makeDevice(folder.path(), u"a2"_s, networkA, viaProxy, tokens[1]));
        devices.push_back(makeDevice(folder.path(), u"b1"_s, networkB, viaProxy, tokens[2]));
        QList<QStringList> own(3);
        QRandomGenerator random(4242);
        int hubKills = 0, clientKills = 0;

        auto runKilledSync = [&](Device &device, bool killHub) {
            QProcess process;
            process.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                          {u"--replica"_s, device.path, u"sync"_s});
            QVERIFY(process.waitForStarted());
            QTest::qWait(int(random.bounded(20, 400)));
            if (killHub) {
                hub.kill();
                ++hubKills;
            } else if (process.state() != QProcess::NotRunning) {
                process.kill();
                ++clientKills;
            }
            for (int i = 0; i < 1500 && process.state() != QProcess::NotRunning; ++i)
                QTest::qWait(20);
            QCOMPARE(process.state(), QProcess::NotRunning);
            if (killHub) {
                QVERIFY(hub.start());
                proxy.setTarget(quint16(hub.url().port()));
            }
        };

        for (int i = 0; i < iterations; ++i) {
            const int which = int(random.bounded(3));
            Device &device = devices[which];
            const int edits = 1 + int(random.bounded(3));
            for (int k = 0; k < edits; ++k) {
                if (own[which].isEmpty() || random.bounded(3) == 0) {
                    const Visibility visibility =
                        std::array{Visibility::Public, Visibility::Shared,
                                   Visibility::Network}[random.bounded(3)];
                    auto iri = device.replica->create(
                        Kind::Organisation, {{u"name"_s, u"Structure %1-%2"_s.arg(i).arg(k)}},
                        {visibility});
                    QVERIFY(iri);
                    own[which].append(*iri);
                } else {
                    const QString &iri = own[which].at(random.bounded(own[which].size()));
                    QVERIFY(device.replica->update(
                        iri, {{u"description"_s, u"Édition %1-%2"_s.arg(i).arg(k)}}));
                }
            }
            const int action = int(random.bounded(10));
            if (action == 0) {
                runKilledSync(device, true);
            } else if (action <= 3) {
                runKilledSync(device, false);
            } else {
                sync::SyncEngine engine(*device.replica);
                engine.setTimeout(3000);
                engine.setPageSize(int(random.bounded(1, 20)));
                (void)engine.sync(); // failures are expected here
            }
        }

        // The network heals: every device syncs until nothing moves.
        proxy.setFaulty(false);
        for (int round = 0; round < 3; ++round) {
            for (Device &device : devices) {
                sync::SyncEngine engine(*device.replica);
                auto report = engine.sync();
                QVERIFY2(report, report ? "" : qPrintable(report.error().message));
                QCOMPARE(report->openConflicts, 0);
                QCOMPARE(report->refused, 0);
            }
        }

        // Exactly once: the hub's history holds every operation of every device, once.
        sql::Database hubDb;
        QVERIFY(hubDb.open(hub.dataDir() + u"/hub.sqlite"_s, sql::Database::Mode::ReadOnly));
        const QSet<QString> history = column(hubDb, u"SELECT op_id FROM history"_s);
        QCOMPARE(hubDb.scalar(u"SELECT count(*) FROM history"_s)->toLongLong(), history.size());
        QSet<QString> journalled;
        for (Device &device : devices) {
            journalled += column(device.replica->database(), u"SELECT op_id FROM operation"_s);
            QCOMPARE(device.replica->database()
                         .scalar(u"SELECT count(*) FROM operation WHERE synced != 1"_s)
                         ->toLongLong(),
                     0);
        }
        QCOMPARE(history, journalled);
        qsizetype created = 0;
        for (const QStringList &records : own)
            created += records.size();
        QCOMPARE(hubDb.scalar(u"SELECT count(*) FROM record"_s)->toLongLong(), created);

        // Convergence.
        const QStringList truth = ownedBy(networkA, canonicalRecords(*devices[0].replica)) +
                                  ownedBy(networkB, canonicalRecords(*devices[2].replica));
        QCOMPARE(truth.size(), created);
        QCOMPARE(canonicalRecords(*devices[0].replica), canonicalRecords(*devices[1].replica));
        QCOMPARE(canonicalRecords(*devices[0].replica), visibleTo(networkA, truth));
        QCOMPARE(canonicalRecords(*devices[2].replica), visibleTo(networkB, truth));

        qInfo() << "iterations" << iterations << "operations" << history.size() << "hub kills"
                << hubKills << "client kills" << clientKills << "dropped"
                << proxy.count(FaultProxy::Fault::Drop) << "delayed"
                << proxy.count(FaultProxy::Fault::Delay) << "truncated"
                << proxy.count(FaultProxy::Fault::Truncate) << "answers lost"
                << proxy.count(FaultProxy::Fault::LoseAnswer);
        QVERIFY(hubKills > 0 && clientKills > 0);
        QVERIFY(proxy.count(FaultProxy::Fault::LoseAnswer) > 0 &&
                proxy.count(FaultProxy::Fault::Truncate) > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_syncfaults.moc"
