// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange bundles end to end: a field laptop that cannot reach the hub hands
// its work to an office machine by a file (real `pes` processes), the office
// syncs it to a real pes-hub on loopback, then the laptop syncs too. The hub
// must hold each operation once, and every replica must converge.
#include "attachments/replicaattachments.h"
#include "bundleexport.h"
#include "bundletesting.h"
#include "engine/conflicts.h"
#include "engine/syncengine.h"
#include "hubfixture.h"
#include "storage/sqlite.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString network = u"https://reseau-a.example.org"_s;

sync::SyncReport syncOk(Device &device)
{
    sync::SyncEngine engine(*device.replica);
    auto report = engine.sync();
    if (!report)
        qWarning() << "sync failed:" << report.error().message;
    return report.value_or(sync::SyncReport{-1});
}

qint64 hubCount(const QString &dataDir, const QString &sql)
{
    sql::Database db;
    if (!db.open(dataDir + u"/hub.sqlite"_s, sql::Database::Mode::ReadOnly))
        return -1;
    auto value = db.scalar(sql);
    return value ? value->toLongLong() : -1;
}

qint64 openConflicts(Replica &replica)
{
    auto count =
        replica.database().scalar(u"SELECT count(*) FROM sync_conflict WHERE resolved IS NULL"_s);
    return count ? count->toLongLong() : -1;
}

} // namespace

class TestBundleRoundTrip : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QTemporaryDir folder;
        std::unique_ptr<HubProcess> hub;
        Device laptop, office;
        QString shared; // a record both devices hold, synced
    };

    // A hub, an office and a laptop that both synced once with a shared record.
    std::unique_ptr<World> makeWorld()
    {
        auto world = std::make_unique<World>();
        world->hub = std::make_unique<HubProcess>(world->folder.path() + u"/hub"_s);
        if (world->hub->addNetwork(network, u"Réseau A"_s).isEmpty())
            return {};
        const QString laptopToken = world->hub->createToken(network, u"laptop"_s);
        const QString officeToken = world->hub->createToken(network, u"office"_s);
        if (!world->hub->start())
            return {};
        const QString dir = world->folder.path();
        world->laptop = makeDevice(dir, u"laptop"_s, network, world->hub->url(), laptopToken);
        world->office = makeDevice(dir, u"office"_s, network, world->hub->url(), officeToken);
        auto shared = world->office.replica->create(
            Kind::Organisation, {{u"name"_s, u"Épicerie solidaire"_s},
                                 {u"description"_s, u"Une épicerie associative"_s}});
        if (!shared)
            return {};
        world->shared = *shared;
        if (syncOk(world->office).pushed < 0 || syncOk(world->laptop).pulled != 1)
            return {};
        return world;
    }

private Q_SLOTS:
    void laptopWorkReachesTheHubOnce()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Replica &laptop = *world->laptop.replica;
        Replica &office = *world->office.replica;
        const QString dir = world->folder.path();

        // Offline on the laptop: two new records, an edit, a deletion.
        auto created =
            laptop.create(Kind::Organisation, {{u"name"_s, u"Recyclerie du quartier"_s}});
        QVERIFY(created);
        auto person = laptop.create(Kind::Person,
                                    {{u"givenName"_s, u"Awa"_s}, {u"familyName"_s, u"Diallo"_s}});
        QVERIFY(person);
        QVERIFY(laptop.update(world->shared, {{u"description"_s, u"Ouverte le samedi"_s}}));
        auto removed = laptop.create(Kind::Organisation, {{u"name"_s, u"Doublon"_s}});
        QVERIFY(removed);
        QVERIFY(laptop.remove(*removed));
        const QStringList laptopOps = journalOpIds(laptop, 0);
        QCOMPARE(laptopOps.size(), 5);

        // The file goes to the office.
        const QString file = dir + u"/terrain.pesbundle"_s;
        PesRun exported = runPes(world->laptop.path, {u"bundle"_s, u"export"_s, u"-o"_s, file});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(u"5 operation(s) on 4 record(s)"_s),
                 qPrintable(exported.out));
        QCOMPARE(journalOpIds(laptop, 0), laptopOps); // still pending on the laptop

        PesRun imported = runPes(world->office.path, {u"bundle"_s, u"import"_s, file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"5 applied, 0 already known"_s), qPrintable(imported.out));
        QCOMPARE(canonicalRecords(office), canonicalRecords(laptop));
        // Created and deleted there: like a tombstone pulled from the hub, nothing to show here.
        auto gone = office.record(*removed);
        QVERIFY(!gone || gone->isDeleted());
        // The office journal now holds the laptop's operations, with their ids, pending.
        for (const QString &id : laptopOps)
            QVERIFY2(journalOpIds(office, 0).contains(id), qPrintable(id));

        // Importing the same bundle again changes nothing.
        const QByteArray before = replicaFingerprint(world->office.path);
        PesRun again = runPes(world->office.path, {u"bundle"_s, u"import"_s, file});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"0 applied, 5 already known"_s), qPrintable(again.out));
        QCOMPARE(replicaFingerprint(world->office.path), before);

        // The office syncs: the laptop's work reaches the hub.
        const qint64 historyBefore =
            hubCount(world->hub->dataDir(), u"SELECT count(*) FROM history"_s);
        sync::SyncReport officeSync = syncOk(world->office);
        QCOMPARE(officeSync.pushed, 5);
        QCOMPARE(officeSync.applied, 5);
        QCOMPARE(officeSync.conflicting + officeSync.refused, 0);
        QCOMPARE(hubCount(world->hub->dataDir(), u"SELECT count(*) FROM history"_s),
                 historyBefore + 5);

        // Later the laptop syncs itself: the hub recognises every op id.
        sync::SyncReport laptopSync = syncOk(world->laptop);
        QCOMPARE(laptopSync.pushed, 5);
        QCOMPARE(laptopSync.applied, 5);
        QCOMPARE(laptopSync.conflicting + laptopSync.refused + laptopSync.newConflicts, 0);
        QCOMPARE(hubCount(world->hub->dataDir(), u"SELECT count(*) FROM history"_s),
                 historyBefore + 5);
        QCOMPARE(hubCount(world->hub->dataDir(),
                          u"SELECT count(*) - count(DISTINCT op_id) FROM history"_s),
                 0);
        QCOMPARE(hubCount(world->hub->dataDir(), u"SELECT count(*) FROM record"_s), 4);
        QCOMPARE(journalOpIds(laptop, 0), QStringList());

        // Both sync once more: nothing moves, everything agrees.
        QCOMPARE(syncOk(world->office).pushed, 0);
        QCOMPARE(syncOk(world->laptop).pushed, 0);
        QCOMPARE(canonicalRecords(office), canonicalRecords(laptop));
        QCOMPARE(canonicalRecords(laptop).size(), 3);
        QCOMPARE(openConflicts(office), 0);
        QCOMPARE(openConflicts(laptop), 0);
        QCOMPARE(journalOpIds(office, 0), QStringList());
    }

    void sinceLastBundleTakesOnlyNewWork()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Replica &laptop = *world->laptop.replica;
        QVERIFY(laptop.update(world->shared, {{u"description"_s, u"Première visite"_s}}));
        const QString dir = world->folder.path();
        auto first = bundle::exportBundle(
            laptop, {bundle::ExportOptions::Scope::Unsynced, {}, dir + u"/first.pesbundle"_s});
        QVERIFY(first);
        QCOMPARE(first->operations, 1);
        auto nothing = bundle::exportBundle(
            laptop,
            {bundle::ExportOptions::Scope::SinceLastBundle, {}, dir + u"/none.pesbundle"_s});
        QVERIFY(!nothing);
        QVERIFY(!QFile::exists(dir + u"/none.pesbundle"_s));

        QVERIFY(laptop.update(world->shared, {{u"phone"_s, u"05 49 00 00 00"_s}}));
        PesRun second =
            runPes(world->laptop.path, {u"bundle"_s, u"export"_s, u"--since-last-bundle"_s, u"-o"_s,
                                        dir + u"/second.pesbundle"_s, u"--json"_s});
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.out.contains(u"\"operations\": 1"_s), qPrintable(second.out));

        // Both bundles, in order, then the office syncs and the laptop too.
        PesRun one =
            runPes(world->office.path, {u"bundle"_s, u"import"_s, dir + u"/first.pesbundle"_s});
        PesRun two =
            runPes(world->office.path, {u"bundle"_s, u"import"_s, dir + u"/second.pesbundle"_s});
        QVERIFY2(one.code == 0 && two.code == 0, qPrintable(one.err + two.err));
        QCOMPARE(syncOk(world->office).applied, 2);
        QCOMPARE(syncOk(world->laptop).applied, 2);
        QCOMPARE(canonicalRecords(*world->office.replica), canonicalRecords(laptop));
    }

    void attachmentsTravelWithTheirRecords()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Replica &laptop = *world->laptop.replica;
        Replica &office = *world->office.replica;
        const QString dir = world->folder.path();

        // A photo taken in the field, attached to a new organisation.
        QByteArray photo;
        for (int i = 0; i < 300000; ++i)
            photo.append(char((qint64(i) * 7919) % 251));
        QFile file(dir + u"/atelier.jpg"_s);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(photo) == photo.size());
        file.close();
        auto created = laptop.create(Kind::Organisation, {{u"name"_s, u"Atelier vélo"_s}});
        QVERIFY(created);
        auto attached = attachFile(laptop, *created, file.fileName());
        QVERIFY(attached);

        const QString bundleFile = dir + u"/terrain.pesbundle"_s;
        PesRun exported =
            runPes(world->laptop.path, {u"bundle"_s, u"export"_s, u"-o"_s, bundleFile});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(u"1 attachment(s)"_s), qPrintable(exported.out));

        AttachmentStore store = attachmentStoreOf(office);
        QVERIFY(!store.contains(attached->hash));
        PesRun imported = runPes(world->office.path, {u"bundle"_s, u"import"_s, bundleFile});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"1 attachment(s), 1 new here"_s), qPrintable(imported.out));
        QVERIFY(store.contains(attached->hash));
        QVERIFY(store.verify(attached->hash));
        QCOMPARE(attachmentsOf(office.record(*created)->fields),
                 attachmentsOf(laptop.record(*created)->fields));

        PesRun again = runPes(world->office.path, {u"bundle"_s, u"import"_s, bundleFile});
        QVERIFY2(again.out.contains(u"1 attachment(s), 0 new here"_s), qPrintable(again.out));

        // The office sends record and file; the laptop's own sync duplicates neither.
        QCOMPARE(syncOk(world->office).refused, 0);
        QCOMPARE(syncOk(world->laptop).newConflicts, 0);
        QCOMPARE(canonicalRecords(office), canonicalRecords(laptop));
        QCOMPARE(hubCount(world->hub->dataDir(),
                          u"SELECT count(*) - count(DISTINCT op_id) FROM history"_s),
                 0);
    }

    void conflictingEditBecomesAConflict_data()
    {
        QTest::addColumn<int>("settlement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("theirs") << int(sync::Settlement::Theirs) << u"Ouverte le samedi"_s;
        QTest::newRow("mine") << int(sync::Settlement::Mine) << u"Fermée en août"_s;
    }

    void conflictingEditBecomesAConflict()
    {
        QFETCH(int, settlement);
        QFETCH(QString, expected);
        auto world = makeWorld();
        QVERIFY(world);
        Replica &laptop = *world->laptop.replica;
        Replica &office = *world->office.replica;
        QVERIFY(laptop.update(world->shared, {{u"description"_s, u"Ouverte le samedi"_s},
                                              {u"phone"_s, u"05 49 00 00 00"_s}}));
        QVERIFY(office.update(world->shared, {{u"description"_s, u"Fermée en août"_s}}));

        const QString file = world->folder.path() + u"/terrain.pesbundle"_s;
        QCOMPARE(runPes(world->laptop.path, {u"bundle"_s, u"export"_s, u"-o"_s, file}).code, 0);
        PesRun imported = runPes(world->office.path, {u"bundle"_s, u"import"_s, file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"1 applied, 0 already known, 1 waiting"_s),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"1 conflict(s) to settle"_s), qPrintable(imported.out));
        // Not an overwrite: the office keeps its value, takes the untouched field.
        QCOMPARE(office.record(world->shared)->fields.value(u"description"_s).toString(),
                 u"Fermée en août"_s);
        QCOMPARE(office.record(world->shared)->fields.value(u"phone"_s),
                 laptop.record(world->shared)->fields.value(u"phone"_s));
        PesRun listed = runPes(world->office.path, {u"conflicts"_s, u"list"_s});
        QVERIFY2(listed.out.contains(u"description: mine \"Fermée en août\", theirs \"Ouverte le "
                                     u"samedi\" (from a bundle)"_s),
                 qPrintable(listed.out));

        // Nothing held is sent before a person decides.
        sync::SyncReport held = syncOk(world->office);
        QCOMPARE(held.pushed, 1);
        QCOMPARE(openConflicts(office), 1);

        auto conflicts = sync::SyncStore(office.database()).conflicts(true);
        QVERIFY(conflicts && conflicts->size() == 1);
        QVERIFY(sync::settleConflict(office, conflicts->first().id, sync::Settlement(settlement)));
        QCOMPARE(office.record(world->shared)->fields.value(u"description"_s).toString(), expected);
        QCOMPARE(syncOk(world->office).refused, 0);
        sync::SyncReport laptopSync = syncOk(world->laptop);
        QCOMPARE(laptopSync.applied, 2); // both replays
        QCOMPARE(laptopSync.newConflicts, 0);
        syncOk(world->office);
        QCOMPARE(laptop.record(world->shared)->fields.value(u"description"_s).toString(), expected);
        QCOMPARE(canonicalRecords(office), canonicalRecords(laptop));
        QCOMPARE(openConflicts(office), 0);
        QCOMPARE(openConflicts(laptop), 0);
        QCOMPARE(hubCount(world->hub->dataDir(),
                          u"SELECT count(*) - count(DISTINCT op_id) FROM history"_s),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBundleRoundTrip)
#include "test_bundleroundtrip.moc"
