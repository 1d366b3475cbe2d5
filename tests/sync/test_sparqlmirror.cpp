// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's SPARQL mirror against a real Oxigraph server on loopback: public
// records appear as named graphs, changes replace them, deletions and records
// that are not public never stay, and a store that was down catches up.
#include "engine/syncengine.h"
#include "hubfixture.h"
#include "sparqlmirror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::test;

namespace {

const QString networkA = u"https://reseau-a.example.org"_s;

// A real `oxigraph serve` keeping its data in a folder, so it can be stopped
// and started again on the same port.
class Oxigraph
{
public:
    Oxigraph(QString location, quint16 port)
        : m_location(std::move(location))
        , m_port(port)
    {
    }
    ~Oxigraph() { stop(); }

    bool start()
    {
        const QString binary = QStandardPaths::findExecutable(u"oxigraph"_s);
        if (binary.isEmpty()) {
            qWarning("oxigraph is not installed (tools/setup installs it in the build root)");
            return false;
        }
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process->start(binary, {u"serve"_s, u"--location"_s, m_location, u"--bind"_s,
                                  u"127.0.0.1:%1"_s.arg(m_port)});
        if (!m_process->waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (count(u"ASK {}"_s, "boolean") >= 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    void stop()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
    QUrl updateUrl() const { return QUrl(u"http://127.0.0.1:%1/update"_s.arg(m_port)); }

    // A SELECT's ?n as a number, or an ASK's answer as 0/1; -1 when the store does not answer.
    qint64 count(const QString &query, const char *askField = nullptr) const
    {
        QUrl url(u"http://127.0.0.1:%1/query"_s.arg(m_port));
        QUrlQuery parameters;
        parameters.addQueryItem(u"query"_s, QString::fromUtf8(QUrl::toPercentEncoding(query)));
        url.setQuery(parameters);
        const HttpAnswer answer =
            http("GET", url, {}, {{"Accept", "application/sparql-results+json"}});
        if (answer.status != 200)
            return -1;
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (askField)
            return json.value(QLatin1StringView(askField)).toBool() ? 1 : 0;
        const QJsonArray rows = json.value(u"results"_s).toObject().value(u"bindings"_s).toArray();
        return rows.first()
            .toObject()
            .value(u"n"_s)
            .toObject()
            .value(u"value"_s)
            .toString()
            .toLongLong();
    }
    qint64 triplesIn(const QString &graph) const
    {
        return count(u"SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%1> { ?s ?p ?o } }"_s.arg(graph));
    }
    bool hasName(const QString &graph, const QString &name) const
    {
        return count(
                   u"ASK { GRAPH <%1> { ?s ?p ?o FILTER (str(?o) = \"%2\") } }"_s.arg(graph, name),
                   "boolean") == 1;
    }

private:
    QString m_location;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool syncOk(Device &device)
{
    sync::SyncEngine engine(*device.replica);
    auto report = engine.sync();
    if (!report)
        qWarning() << "sync failed:" << report.error().message;
    return report.has_value();
}

// Polls until the condition holds, for up to 20 s (the mirror follows within a second).
bool eventually(const std::function<bool()> &condition)
{
    for (int i = 0; i < 200; ++i) {
        if (condition())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestSparqlMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mirrorsPublicRecordsAndCatchesUp()
    {
        QTemporaryDir folder;
        Oxigraph store(folder.filePath(u"oxigraph"_s), freePort());
        QVERIFY2(store.start(), "oxigraph serve did not start");

        HubProcess hub(folder.filePath(u"hub"_s),
                       {u"--sparql-update"_s, store.updateUrl().toString()});
        QVERIFY(!hub.addNetwork(networkA, u"Réseau A"_s).isEmpty());
        const QString token = hub.createToken(networkA, u"a1"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(hub.start());
        Device a1 = makeDevice(folder.path(), u"a1"_s, networkA, hub.url(), token);

        auto open = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Épicerie solidaire"_s},
                                                            {u"city"_s, u"Marseille"_s}});
        auto internal = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Note interne"_s}},
                                           {Visibility::Network});
        auto shared = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Recyclerie"_s}},
                                         {Visibility::Shared});
        QVERIFY(open && internal && shared);
        QVERIFY(syncOk(a1));

        QVERIFY(eventually([&] { return store.hasName(*open, u"Épicerie solidaire"_s); }));
        // The graph says exactly what the hub serves as Linked Data for that record.
        QUrl servedUrl = hub.url();
        servedUrl.setPath(QUrl(*open).path());
        const HttpAnswer served = http("GET", servedUrl, {}, {{"Accept", "application/n-triples"}});
        QCOMPARE(served.status, 200);
        QCOMPARE(store.triplesIn(*open), served.body.count('\n'));
        QCOMPARE(store.triplesIn(*internal), 0);
        QCOMPARE(store.triplesIn(*shared), 0);

        // An edit replaces the graph: the old name is gone.
        QVERIFY(a1.replica->update(*open, {{u"name"_s, u"Épicerie du Panier"_s}}));
        QVERIFY(syncOk(a1));
        QVERIFY(eventually([&] { return store.hasName(*open, u"Épicerie du Panier"_s); }));
        QVERIFY(!store.hasName(*open, u"Épicerie solidaire"_s));

        // The store goes down; the hub keeps working and the mirror waits.
        store.stop();
        QVERIFY(a1.replica->remove(*open));
        auto later = a1.replica->create(Kind::Organisation, {{u"name"_s, u"Jardin partagé"_s}});
        QVERIFY(later);
        QVERIFY(a1.replica->update(*shared, {}, Visibility::Public));
        QVERIFY(syncOk(a1));
        QVERIFY(eventually([&] { // the mirror saw the store down and said so
            QFile log(hub.dataDir() + u"/hub.log"_s);
            return log.open(QIODevice::ReadOnly) &&
                   log.readAll().contains("the SPARQL store cannot be reached");
        }));
        QVERIFY(store.start());
        QVERIFY(eventually([&] {
            return store.triplesIn(*open) == 0 && store.hasName(*later, u"Jardin partagé"_s) &&
                   store.hasName(*shared, u"Recyclerie"_s);
        }));
        QVERIFY(eventually([&] {
            return hub.admin({u"mirror"_s, u"status"_s}).contains(u"(0 behind)"_s);
        }));

        // A record that stops being public leaves the store.
        QVERIFY(a1.replica->update(*shared, {}, Visibility::Network));
        QVERIFY(syncOk(a1));
        QVERIFY(eventually([&] { return store.triplesIn(*shared) == 0; }));
    }

    void refusesAnIriThatCannotBeWritten()
    {
        wire::RemoteRecord bad;
        bad.iri = u"https://reseau-a.example.org/id/a b"_s;
        bad.visibility = Visibility::Public;
        QVERIFY(!hub::SparqlMirror::updateRequest({bad}));
    }
};

QTEST_GUILESS_MAIN(TestSparqlMirror)
#include "test_sparqlmirror.moc"
