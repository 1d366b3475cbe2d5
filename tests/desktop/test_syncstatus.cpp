// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's sync status against a real pes-hub on loopback: a replica
// without a hub works offline, a sync brings pending changes to zero and
// records the success, an unreachable hub becomes an error in plain words,
// and the records a background sync brings are announced to the session.
#include "conflictlistmodel.h"
#include "engine/syncengine.h"
#include "hubfixture.h"
#include "noticelistmodel.h"
#include "replicasession.h"
#include "syncstatus.h"

#include <QJsonArray>
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
    void settleFromTheModel();
    void noticesAfterABackgroundSync();
    void sessionHearsOfRecordsABackgroundSyncBrings();
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
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    const QString token = hub.createToken(network, u"desktop"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(hub.start());
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
    // A draft never leaves the device, so it is not a change to send.
    QVERIFY(device.replica->create(Kind::Exchange, {{u"title"_s, u"Local à partager"_s},
                                                    {u"way"_s, u"offer"_s},
                                                    {u"type"_s, u"premises"_s},
                                                    {u"status"_s, u"draft"_s}}));
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
    // The status line says it in the interface's words; the engine's sentence,
    // with the address, is kept for the tooltip.
    QVERIFY2(status.lastError().contains(u"cannot be reached"_s), qPrintable(status.lastError()));
    QVERIFY(status.problemText().startsWith(u"the hub cannot be reached"_s));
    QVERIFY(status.summary().contains(status.problemText()));
}

// Two devices change the same name offline; the second one settles the
// conflict from the model with a new value, which reaches the first one.
void TestSyncStatus::settleFromTheModel()
{
    QTemporaryDir dir;
    HubProcess hub(dir.filePath(u"hub"_s));
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    const QString tokenOne = hub.createToken(network, u"one"_s);
    const QString tokenTwo = hub.createToken(network, u"two"_s);
    QVERIFY(hub.start());
    Device one = makeDevice(dir.path(), u"one"_s, network, hub.url(), tokenOne);
    Device two = makeDevice(dir.path(), u"two"_s, network, hub.url(), tokenTwo);
    auto iri = one.replica->create(Kind::Organisation, {{u"name"_s, u"Alpha"_s}});
    QVERIFY(iri);
    QVERIFY(sync::SyncEngine(*one.replica).sync());
    QVERIFY(sync::SyncEngine(*two.replica).sync());
    QVERIFY(one.replica->update(*iri, {{u"name"_s, u"Alpha (un)"_s}}));
    QVERIFY(two.replica->update(*iri, {{u"name"_s, u"Alpha (deux)"_s}}));
    QVERIFY(sync::SyncEngine(*one.replica).sync());
    auto report = sync::SyncEngine(*two.replica).sync();
    QVERIFY(report);
    QCOMPARE(report->openConflicts, 1);
    two.replica.reset();

    desktop::ReplicaSession session;
    QVERIFY(session.openReplica(two.path));
    desktop::ConflictListModel conflicts;
    conflicts.setSession(&session);
    QCOMPARE(conflicts.rowCount(), 1);
    const QModelIndex first = conflicts.index(0, 0);
    QCOMPARE(first.data(desktop::ConflictListModel::FieldRole).toString(), u"name"_s);
    QCOMPARE(first.data(desktop::ConflictListModel::MineRole).toString(), u"Alpha (deux)"_s);
    QCOMPARE(first.data(desktop::ConflictListModel::TheirsRole).toString(), u"Alpha (un)"_s);
    QCOMPARE(first.data(desktop::ConflictListModel::BaseRole).toString(), u"Alpha"_s);
    QVERIFY(!conflicts.settle(5, desktop::ConflictListModel::Mine));
    QVERIFY(!conflicts.errorMessage().isEmpty());
    QVERIFY(conflicts.settle(0, desktop::ConflictListModel::Edited, u"Alpha (ensemble)"_s));
    QCOMPARE(conflicts.rowCount(), 0);
    QCOMPARE(session.replica()->record(*iri)->fields.value(u"name"_s).toString(),
             u"Alpha (ensemble)"_s);

    // The decision travels: the other device receives it at its next sync.
    QVERIFY(sync::SyncEngine(*session.replica()).sync());
    auto last = sync::SyncEngine(*one.replica).sync();
    QVERIFY(last);
    QCOMPARE(last->openConflicts, 0);
    QCOMPARE(one.replica->record(*iri)->fields.value(u"name"_s).toString(), u"Alpha (ensemble)"_s);
}

// Another network publishes a need that matches one of ours: after the app's
// background sync, the notices model lists it, and reading it empties the list.
void TestSyncStatus::noticesAfterABackgroundSync()
{
    QTemporaryDir dir;
    const QString other = u"https://autre.example.org"_s;
    HubProcess hub(dir.filePath(u"hub"_s));
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    QVERIFY(!hub.addNetwork(other, u"Autre"_s).isEmpty());
    const QString ours = hub.createToken(network, u"office"_s);
    const QString theirs = hub.createToken(other, u"theirs"_s);
    QVERIFY(hub.start());
    Device office = makeDevice(dir.path(), u"office"_s, network, hub.url(), ours);
    Device elsewhere = makeDevice(dir.path(), u"elsewhere"_s, other, hub.url(), theirs);
    auto tag = office.replica->create(Kind::Tag, {{u"label"_s, u"Compostage"_s}});
    QVERIFY(tag);
    QVERIFY(office.replica->create(Kind::Organisation,
                                   {{u"name"_s, u"Compost'Ô"_s}, {u"tags"_s, QJsonArray{*tag}}}));
    QVERIFY(sync::SyncEngine(*office.replica).sync());
    QVERIFY(sync::SyncEngine(*elsewhere.replica).sync());
    QVERIFY(elsewhere.replica->create(Kind::Exchange, {{u"title"_s, u"Composteur collectif"_s},
                                                       {u"way"_s, u"need"_s},
                                                       {u"type"_s, u"skill"_s},
                                                       {u"tags"_s, QJsonArray{*tag}}}));
    QVERIFY(sync::SyncEngine(*elsewhere.replica).sync());
    office.replica.reset();

    desktop::ReplicaSession session;
    QVERIFY(session.openReplica(office.path));
    desktop::NoticeListModel notices;
    notices.setSession(&session);
    QCOMPARE(notices.rowCount(), 0);

    desktop::SyncStatus status;
    QSignalSpy synced(&status, &desktop::SyncStatus::synced);
    connect(&status, &desktop::SyncStatus::synced, &notices, &desktop::NoticeListModel::reload);
    status.open(office.path);
    QVERIFY(synced.wait(30000));
    QTRY_COMPARE(notices.rowCount(), 1);
    const QModelIndex first = notices.index(0, 0);
    QCOMPARE(first.data(desktop::NoticeListModel::NeedTitleRole).toString(),
             u"Composteur collectif"_s);
    QCOMPARE(first.data(desktop::NoticeListModel::MatchTitleRole).toString(), u"Compost'Ô"_s);
    QCOMPARE(first.data(desktop::NoticeListModel::ReasonRole).toString(), u"tag"_s);
    QCOMPARE(first.data(desktop::NoticeListModel::DetailRole).toString(), u"Compostage"_s);
    QCOMPARE(first.data(desktop::NoticeListModel::NeedNetworkRole).toString(), other);
    notices.markRead(0);
    QCOMPARE(notices.rowCount(), 0);
}

void TestSyncStatus::sessionHearsOfRecordsABackgroundSyncBrings()
{
    QTemporaryDir dir;
    HubProcess hub(dir.filePath(u"hub"_s));
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    const QString officeToken = hub.createToken(network, u"office"_s);
    const QString fieldToken = hub.createToken(network, u"field"_s);
    QVERIFY(hub.start());
    Device office = makeDevice(dir.path(), u"office"_s, network, hub.url(), officeToken);
    Device field = makeDevice(dir.path(), u"field"_s, network, hub.url(), fieldToken);
    auto iri = field.replica->create(Kind::Organisation, {{u"name"_s, u"Épicerie du Panier"_s}});
    QVERIFY(iri);
    QVERIFY(sync::SyncEngine(*field.replica).sync());
    office.replica.reset();

    // The app's session and its sync status, as main() wires them: the sync
    // writes through its own connection, and the session's views must hear of it.
    desktop::ReplicaSession session;
    QVERIFY(session.openReplica(office.path));
    QSignalSpy changed(&session, &desktop::ReplicaSession::recordsChanged);
    desktop::SyncStatus status;
    QSignalSpy synced(&status, &desktop::SyncStatus::synced);
    status.follow(&session);
    QVERIFY(synced.wait(30000));
    QTRY_VERIFY(!changed.isEmpty());
    QStringList announced;
    for (const QList<QVariant> &arguments : std::as_const(changed))
        announced += arguments.at(0).toStringList();
    QVERIFY2(announced.contains(*iri), qPrintable(announced.join(u", "_s)));
    QCOMPARE(session.recordTitle(*iri), u"Épicerie du Panier"_s);
}

QTEST_MAIN(TestSyncStatus)
#include "test_syncstatus.moc"
