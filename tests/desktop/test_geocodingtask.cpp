// SPDX-License-Identifier: GPL-3.0-or-later
// "Locate from address" in the app, against a BAN-format server that runs on
// this test's own thread: the server can only answer if the requests are made
// off the GUI thread. The views hear of the written records; one undo in the
// session reverts the batch.
#include "banserver.h"
#include "geocodingtask.h"
#include "replicasession.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

class TestGeocodingTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void locateOneAndMissing();
    void cancelABatch();

private:
    QString add(desktop::ReplicaSession &session, const QString &name, const QString &street,
                const QString &city);
};

void TestGeocodingTask::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PES-test"_s);
    QCoreApplication::setApplicationName(u"test_geocodingtask"_s);
}

QString TestGeocodingTask::add(desktop::ReplicaSession &session, const QString &name,
                               const QString &street, const QString &city)
{
    return session.replica()
        ->create(Kind::Organisation, {{u"name"_s, name}, {u"street"_s, street}, {u"city"_s, city}})
        .value_or(QString());
}

void TestGeocodingTask::locateOneAndMissing()
{
    QTemporaryDir dir;
    desktop::ReplicaSession session;
    QVERIFY(session.createReplica(dir.filePath(u"r.sqlite"_s), u"https://reseau.example.org"_s,
                                  u"Réseau"_s));
    const QString sure = add(session, u"Sûre"_s, u"12 La Canebière"_s, u"Marseille"_s);
    const QString weak = add(session, u"Floue"_s, u"Rue Vague"_s, u"Marseille"_s);
    const QString other = add(session, u"Autre"_s, u"8 rue du Port"_s, u"Arles"_s);
    test::BanServer server;
    QVERIFY(server.listen());

    desktop::GeocodingTask task;
    task.setSession(&session);
    task.setServiceUrl(server.url().toString());
    QCOMPARE(task.missingCount(), 3);

    QSignalSpy finished(&task, &desktop::GeocodingTask::finished);
    QSignalSpy changed(&session, &desktop::ReplicaSession::recordsChanged);
    task.locate(sure);
    QVERIFY(task.running());
    QVERIFY(finished.wait(30000));
    QVERIFY(!task.running());
    QVERIFY(task.succeeded());
    QVERIFY2(task.message().contains(u"12 La Canebière 13001 Marseille"_s),
             qPrintable(task.message()));
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.last().first().toStringList().contains(sure));
    QCOMPARE(session.replica()->record(sure)->fields.value(u"latitude"_s).toDouble(), 43.297564);
    QCOMPARE(task.missingCount(), 2);

    // The batch: the uncertain one is reported and left alone.
    task.locateMissing();
    QVERIFY(finished.wait(30000));
    QCOMPARE(task.total(), 2);
    QCOMPARE(task.done(), 2);
    QVERIFY2(task.message().startsWith(u"1 located, 1 uncertain"_s), qPrintable(task.message()));
    QCOMPARE(task.problems().size(), 1);
    QVERIFY(task.problems().first().contains(u"Floue"_s));
    QVERIFY(session.replica()->record(other)->fields.contains(u"latitude"_s));
    QVERIFY(!session.replica()->record(weak)->fields.contains(u"latitude"_s));
    QCOMPARE(task.missingCount(), 1);

    // Undo in the session reverts the batch, not the single record before it.
    QTRY_VERIFY(session.canUndo());
    QCOMPARE(session.undo(), u"Locate “Autre” from its address"_s);
    QVERIFY(!session.replica()->record(other)->fields.contains(u"latitude"_s));
    QVERIFY(session.replica()->record(sure)->fields.contains(u"latitude"_s));

    // A service that is not there: a failure in words, nothing written.
    task.setServiceUrl(u"http://127.0.0.1:1"_s);
    task.locate(weak);
    QVERIFY(finished.wait(60000));
    QVERIFY2(task.message().contains(u"cannot be reached"_s), qPrintable(task.message()));
    QVERIFY(!session.replica()->record(weak)->fields.contains(u"latitude"_s));
}

void TestGeocodingTask::cancelABatch()
{
    QTemporaryDir dir;
    desktop::ReplicaSession session;
    QVERIFY(session.createReplica(dir.filePath(u"r.sqlite"_s), u"https://reseau.example.org"_s,
                                  u"Réseau"_s));
    for (int i = 0; i < 40; ++i)
        QVERIFY(!add(session, u"S%1"_s.arg(i), u"%1 rue Longue"_s.arg(i + 1), u"Aix"_s).isEmpty());
    test::BanServer server;
    QVERIFY(server.listen());
    desktop::GeocodingTask task;
    task.setSession(&session);
    task.setServiceUrl(server.url().toString());
    QSignalSpy finished(&task, &desktop::GeocodingTask::finished);
    QSignalSpy progress(&task, &desktop::GeocodingTask::progressChanged);
    task.locateMissing();
    QTRY_VERIFY(task.done() >= 2);
    task.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY2(task.message().contains(u"cancelled"_s), qPrintable(task.message()));
    QVERIFY(task.done() < 40);
    QCOMPARE(task.missingCount(), 40 - task.done());
}

QTEST_MAIN(TestGeocodingTask)
#include "test_geocodingtask.moc"
