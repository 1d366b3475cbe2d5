// SPDX-License-Identifier: GPL-3.0-or-later
// The settings' connection part against a real pes-hub on loopback: "Test
// connection" says who the hub takes this device for, or why it cannot; the
// hub address and token saved here are what the sync status and `pes sync`
// then use; the token is never handed back.
#include "connectionsettings.h"
#include "engine/automaticsync.h"
#include "engine/syncstore.h"
#include "hubfixture.h"
#include "replicasession.h"
#include "syncstatus.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString network = u"https://reseau.example.org"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runPes(const QString &replica, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                  QStringList{u"--replica"_s, replica} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs a connection test and returns (ok, message).
std::pair<bool, QString> probe(desktop::ConnectionSettings &settings, const QString &url,
                               const QString &token)
{
    QSignalSpy finished(&settings, &desktop::ConnectionSettings::testFinished);
    settings.testConnection(url, token);
    if (finished.isEmpty() && !finished.wait(30000))
        return {false, u"(no answer)"_s};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

} // namespace

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savedHubIsUsedBySync();
    void geocodingUrl();
    void automaticSync();
};

void TestConnectionSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PES-test"_s);
    QCoreApplication::setApplicationName(u"test_connectionsettings"_s);
    QSettings().clear();
}

void TestConnectionSettings::savedHubIsUsedBySync()
{
    QTemporaryDir dir;
    HubProcess hub(dir.filePath(u"hub"_s));
    QVERIFY(!hub.addNetwork(network, u"Réseau"_s).isEmpty());
    const QString token = hub.createToken(network, u"poste-accueil"_s);
    QVERIFY(!token.isEmpty());
    QVERIFY(hub.start());
    const QString url = hub.url().toString();

    const QString path = dir.filePath(u"replica.sqlite"_s);
    {
        auto replica = Replica::create(path, {network, u"Réseau"_s});
        QVERIFY(replica);
        QVERIFY((*replica)->create(Kind::Organisation, {{u"name"_s, u"Alpha"_s}}));
    }
    desktop::ReplicaSession session;
    QVERIFY(session.openReplica(path));
    desktop::SyncStatus status;
    QSignalSpy changed(&status, &desktop::SyncStatus::changed);
    status.open(path);
    QVERIFY(changed.wait(10000));
    QVERIFY(!status.configured());

    desktop::ConnectionSettings settings;
    settings.setSession(&session);
    settings.setSyncStatus(&status);
    QCOMPARE(settings.hubUrl(), QString());
    QVERIFY(!settings.hasToken());

    // Nothing saved yet: the test needs a token, and says what is wrong.
    auto [noToken, noTokenMessage] = probe(settings, url, {});
    QVERIFY(!noToken);
    QVERIFY2(noTokenMessage.contains(u"token"_s), qPrintable(noTokenMessage));
    auto [wrong, wrongMessage] = probe(settings, url, u"not-the-token"_s);
    QVERIFY(!wrong);
    QVERIFY2(wrongMessage.contains(u"refused this device's token"_s), qPrintable(wrongMessage));
    auto [notHub, notHubMessage] = probe(settings, u"hub.example.org"_s, token);
    QVERIFY(!notHub);
    QVERIFY2(notHubMessage.contains(u"not a hub address"_s), qPrintable(notHubMessage));
    auto [unreachable, unreachableMessage] = probe(settings, u"http://127.0.0.1:1"_s, token);
    QVERIFY(!unreachable);
    QVERIFY2(unreachableMessage.contains(u"cannot be reached"_s), qPrintable(unreachableMessage));
    auto [right, rightMessage] = probe(settings, url, token);
    QVERIFY2(right, qPrintable(rightMessage));
    QVERIFY2(rightMessage.contains(u"poste-accueil"_s), qPrintable(rightMessage));
    QVERIFY(rightMessage.contains(network));
    QVERIFY(!settings.testing());

    // A bad address is refused and nothing is stored.
    QVERIFY(!settings.saveHub(u"hub.example.org"_s, token));
    QVERIFY(settings.errorMessage().contains(u"not a hub address"_s));
    QCOMPARE(settings.hubUrl(), QString());

    // Saving makes the sync status sync with that hub at once.
    QSignalSpy synced(&status, &desktop::SyncStatus::synced);
    QVERIFY(settings.saveHub(url, u"  "_s + token + u" "_s));
    QCOMPARE(settings.errorMessage(), QString());
    QCOMPARE(settings.hubUrl(), url);
    QVERIFY(settings.hasToken());
    QVERIFY(synced.wait(30000));
    QTRY_VERIFY(!status.syncing());
    QVERIFY(status.configured());
    QCOMPARE(status.lastError(), QString());
    QVERIFY(status.lastSuccess().isValid());
    QCOMPARE(status.pending(), qint64(0));

    // The saved token is used when none is typed, for a test and a save.
    auto [saved, savedMessage] = probe(settings, url, {});
    QVERIFY2(saved, qPrintable(savedMessage));
    QSignalSpy syncedAgain(&status, &desktop::SyncStatus::synced);
    QVERIFY(settings.saveHub(url, {}));
    QVERIFY(syncedAgain.wait(30000));
    QTRY_VERIFY(!status.syncing());
    QCOMPARE(status.lastError(), QString());

    // `pes` reads the same settings; it shows the address, never the token.
    QVERIFY(session.replica()->create(Kind::Organisation, {{u"name"_s, u"Beta"_s}}));
    const Run show = runPes(path, {u"hub"_s, u"show"_s});
    QCOMPARE(show.code, 0);
    QVERIFY(show.out.contains(url));
    QVERIFY(!show.out.contains(token));
    const Run sync = runPes(path, {u"sync"_s});
    QCOMPARE(sync.code, 0);
    QVERIFY2(sync.out.contains(u"Sent 1 change(s)"_s), qPrintable(sync.out + sync.err));

    // Reopening the settings for the same replica finds them again.
    desktop::ConnectionSettings again;
    again.setSession(&session);
    QCOMPARE(again.hubUrl(), url);
    QVERIFY(again.hasToken());
}

void TestConnectionSettings::automaticSync()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"replica.sqlite"_s);
    QVERIFY(Replica::create(path, {network, u"Réseau"_s}));
    desktop::ReplicaSession session;
    QVERIFY(session.openReplica(path));
    desktop::SyncStatus status;
    QSignalSpy changed(&status, &desktop::SyncStatus::changed);
    status.open(path);
    QVERIFY(changed.wait(10000));
    QVERIFY(status.automatic());

    desktop::ConnectionSettings settings;
    settings.setSession(&session);
    settings.setSyncStatus(&status);
    QVERIFY(settings.automaticSync());
    QCOMPARE(settings.syncIntervalMinutes(), desktop::defaultSyncIntervalMinutes);

    QVERIFY(!settings.saveAutomaticSync(true, 0));
    QVERIFY(settings.errorMessage().contains(u"1440"_s));
    QVERIFY(!settings.saveAutomaticSync(true, 5000));

    // Off: stored in the replica, where the sync worker and `pes` read it.
    QVERIFY(settings.saveAutomaticSync(false, 30));
    QCOMPARE(settings.errorMessage(), QString());
    QVERIFY(!settings.automaticSync());
    QCOMPARE(settings.syncIntervalMinutes(), 30);
    QTRY_VERIFY(!status.automatic());
    sync::SyncStore store(session.replica()->database());
    const auto stored = sync::readAutomaticSync(store);
    QVERIFY(stored);
    QVERIFY(!stored->enabled);
    QCOMPARE(stored->intervalMinutes, 30);
    const Run show = runPes(path, {u"hub"_s, u"show"_s});
    QVERIFY2(show.out.contains(u"off (only on request)"_s), qPrintable(show.out));

    // `pes hub auto` writes the same setting; the app follows it when told to.
    QCOMPARE(runPes(path, {u"hub"_s, u"auto"_s, u"on"_s, u"--every"_s, u"15"_s}).code, 0);
    QCOMPARE(runPes(path, {u"hub"_s, u"auto"_s, u"sometimes"_s}).code, 2);
    QCOMPARE(runPes(path, {u"hub"_s, u"auto"_s, u"on"_s, u"--every"_s, u"2000"_s}).code, 2);
    status.applyAutomaticSync();
    QTRY_VERIFY(status.automatic());
    desktop::ConnectionSettings reopened;
    reopened.setSession(&session);
    QVERIFY(reopened.automaticSync());
    QCOMPARE(reopened.syncIntervalMinutes(), 15);
}

void TestConnectionSettings::geocodingUrl()
{
    desktop::ConnectionSettings settings;
    QCOMPARE(settings.geocodingUrl(), u"https://api-adresse.data.gouv.fr"_s);
    QCOMPARE(settings.defaultGeocodingUrl(), settings.geocodingUrl());
    QSignalSpy changed(&settings, &desktop::ConnectionSettings::geocodingUrlChanged);
    QVERIFY(!settings.setGeocodingUrl(u"ftp://adresses.example.org"_s));
    QVERIFY(settings.errorMessage().contains(u"not a geocoding service address"_s));
    QCOMPARE(changed.size(), 0);
    QVERIFY(settings.setGeocodingUrl(u" http://127.0.0.1:7878/ban "_s));
    QCOMPARE(settings.geocodingUrl(), u"http://127.0.0.1:7878/ban"_s);
    QCOMPARE(desktop::ConnectionSettings::storedGeocodingUrl(), u"http://127.0.0.1:7878/ban"_s);
    QCOMPARE(changed.size(), 1);
    QVERIFY(settings.setGeocodingUrl({}));
    QCOMPARE(settings.geocodingUrl(), settings.defaultGeocodingUrl());
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "test_connectionsettings.moc"
