// SPDX-License-Identifier: GPL-3.0-or-later
// The app's session on a real replica file: what workers write on their own
// connections, and what another program writes, reaches the session's views.
#include "replicasession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {
const QString network = u"https://reseau.example.org"_s;
}

class TestReplicaSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workersAnnounceTheirRecords();
    void anotherProgramsChangesReachTheViews();
};

void TestReplicaSession::workersAnnounceTheirRecords()
{
    QTemporaryDir dir;
    desktop::ReplicaSession session;
    QVERIFY(session.createReplica(dir.filePath(u"r.sqlite"_s), network, u"Réseau"_s));
    QSignalSpy changed(&session, &desktop::ReplicaSession::recordsChanged);
    auto worker = desktop::ReplicaSession::openForWorker(session.path(), &session);
    QVERIFY(worker);
    auto iri = (*worker)->create(Kind::Organisation, {{u"name"_s, u"La Friche"_s}});
    QVERIFY(iri);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toStringList(), QStringList{*iri});
    QCOMPARE(session.unsyncedCount(), 1);
}

void TestReplicaSession::anotherProgramsChangesReachTheViews()
{
    QTemporaryDir dir;
    desktop::ReplicaSession session;
    QVERIFY(session.createReplica(dir.filePath(u"r.sqlite"_s), network, u"Réseau"_s));
    QSignalSpy changed(&session, &desktop::ReplicaSession::recordsChanged);

    QProcess pes;
    pes.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
              {u"--replica"_s, session.path(), u"add"_s, u"organisation"_s, u"--field"_s,
               u"name=Ajoutée en ligne de commande"_s});
    QVERIFY(pes.waitForFinished(60000));
    QCOMPARE(pes.exitCode(), 0);

    // Noticed within the session's watch (every 2 s): it cannot know which
    // records, so it says "any", and the counts follow.
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(changed.first().at(0).toStringList(), QStringList());
    QCOMPARE(session.unsyncedCount(), 1);
}

QTEST_GUILESS_MAIN(TestReplicaSession)
#include "test_replicasession.moc"
