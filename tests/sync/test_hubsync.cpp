// SPDX-License-Identifier: GPL-3.0-or-later
// Sync end to end: a real pes-hub process on loopback, real replica files,
// two networks and several devices editing offline then meeting at the hub.
#include "demo/demodata.h"
#include "engine/conflicts.h"
#include "engine/syncengine.h"
#include "hubfixture.h"
#include "storage/sqlite.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString networkA = u"https://reseau-a.example.org"_s;
const QString networkB = u"https://reseau-b.example.org"_s;

sync::SyncReport syncOk(Device &device, int pageSize = 2000)
{
    sync::SyncEngine engine(*device.replica);
    engine.setPageSize(pageSize);
    auto report = engine.sync();
    if (!report)
        qWarning() << "sync failed:" << report.error().message;
    return report.value_or(sync::SyncReport{-1});
}

// Every live record a network may see: its own, and the others' shared and public ones.
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

qint64 hubCount(const QString &dataDir, const QString &sql)
{
    sql::Database db;
    if (!db.open(dataDir + u"/hub.sqlite"_s, sql::Database::Mode::ReadOnly))
        return -1;
    auto value = db.scalar(sql);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestHubSync : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        QTemporaryDir folder;
        std::unique_ptr<HubProcess> hub;
        QString tokenA1, tokenA2, tokenB1;
    };
    std::unique_ptr<World> makeWorld(const QStringList &hubArguments = {})
    {
        auto world = std::make_unique<World>();
        world->hub = std::make_unique<HubProcess>(world->folder.path() + u"/hub"_s, hubArguments);
        if (world->hub->addNetwork(networkA, u"Réseau A"_s).isEmpty() ||
            world->hub->addNetwork(networkB, u"Réseau B"_s).isEmpty())
            return {};
        world->tokenA1 = world->hub->createToken(networkA, u"a1"_s);
        world->tokenA2 = world->hub->createToken(networkA, u"a2"_s);
        world->tokenB1 = world->hub->createToken(networkB, u"b1"_s);
        if (!world->hub->start())
            return {};
        return world;
    }

private Q_SLOTS:
    void twoNetworksThreeDevicesConverge()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        Device a1 = makeDevice(dir, u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        Device a2 = makeDevice(dir, u"a2"_s, networkA, world->hub->url(), world->tokenA2);
        Device b1 = makeDevice(dir, u"b1"_s, networkB, world->hub->url(), world->tokenB1);

        // Offline edits everywhere.
        auto aPublic =
            a1.replica->create(Kind::Organisation, {{u"name"_s, u"Épicerie solidaire"_s}});
        auto aNetwork = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Adhérent interne"_s}},
                                           {Visibility::Network});
        auto aShared = a2.replica->create(Kind::Organisation, {{u"name"_s, u"Recyclerie"_s}},
                                          {Visibility::Shared});
        auto bPublic = b1.replica->create(Kind::Organisation, {{u"name"_s, u"Jardin partagé"_s}});
        auto bNetwork = b1.replica->create(Kind::Organisation, {{u"name"_s, u"Note interne B"_s}},
                                           {Visibility::Network});
        QVERIFY(aPublic && aNetwork && aShared && bPublic && bNetwork);
        QVERIFY(a1.replica->update(*aPublic, {{u"email"_s, u"contact@epicerie.example.org"_s}}));
        QVERIFY(a2.replica->remove(*aShared));
        QVERIFY(a2.replica->restore(*aShared));

        for (Device *device : {&a1, &b1, &a2, &a1, &b1, &a2})
            QCOMPARE_GE(syncOk(*device).pulled, 0);

        // More edits after a first meeting, on records of the other device.
        QVERIFY(a2.replica->update(*aPublic, {{u"phone"_s, u"04 91 00 00 00"_s}}));
        QVERIFY(a1.replica->update(*aShared, {{u"acronym"_s, u"RCY"_s}}));
        QVERIFY(b1.replica->remove(*bPublic));
        for (Device *device : {&b1, &a2, &a1, &a2, &b1})
            QCOMPARE_GE(syncOk(*device).pulled, 0);

        const QStringList truth = ownedBy(networkA, canonicalRecords(*a1.replica)) +
                                  ownedBy(networkB, canonicalRecords(*b1.replica));
        QCOMPARE(canonicalRecords(*a1.replica), canonicalRecords(*a2.replica));
        QCOMPARE(canonicalRecords(*a1.replica), visibleTo(networkA, truth));
        QCOMPARE(canonicalRecords(*b1.replica), visibleTo(networkB, truth));
        QCOMPARE(visibleTo(networkA, truth).size(), 3); // bPublic was deleted, bNetwork is B's

        // A new device of A, pulling page by page, ends identical too.
        Device a3 = makeDevice(dir, u"a3"_s, networkA, world->hub->url(),
                               world->hub->createToken(networkA, u"a3"_s));
        const auto first = syncOk(a3, 1);
        QCOMPARE_GE(first.pulled, 3);
        QCOMPARE(first.cursor, first.watermark);
        QCOMPARE(canonicalRecords(*a3.replica), canonicalRecords(*a1.replica));

        // Nothing of A's network-only record reached B.
        QVERIFY(!b1.replica->record(*aNetwork));
        QVERIFY(!a1.replica->record(*bNetwork));
    }

    void disjointFieldsMergeAndConflictsAreSettledEverywhere()
    {
        auto world = makeWorld();
        QVERIFY(world);
        const QString dir = world->folder.path();
        Device a1 = makeDevice(dir, u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        Device a2 = makeDevice(dir, u"a2"_s, networkA, world->hub->url(), world->tokenA2);
        auto iri = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Café associatif"_s}});
        QVERIFY(iri);
        syncOk(a1);
        syncOk(a2);
        QVERIFY(a2.replica->record(*iri));

        // Different fields: merged silently.
        QVERIFY(a1.replica->update(*iri, {{u"acronym"_s, u"CAFE"_s}}));
        QVERIFY(a2.replica->update(*iri, {{u"email"_s, u"bonjour@cafe.example.org"_s}}));
        syncOk(a1);
        QCOMPARE(syncOk(a2).openConflicts, 0);
        syncOk(a1);
        QCOMPARE(a1.replica->record(*iri)->fields, a2.replica->record(*iri)->fields);
        QCOMPARE(a1.replica->record(*iri)->fields.value(u"email"_s).toString(),
                 u"bonjour@cafe.example.org"_s);

        // The same field: a conflict on the second device, both values kept.
        QVERIFY(a1.replica->update(*iri, {{u"description"_s, u"Ouvert le lundi"_s}}));
        QVERIFY(a2.replica->update(*iri, {{u"description"_s, u"Ouvert le mardi"_s}}));
        syncOk(a1);
        const auto second = syncOk(a2);
        QCOMPARE(second.openConflicts, 1);
        sync::SyncStore store(a2.replica->database());
        auto conflicts = store.conflicts();
        QVERIFY(conflicts && conflicts->size() == 1);
        const sync::Conflict conflict = conflicts->first();
        QCOMPARE(conflict.field, u"description"_s);
        QCOMPARE(conflict.mine.toString(), u"Ouvert le mardi"_s);
        QCOMPARE(conflict.theirs.toString(), u"Ouvert le lundi"_s);
        QCOMPARE(a2.replica->record(*iri)->fields.value(u"description"_s).toString(),
                 u"Ouvert le mardi"_s);
        // Syncing again neither loses nor duplicates it.
        QCOMPARE(syncOk(a2).openConflicts, 1);

        // Settled with a new value; the decision reaches the other device.
        QVERIFY(sync::settleConflict(*a2.replica, conflict.id, sync::Settlement::Edited,
                                     u"Ouvert le lundi et le mardi"_s));
        QCOMPARE(syncOk(a2).openConflicts, 0);
        QCOMPARE(syncOk(a1).openConflicts, 0);
        QCOMPARE(a1.replica->record(*iri)->fields.value(u"description"_s).toString(),
                 u"Ouvert le lundi et le mardi"_s);
        QCOMPARE(canonicalRecords(*a1.replica), canonicalRecords(*a2.replica));

        // Deleted here, edited there: a conflict, settled by deleting.
        QVERIFY(a1.replica->remove(*iri));
        QVERIFY(a2.replica->update(*iri, {{u"phone"_s, u"04 90 00 00 00"_s}}));
        syncOk(a1);
        QCOMPARE(syncOk(a2).openConflicts, 1);
        conflicts = store.conflicts();
        QCOMPARE(conflicts->first().field, u"@delete"_s);
        QVERIFY(!a2.replica->record(*iri)->isDeleted()); // the edit is not lost meanwhile
        QVERIFY(sync::settleConflict(*a2.replica, conflicts->first().id, sync::Settlement::Theirs));
        QVERIFY(a2.replica->record(*iri)->isDeleted());
        QCOMPARE(syncOk(a2).openConflicts, 0);
        QCOMPARE(syncOk(a1).openConflicts, 0);
        QCOMPARE(canonicalRecords(*a1.replica), canonicalRecords(*a2.replica));

        // Edited here, deleted there (the deletion pushed second): kept by choice.
        auto other = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Ressourcerie"_s}});
        syncOk(a1);
        syncOk(a2);
        QVERIFY(a1.replica->update(*other, {{u"acronym"_s, u"RES"_s}}));
        QVERIFY(a2.replica->remove(*other));
        syncOk(a1);
        const auto third = syncOk(a2);
        QCOMPARE(third.conflicting, 1);
        QCOMPARE(third.openConflicts, 1);
        conflicts = store.conflicts();
        QCOMPARE(conflicts->first().field, u"@delete"_s);
        QVERIFY(sync::settleConflict(*a2.replica, conflicts->first().id, sync::Settlement::Theirs));
        QVERIFY(!a2.replica->record(*other)->isDeleted());
        syncOk(a2);
        syncOk(a1);
        QCOMPARE(canonicalRecords(*a1.replica), canonicalRecords(*a2.replica));
        QCOMPARE(a2.replica->record(*other)->fields.value(u"acronym"_s).toString(), u"RES"_s);
    }

    void everyKindTravelsLosslessly()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Device a1 =
            makeDevice(world->folder.path(), u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        Device a2 =
            makeDevice(world->folder.path(), u"a2"_s, networkA, world->hub->url(), world->tokenA2);
        DemoOptions options;
        options.organisations = 25;
        auto made = generateDemoData(*a1.replica, options);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        const auto pushed = syncOk(a1, 50);
        QCOMPARE(pushed.refused, 0);
        QCOMPARE(pushed.conflicting, 0);
        QCOMPARE(syncOk(a2, 50).openConflicts, 0);
        QStringList published; // drafts stay on a1
        for (const QString &line : canonicalRecords(*a1.replica)) {
            if (!line.contains(u"\"status\":\"draft\""_s))
                published.append(line);
        }
        QCOMPARE_GT(published.size(), 100);
        QCOMPARE(canonicalRecords(*a2.replica), published);
        QCOMPARE(syncOk(a1).openConflicts, 0); // the echo of its own records is no conflict
        QCOMPARE(syncOk(a1).pushed, 0);
    }

    void lostAcknowledgementIsAppliedOnce()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Device a1 =
            makeDevice(world->folder.path(), u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        auto iri = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Atelier vélo"_s}});
        QVERIFY(a1.replica->update(*iri, {{u"acronym"_s, u"AV"_s}}));
        const auto first = syncOk(a1);
        QCOMPARE(first.applied, 2);
        const QString data = world->hub->dataDir();
        const qint64 history = hubCount(data, u"SELECT count(*) FROM history"_s);
        const qint64 version = hubCount(data, u"SELECT version FROM record"_s);
        const qint64 sequence = hubCount(data, u"SELECT max(sequence) FROM record"_s);
        QCOMPARE(history, 2);

        // The answer never arrived: the device still believes nothing was sent.
        QVERIFY(a1.replica->database().exec(
            u"UPDATE operation SET synced = 0; DELETE FROM sync_shadow"_s));
        const auto replay = syncOk(a1);
        QCOMPARE(replay.pushed, 2);
        QCOMPARE(replay.applied, 2);
        QCOMPARE(replay.conflicting, 0);
        QCOMPARE(replay.openConflicts, 0);
        QCOMPARE(hubCount(data, u"SELECT count(*) FROM history"_s), history);
        QCOMPARE(hubCount(data, u"SELECT version FROM record"_s), version);
        QCOMPARE(hubCount(data, u"SELECT max(sequence) FROM record"_s), sequence);
        QCOMPARE(syncOk(a1).pushed, 0);
    }

    void draftsNeverLeaveTheDevice()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Device a1 =
            makeDevice(world->folder.path(), u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        Device a2 =
            makeDevice(world->folder.path(), u"a2"_s, networkA, world->hub->url(), world->tokenA2);
        auto org = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Fournil"_s}});
        auto offer = a1.replica->create(Kind::Exchange, {{u"title"_s, u"Four à pain à prêter"_s},
                                                         {u"way"_s, u"offer"_s},
                                                         {u"type"_s, u"product"_s},
                                                         {u"organisation"_s, *org},
                                                         {u"status"_s, u"draft"_s}});
        QVERIFY2(offer, offer ? "" : qPrintable(offer.error().message));
        const auto first = syncOk(a1);
        QCOMPARE(first.pushed, 1);
        QCOMPARE(first.pending, 1);
        syncOk(a2);
        QVERIFY(!a2.replica->record(*offer));

        QVERIFY(a1.replica->update(*offer, {{u"status"_s, u"published"_s}}));
        QCOMPARE(syncOk(a1).pending, 0);
        syncOk(a2);
        QCOMPARE(a2.replica->record(*offer)->fields.value(u"status"_s).toString(), u"published"_s);
    }

    void securityBoundaries()
    {
        auto world = makeWorld({u"--max-body"_s, u"100000"_s});
        QVERIFY(world);
        const QString dir = world->folder.path();
        const QUrl hub = world->hub->url();
        Device a1 = makeDevice(dir, u"a1"_s, networkA, hub, world->tokenA1);
        Device a2 = makeDevice(dir, u"a2"_s, networkA, hub, world->tokenA2);
        Device b1 = makeDevice(dir, u"b1"_s, networkB, hub, world->tokenB1);

        auto publicOrg = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Coopérative"_s}});
        auto secret = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Dossier sensible"_s}},
                                         {Visibility::Network});
        auto shared = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Partagée"_s}},
                                         {Visibility::Shared});
        // A record under network B's base IRI, written by a device of A.
        const QString foreign =
            networkB + u"/id/organisation/0190e6d0-0000-7000-8000-000000000001"_s;
        QVERIFY(a1.replica->create(Kind::Organisation, {{u"name"_s, u"Usurpée"_s}}, {{}, foreign}));
        QVERIFY(publicOrg && secret && shared);

        const auto report = syncOk(a1);
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.applied, 3);
        QVERIFY(report.refusals.first().contains(u"another network"_s));
        QCOMPARE(hubCount(world->hub->dataDir(), u"SELECT count(*) FROM record"_s), 3);
        QCOMPARE(syncOk(a1).pushed, 0); // a refusal is not retried forever
        syncOk(b1);
        QVERIFY(!b1.replica->record(foreign));
        QVERIFY(!b1.replica->record(*secret));
        QVERIFY(b1.replica->record(*shared));
        QVERIFY(b1.replica->record(*publicOrg));

        // The public dump and Linked Data hold only public records.
        QUrl dumpUrl = hub;
        dumpUrl.setPath(u"/public/dump"_s);
        const HttpAnswer dump = http("GET", dumpUrl);
        QCOMPARE(dump.status, 200);
        QVERIFY(dump.body.contains(publicOrg->toUtf8()));
        QVERIFY(!dump.body.contains(secret->toUtf8()));
        QVERIFY(!dump.body.contains(shared->toUtf8()));
        QUrl recordUrl = hub;
        recordUrl.setPath(QUrl(*publicOrg).path());
        const HttpAnswer turtle = http("GET", recordUrl, {}, {{"Accept", "text/turtle"}});
        QCOMPARE(turtle.status, 200);
        QCOMPARE(turtle.contentType, "text/turtle");
        QVERIFY(turtle.body.contains("Coopérative"));
        const HttpAnswer ntriples =
            http("GET", recordUrl, {}, {{"Accept", "application/n-triples"}});
        QCOMPARE(ntriples.contentType, "application/n-triples");
        recordUrl.setPath(QUrl(*secret).path());
        QCOMPARE(http("GET", recordUrl).status, 404);

        // Wrong and revoked tokens get 401.
        QUrl feed = hub;
        feed.setPath(u"/sync/v1/feed"_s);
        QCOMPARE(http("GET", feed, {}, {{"Authorization", "Bearer pes1.wrong"}}).status, 401);
        QCOMPARE(http("GET", feed).status, 401);
        QVERIFY(!world->hub
                     ->admin({u"token"_s, u"revoke"_s, u"--network"_s, networkA, u"--device"_s,
                              u"a2"_s})
                     .isEmpty());
        sync::SyncEngine engine(*a2.replica);
        auto refused = engine.sync();
        QVERIFY(!refused);
        QCOMPARE(refused.error().problem, sync::SyncProblem::Unauthorised);
        QVERIFY(refused.error().permanent());
        QVERIFY(refused.error().message.contains(u"revoked"_s));

        // Malformed and oversized bodies: a 4xx with a message, and the hub keeps serving.
        QUrl push = hub;
        push.setPath(u"/sync/v1/push"_s);
        const QList<QPair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer " + world->tokenA1.toUtf8()}};
        const HttpAnswer malformed = http("POST", push, "<urn:a> <urn:b> \"unterminated .\n", auth);
        QCOMPARE(malformed.status, 400);
        QVERIFY(malformed.body.startsWith("malformed push body: push:1:"));
        const HttpAnswer oversized = http("POST", push, QByteArray(200000, 'x'), auth);
        QCOMPARE(oversized.status, 413);
        QCOMPARE(http("GET", feed, {}, auth).status, 200);
        QCOMPARE(syncOk(b1).pulled, 0);

        // A shared record narrowed to its network is withdrawn from the others.
        QVERIFY(a1.replica->update(*shared, {}, Visibility::Network));
        QCOMPARE(syncOk(a1).applied, 1);
        QCOMPARE(syncOk(b1).pulled, 1);
        QVERIFY(b1.replica->record(*shared)->isDeleted());
        QVERIFY(b1.replica->record(*shared)->fields.isEmpty()); // nothing of it is kept
        QVERIFY(!http("GET", dumpUrl).body.contains(shared->toUtf8()));
    }

    void tlsWithATestAuthority()
    {
        QTemporaryDir folder;
        const QString dir = folder.path();
        auto openssl = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(dir);
            process.start(u"openssl"_s, arguments);
            return process.waitForFinished(30000) && process.exitCode() == 0;
        };
        QFile extensions(dir + u"/hub.ext"_s);
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n");
        extensions.close();
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                         u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
                         u"-subj"_s, u"/CN=PES test CA"_s}));
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                         u"-keyout"_s, u"other.key"_s, u"-out"_s, u"other.pem"_s, u"-days"_s,
                         u"2"_s, u"-subj"_s, u"/CN=Another CA"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                         u"hub.key"_s, u"-out"_s, u"hub.csr"_s, u"-subj"_s, u"/CN=127.0.0.1"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"hub.csr"_s, u"-CA"_s, u"ca.pem"_s,
                         u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"hub.pem"_s,
                         u"-days"_s, u"2"_s, u"-extfile"_s, u"hub.ext"_s}));

        auto world =
            makeWorld({u"--tls-cert"_s, dir + u"/hub.pem"_s, u"--tls-key"_s, dir + u"/hub.key"_s});
        QVERIFY(world);
        QCOMPARE(world->hub->url().scheme(), u"https"_s);
        Device a1 = makeDevice(dir, u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        QVERIFY(a1.replica->create(Kind::Organisation, {{u"name"_s, u"Chiffrée"_s}}));

        // Not trusted: refused, and said so.
        sync::SyncEngine engine(*a1.replica);
        auto untrusted = engine.sync();
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().problem, sync::SyncProblem::Tls);
        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), world->tokenA1,
                                            dir + u"/other.pem"_s));
        QCOMPARE(engine.sync().error_or(sync::SyncError{}).problem, sync::SyncProblem::Tls);

        // Trusted through the test authority: it syncs.
        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), world->tokenA1,
                                            dir + u"/ca.pem"_s));
        const auto report = engine.sync();
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->applied, 1);
    }

    void acknowledgedWritesSurviveKillingTheHub()
    {
        auto world = makeWorld();
        QVERIFY(world);
        Device a1 =
            makeDevice(world->folder.path(), u"a1"_s, networkA, world->hub->url(), world->tokenA1);
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                a1.replica->create(Kind::Organisation, {{u"name"_s, u"Structure %1"_s.arg(i)}}));
        QCOMPARE(syncOk(a1).applied, 20);
        world->hub->kill();
        QVERIFY(world->hub->start());
        QVERIFY(sync::SyncEngine::configure(*a1.replica, world->hub->url(), world->tokenA1));
        Device a2 =
            makeDevice(world->folder.path(), u"a2"_s, networkA, world->hub->url(), world->tokenA2);
        QCOMPARE(syncOk(a2).pulled, 20);
        QCOMPARE(syncOk(a1).pushed, 0);
        QCOMPARE(canonicalRecords(*a1.replica), canonicalRecords(*a2.replica));
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "test_hubsync.moc"
