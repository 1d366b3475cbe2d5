// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's sync status against a real pes-hub on loopback: a replica
// without a hub works offline, a sync brings pending changes to zero and
// records the success, an unreachable hub becomes an error in plain words.
#include "hubfixture.h"
#include "syncstatus.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {
const QString network = u"https://reseau.example.org"_s;
}

class TestSyncStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void offlineWithoutHub();
    void syncSucceedsThenFails();
};

void TestSyncStatus::offlineWithoutHub()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alone.sqlite"_s);
    auto replica = Replica::create(path, {network, u"Réseau"_s});
    QVERIFY(replica);
    QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Seule"_s}}));

    desktop::SyncStatus status;
    QSignalSpy changed(&status, &desktop::SyncStatus::changed);
    status.open(path);
    QVERIFY(changed.wait(10000));
    QVERIFY(!status.configured());
    QVERIFY(!status.syncing());
    QVERIFY(status.pending() >= 1);
    QVERIFY(status.lastError().isEmpty());
    QVERIFY(!status.summary().isEmpty());
}

void TestSyncStatus::syncSucceedsThenFails()
{
    QTemporaryDir dir;
    HubProcess hub(dir.filePath(u"hub"_s));
    QVERIFY(hub.start());
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    const QString token = hub.createToken(network, u"desktop"_s);
    QVERIFY(!token.isEmpty());
    Device device = makeDevice(dir.path(), u"desktop"_s, network, hub.url(), token);
    QVERIFY(device.replica->create(Kind::Organisation, {{u"name"_s, u"Alpha"_s}}));
    QVERIFY(device.replica->create(Kind::Organisation, {{u"name"_s, u"Beta"_s}}));

    desktop::SyncStatus status;
    QSignalSpy synced(&status, &desktop::SyncStatus::synced);
    status.open(device.path); // a first sync starts at once
    QVERIFY(synced.wait(30000));
    QTRY_VERIFY(!status.syncing());
    QVERIFY(status.configured());
    QCOMPARE(status.lastError(), QString());
    QVERIFY(status.lastSuccess().isValid());
    QCOMPARE(status.pending(), qint64(0));
    QCOMPARE(status.openConflicts(), 0);

    // A new change is pending until "Sync now" sends it.
    QVERIFY(device.replica->create(Kind::Organisation, {{u"name"_s, u"Gamma"_s}}));
    status.syncNow();
    QVERIFY(synced.wait(30000));
    QTRY_VERIFY(!status.syncing());
    QCOMPARE(status.pending(), qint64(0));

    // The hub goes away: the change stays pending and the error says why.
    hub.kill();
    QVERIFY(device.replica->create(Kind::Organisation, {{u"name"_s, u"Delta"_s}}));
    status.syncNow();
    QVERIFY(synced.wait(60000));
    QTRY_VERIFY(!status.syncing());
    QVERIFY(!status.lastError().isEmpty());
    QVERIFY(status.pending() >= 1);
    QVERIFY(status.summary().contains(status.lastError()));
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "test_syncstatus.moc"
