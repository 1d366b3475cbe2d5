// SPDX-License-Identifier: GPL-3.0-or-later
// The sync commands of `pes`, run as processes against a real hub:
// pes hub set, pes sync [--json], pes conflicts list|show|resolve.
#include "hubfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes::test;

namespace {

const QString network = u"https://reseau-a.example.org"_s;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runPes(const QString &replica, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PES_BIN_DIR) + u"/pes"_s,
                  QStringList{u"--replica"_s, replica} + arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncAndSettleFromTheCommandLine()
    {
        QTemporaryDir folder;
        HubProcess hub(folder.path() + u"/hub"_s);
        QVERIFY(!hub.addNetwork(network, u"Réseau A"_s).isEmpty());
        const QString token1 = hub.createToken(network, u"one"_s);
        const QString token2 = hub.createToken(network, u"two"_s);
        QVERIFY(token1.startsWith(u"pes1."_s));
        QVERIFY(hub.start());
        const QString one = folder.path() + u"/one.sqlite"_s;
        const QString two = folder.path() + u"/two.sqlite"_s;

        // Not configured yet: a sentence, exit code 1.
        for (const QString &replica : {one, two})
            QCOMPARE(runPes(replica,
                            {u"init"_s, u"--network-iri"_s, network, u"--network-name"_s, u"A"_s})
                         .code,
                     0);
        Run unset = runPes(one, {u"sync"_s});
        QCOMPARE(unset.code, 1);
        QVERIFY(unset.err.contains("pes hub set"));
        QCOMPARE(runPes(one, {u"hub"_s, u"set"_s, u"not a url"_s, u"--token"_s, token1}).code, 2);

        QCOMPARE(runPes(one, {u"hub"_s, u"set"_s, hub.url().toString(), u"--token"_s, token1}).code,
                 0);
        QCOMPARE(runPes(two, {u"hub"_s, u"set"_s, hub.url().toString(), u"--token"_s, token2}).code,
                 0);
        const Run added =
            runPes(one, {u"add"_s, u"organisation"_s, u"--field"_s, u"name=Tiers-lieu"_s});
        QCOMPARE(added.code, 0);
        const QString iri = QString::fromUtf8(added.out).trimmed();
        QCOMPARE(runPes(one, {u"sync"_s}).code, 0);
        const Run first = runPes(two, {u"sync"_s, u"--json"_s});
        QCOMPARE(first.code, 0);
        QCOMPARE(QJsonDocument::fromJson(first.out).object().value(u"pulled"_s).toInt(), 1);

        // The same field on both sides: a conflict on the second, listed, settled, synced.
        QCOMPARE(runPes(one, {u"edit"_s, iri, u"acronym=TL"_s}).code, 0);
        QCOMPARE(runPes(two, {u"edit"_s, iri, u"acronym=TIERS"_s}).code, 0);
        QCOMPARE(runPes(one, {u"sync"_s}).code, 0);
        const QJsonObject report =
            QJsonDocument::fromJson(runPes(two, {u"sync"_s, u"--json"_s}).out).object();
        QCOMPARE(report.value(u"openConflicts"_s).toInt(), 1);
        const QJsonArray list =
            QJsonDocument::fromJson(runPes(two, {u"conflicts"_s, u"list"_s, u"--json"_s}).out)
                .array();
        QCOMPARE(list.size(), 1);
        const QJsonObject conflict = list.first().toObject();
        QCOMPARE(conflict.value(u"field"_s).toString(), u"acronym"_s);
        QCOMPARE(conflict.value(u"mine"_s).toString(), u"TIERS"_s);
        QCOMPARE(conflict.value(u"theirs"_s).toString(), u"TL"_s);
        const QString id = QString::number(conflict.value(u"id"_s).toInteger());
        const Run shown = runPes(two, {u"conflicts"_s, u"show"_s, id});
        QVERIFY(shown.out.contains("Mine    \"TIERS\""));
        QCOMPARE(runPes(two, {u"conflicts"_s, u"resolve"_s, id}).code, 2); // a choice is needed
        QCOMPARE(runPes(two, {u"conflicts"_s, u"resolve"_s, id, u"--theirs"_s}).code, 0);
        QCOMPARE(runPes(two, {u"conflicts"_s, u"resolve"_s, id, u"--mine"_s}).code,
                 1); // already settled
        QCOMPARE(runPes(two, {u"sync"_s}).code, 0);
        QVERIFY(runPes(two, {u"show"_s, iri}).out.contains("acronym: TL"));
        QCOMPARE(QJsonDocument::fromJson(runPes(two, {u"conflicts"_s, u"list"_s, u"--json"_s}).out)
                     .array()
                     .size(),
                 0);

        // A revoked token is reported in words, and the exit code says failure.
        QVERIFY(
            !hub.admin({u"token"_s, u"revoke"_s, u"--network"_s, network, u"--device"_s, u"two"_s})
                 .isEmpty());
        const Run revoked = runPes(two, {u"sync"_s, u"--json"_s});
        QCOMPARE(revoked.code, 1);
        const QJsonObject failure = QJsonDocument::fromJson(revoked.out).object();
        QCOMPARE(failure.value(u"problem"_s).toString(), u"token-refused"_s);
        QVERIFY(failure.value(u"error"_s).toString().contains(u"revoked"_s));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "test_synccli.moc"
