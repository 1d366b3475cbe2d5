// SPDX-License-Identifier: GPL-3.0-or-later
// When a device syncs, against a real pes-hub on loopback: the scheduler backs
// off on failures and stops on permanent ones, syncs only on request when
// automatic sync is off, and a sync stopped mid-way keeps what it had.
#include "engine/syncengine.h"
#include "engine/syncscheduler.h"
#include "engine/syncstore.h"
#include "hubfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString networkA = u"https://reseau-a.example.org"_s;

sync::SyncReport syncOk(Device &device)
{
    auto report = sync::SyncEngine(*device.replica).sync();
    if (!report)
        qWarning() << "sync failed:" << report.error().message;
    return report.value_or(sync::SyncReport{-1});
}

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QTemporaryDir folder;
        std::unique_ptr<HubProcess> hub;
        QString tokenA1;
    };
    std::unique_ptr<World> makeWorld()
    {
        auto world = std::make_unique<World>();
        world->hub = std::make_unique<HubProcess>(world->folder.path() + u"/hub"_s);
        if (world->hub->addNetwork(networkA, u"Réseau A"_s).isEmpty())
            return {};
        world->tokenA1 = world->hub->createToken(networkA, u"a1"_s);
        if (!world->hub->start())
            return {};
        return world;
    }

private Q_SLOTS:
    void schedulerBacksOffThenStopsOnPermanentErrors()
    {
        auto world = makeWorld();
        QVERIFY(world);
        QTcpServer probe; // a port where nothing listens
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl nowhere(u"http://127.0.0.1"_s);
        nowhere.setPort(probe.serverPort());
        probe.close();
        Device a1 = makeDevice(world->folder.path(), u"a1"_s, networkA, nowhere, world->tokenA1);
        sync::SyncEngine engine(*a1.replica);
        sync::SyncScheduler scheduler(engine, 60000);
        scheduler.setBackoff(sync::Backoff(2000, 8000, 7));
        QSignalSpy finished(&scheduler, &sync::SyncScheduler::syncFinished);
        scheduler.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(scheduler.lastError().contains(u"cannot be reached"_s));
        QVERIFY(scheduler.nextAttemptInMs() >= 900 && scheduler.nextAttemptInMs() <= 2000);
        QVERIFY(finished.wait(10000)); // retried on its own, waiting longer
        QVERIFY(scheduler.nextAttemptInMs() >= 1900 && scheduler.nextAttemptInMs() <= 4000);

        // The hub comes back but the token is wrong: retrying cannot help.
        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), u"pes1.wrong"_s));
        scheduler.syncNow();
        QVERIFY(finished.wait(10000));
        QVERIFY(scheduler.isWaitingForUser());
        QCOMPARE(scheduler.nextAttemptInMs(), -1);

        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), world->tokenA1));
        scheduler.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(scheduler.lastSuccess().isValid());
        QVERIFY(scheduler.nextAttemptInMs() > 50000);
    }

    void schedulerWithAutomaticSyncOffSyncsOnlyWhenAsked()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Device a1 =
            makeDevice(world->folder.path(), u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        QVERIFY(a1.replica->create(Kind::Organisation, {{u"name"_s, u"Alpha"_s}}));
        sync::SyncEngine engine(*a1.replica);
        sync::SyncScheduler scheduler(engine, 60000);
        scheduler.setBackoff(sync::Backoff(2000, 8000, 7));
        QSignalSpy finished(&scheduler, &sync::SyncScheduler::syncFinished);

        scheduler.setAutomatic(false);
        scheduler.start();
        QCOMPARE(scheduler.nextAttemptInMs(), -1); // nothing planned, not even a first sync

        scheduler.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(scheduler.nextAttemptInMs(), -1); // no next one after a success

        // A failure is reported, and not retried on its own.
        world->hub->kill();
        QVERIFY(a1.replica->create(Kind::Organisation, {{u"name"_s, u"Beta"_s}}));
        scheduler.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(!scheduler.lastError().isEmpty());
        QVERIFY(!scheduler.isWaitingForUser());
        QCOMPARE(scheduler.nextAttemptInMs(), -1);

        // Turned on again: the next sync is an interval after the last success
        // (a coarse timer may be up to 5 % late).
        scheduler.setAutomatic(true);
        const qint64 next = scheduler.nextAttemptInMs();
        QVERIFY2(next > 50000 && next <= 63000, qPrintable(QString::number(next)));
        scheduler.setInterval(10000);
        QVERIFY(scheduler.nextAttemptInMs() <= 10500);
        scheduler.setAutomatic(false);
        QCOMPARE(scheduler.nextAttemptInMs(), -1);
    }

    void stoppingASyncEndsItAndKeepsTheChanges()
    {
        auto world = makeWorld();
        QVERIFY(world);
        // A "hub" that takes the request and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> waiting;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                waiting.append(socket);
        });
        QUrl stalled(u"http://127.0.0.1"_s);
        stalled.setPort(silent.serverPort());
        Device a1 = makeDevice(world->folder.path(), u"a1"_s, networkA, stalled, world->tokenA1);
        auto iri = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Alpha"_s}});
        QVERIFY(iri);

        sync::SyncEngine engine(*a1.replica);
        engine.setTimeout(120000);
        // Stopped from another thread while the sync waits for the hub.
        std::unique_ptr<QThread> stopper(QThread::create([&] {
            QThread::msleep(300);
            engine.stop();
        }));
        stopper->start();
        const auto result = engine.sync();
        stopper->wait();
        QVERIFY(!result);
        QCOMPARE(result.error().problem, sync::SyncProblem::Stopped);
        QVERIFY(!result.error().permanent());
        QVERIFY(!waiting.isEmpty()); // it was waiting for the hub's answer
        sync::SyncStore store(a1.replica->database());
        QCOMPARE(store.sendableCount().value_or(-1), 1);

        // The next sync, with the real hub, sends the change once.
        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), world->tokenA1));
        QCOMPARE(syncOk(a1).applied, 1);
        QCOMPARE(store.sendableCount().value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "test_syncscheduler.moc"
