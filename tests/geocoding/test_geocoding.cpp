// SPDX-License-Identifier: GPL-3.0-or-later
// The geocoding library against a real HTTP server on loopback speaking the
// BAN format: what lands in the replica and its journal, uncertain and
// failed records left alone, retries, cancel, the polite interval, undo.
#include "banserver.h"
#include "geocoding/addressgeocoder.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;
using namespace pes::geocoding;

Q_DECLARE_METATYPE(pes::geocoding::GeocodeResult)

namespace {

const QString network = u"https://reseau.example.org"_s;

QJsonObject organisation(const QString &name, const QString &street, const QString &postcode,
                         const QString &city)
{
    QJsonObject fields{{u"name"_s, name}};
    if (!street.isEmpty())
        fields.insert(u"street"_s, street);
    if (!postcode.isEmpty())
        fields.insert(u"postcode"_s, postcode);
    if (!city.isEmpty())
        fields.insert(u"city"_s, city);
    return fields;
}

qint64 scalar(Replica &replica, const QString &sql)
{
    auto value = replica.database().scalar(sql);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestGeocoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void parseAnswer_data();
    void parseAnswer();
    void addressOfRecords();
    void batchWritesOnlySureMatches();
    void dryRunWritesNothing();
    void cancelKeepsWhatWasLocated();
    void politeInterval();
    void unreachableService();
    void editedMeanwhileIsNotOverwritten();

private:
    GeocodeOptions options() const;
    QString add(const QJsonObject &fields, Kind kind = Kind::Organisation);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<test::BanServer> m_server;
};

void TestGeocoding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto replica = Replica::create(m_dir->filePath(u"replica.sqlite"_s), {network, u"Réseau"_s});
    QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
    m_replica = std::move(*replica);
    m_server = std::make_unique<test::BanServer>();
    QVERIFY(m_server->listen());
}

void TestGeocoding::cleanup()
{
    m_replica.reset();
    m_server.reset();
    m_dir.reset();
}

GeocodeOptions TestGeocoding::options() const
{
    GeocodeOptions options;
    options.service = m_server->url();
    options.intervalMs = 10;
    options.retryDelayMs = 20;
    options.timeoutMs = 5000;
    return options;
}

QString TestGeocoding::add(const QJsonObject &fields, Kind kind)
{
    auto iri = m_replica->create(kind, fields);
    if (!iri)
        qWarning() << iri.error().message;
    return iri.value_or(QString());
}

void TestGeocoding::parseAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("found");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<QString>("error");

    QTest::newRow("match") << QByteArray(R"({"type":"FeatureCollection","features":[{"type":
        "Feature","geometry":{"type":"Point","coordinates":[5.38,43.29]},"properties":{"label":
        "1 La Canebière 13001 Marseille","score":0.9,"postcode":"13001","citycode":"13201",
        "city":"Marseille"}}]})")
                           << true << true << 43.29 << QString();
    QTest::newRow("no feature") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                << true << false << 0.0 << QString();
    QTest::newRow("not json") << QByteArray("<html>busy</html>") << false << false << 0.0
                              << u"not JSON"_s;
    QTest::newRow("not a collection")
        << QByteArray(R"({"type":"Feature"})") << false << false << 0.0 << u"FeatureCollection"_s;
    QTest::newRow("no point") << QByteArray(R"({"type":"FeatureCollection","features":[{
        "type":"Feature","geometry":{"type":"Point","coordinates":[]},"properties":{"score":1}}]})")
                              << false << false << 0.0 << u"no point"_s;
    QTest::newRow("off the globe") << QByteArray(R"({"type":"FeatureCollection","features":[{
        "type":"Feature","geometry":{"type":"Point","coordinates":[5,143]},"properties":{
        "score":1}}]})") << false << false
                                   << 0.0 << u"off the globe"_s;
    QTest::newRow("no score") << QByteArray(R"({"type":"FeatureCollection","features":[{
        "type":"Feature","geometry":{"type":"Point","coordinates":[5,43]},"properties":{}}]})")
                              << false << false << 0.0 << u"no score"_s;
}

void TestGeocoding::parseAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, found);
    QFETCH(double, latitude);
    QFETCH(QString, error);

    auto answer = parseSearchAnswer(body);
    QCOMPARE(answer.has_value(), ok);
    if (!ok) {
        QVERIFY2(answer.error().message.contains(error), qPrintable(answer.error().message));
        return;
    }
    QCOMPARE(answer->has_value(), found);
    if (found) {
        QCOMPARE((*answer)->latitude, latitude);
        QCOMPARE((*answer)->city, u"Marseille"_s);
        QCOMPARE((*answer)->citycode, u"13201"_s);
    }
}

void TestGeocoding::addressOfRecords()
{
    const auto fields = organisation(u"A"_s, u"12 La Canebière"_s, u"13001"_s, u"Marseille"_s);
    QCOMPARE(addressText(fields), u"12 La Canebière, 13001 Marseille"_s);
    QVERIFY(hasAddress(fields));
    QVERIFY(!hasAddress(organisation(u"B"_s, u"12 La Canebière"_s, {}, {})));
    QCOMPARE(addressText(organisation(u"C"_s, {}, {}, u"Aubagne"_s)), u"Aubagne"_s);

    const QString missing = add(fields);
    QJsonObject withPoint = fields;
    withPoint.insert(u"latitude"_s, 43.3);
    withPoint.insert(u"longitude"_s, 5.4);
    const QString located = add(withPoint);
    add(organisation(u"Sans adresse"_s, u"Rue seule"_s, {}, {}));
    const QString trashed = add(organisation(u"Jetée"_s, {}, u"13002"_s, {}));
    QVERIFY(m_replica->remove(trashed));
    const QString person =
        add({{u"familyName"_s, u"Martin"_s}, {u"city"_s, u"Arles"_s}}, Kind::Person);
    add({{u"label"_s, u"bio"_s}}, Kind::Tag);

    auto iris = recordsMissingCoordinates(*m_replica);
    QVERIFY(iris);
    QCOMPARE(*iris, (QStringList{missing, person}));
    QVERIFY(!located.isEmpty());
}

void TestGeocoding::batchWritesOnlySureMatches()
{
    const QString known =
        add(organisation(u"Sûre"_s, u"12 La Canebière"_s, u"13001"_s, u"Marseille"_s));
    const QString unknown = add(organisation(u"Inconnue"_s, u"Nulle part"_s, {}, u"Ici"_s));
    const QString weak = add(organisation(u"Floue"_s, u"Rue Vague"_s, u"13002"_s, u"Marseille"_s));
    const QString flaky =
        add(organisation(u"Patiente"_s, u"3 Rue Capricieuse"_s, u"13100"_s, u"Aix-en-Provence"_s));
    const QString garbage = add(organisation(u"Brouillée"_s, u"Rue Charabia"_s, {}, u"Arles"_s));
    const QString down = add(organisation(u"Panne"_s, u"En panne"_s, {}, u"Arles"_s));
    const QString noAddress = add(organisation(u"Muette"_s, {}, {}, {}));
    const qint64 changesBefore = scalar(*m_replica, u"SELECT count(*) FROM change"_s);
    const qint64 operationsBefore = scalar(*m_replica, u"SELECT count(*) FROM operation"_s);

    AddressGeocoder geocoder(*m_replica, options());
    int progressed = 0;
    connect(&geocoder, &AddressGeocoder::progress, this,
            [&](int done, int total, const GeocodeResult &) {
                QCOMPARE(done, ++progressed);
                QCOMPARE(total, 7);
            });
    auto summary = geocoder.run({known, unknown, weak, flaky, garbage, down, noAddress});
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(progressed, 7);
    QCOMPARE(summary->results.size(), 7);
    QCOMPARE(summary->results[0].outcome, GeocodeOutcome::Located);
    QCOMPARE(summary->results[0].query, u"12 La Canebière, 13001 Marseille"_s);
    QCOMPARE(summary->results[1].outcome, GeocodeOutcome::NotFound);
    QCOMPARE(summary->results[2].outcome, GeocodeOutcome::Uncertain);
    QVERIFY(summary->results[2].reason.contains(u"0.31"_s));
    QCOMPARE(summary->results[3].outcome, GeocodeOutcome::Located);
    QCOMPARE(summary->results[4].outcome, GeocodeOutcome::Failed);
    QVERIFY2(summary->results[4].reason.contains(u"not JSON"_s),
             qPrintable(summary->results[4].reason));
    QCOMPARE(summary->results[5].outcome, GeocodeOutcome::Failed);
    QVERIFY2(summary->results[5].reason.contains(u"503"_s), qPrintable(summary->results[5].reason));
    QCOMPARE(summary->results[6].outcome, GeocodeOutcome::NoAddress);
    QCOMPARE(summary->written, 2);
    QVERIFY(summary->results[0].written && summary->results[3].written);
    QVERIFY(!summary->results[2].written);

    // The service was asked again after its 503, and gave up after the retries.
    QCOMPARE(m_server->requestsFor(u"Capricieuse"_s), 2);
    QCOMPARE(m_server->requestsFor(u"En panne"_s), 4);
    QCOMPARE(m_server->requestsFor(u"Charabia"_s), 1);

    // Only the sure matches have coordinates.
    auto record = m_replica->record(known);
    QVERIFY(record);
    QCOMPARE(record->fields.value(u"latitude"_s).toDouble(), 43.297564);
    QCOMPARE(record->fields.value(u"longitude"_s).toDouble(), 5.379832);
    QVERIFY(hasCoordinates(m_replica->record(flaky)->fields));
    for (const QString &iri : {unknown, weak, garbage, down, noAddress})
        QVERIFY(!hasCoordinates(m_replica->record(iri)->fields));

    // One change in the journal holding the four coordinates.
    QCOMPARE(scalar(*m_replica, u"SELECT count(*) FROM change"_s), changesBefore + 1);
    QCOMPARE(scalar(*m_replica, u"SELECT count(*) FROM operation"_s), operationsBefore + 4);
    auto description =
        m_replica->database().scalar(u"SELECT description FROM change ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(description->toString(), u"Locate 2 records from their address"_s);
    QCOMPARE(scalar(*m_replica, u"SELECT count(*) FROM operation WHERE change = (SELECT max(id) "
                                u"FROM change) AND field IN ('latitude', 'longitude')"_s),
             4);

    // One undo reverts the whole batch.
    auto undone = m_replica->undo();
    QVERIFY(undone);
    QCOMPARE(*undone, u"Locate 2 records from their address"_s);
    QVERIFY(!hasCoordinates(m_replica->record(known)->fields));
    QVERIFY(!hasCoordinates(m_replica->record(flaky)->fields));
    auto missing = recordsMissingCoordinates(*m_replica);
    QCOMPARE(missing->size(), 6);
}

void TestGeocoding::dryRunWritesNothing()
{
    const QString known =
        add(organisation(u"Sûre"_s, u"1 La Canebière"_s, u"13001"_s, u"Marseille"_s));
    const qint64 operations = scalar(*m_replica, u"SELECT count(*) FROM operation"_s);
    GeocodeOptions dry = options();
    dry.dryRun = true;
    AddressGeocoder geocoder(*m_replica, dry);
    auto summary = geocoder.run({known});
    QVERIFY(summary);
    QCOMPARE(summary->count(GeocodeOutcome::Located), 1);
    QCOMPARE(summary->written, 0);
    QVERIFY(!summary->results[0].written);
    QVERIFY(!hasCoordinates(m_replica->record(known)->fields));
    QCOMPARE(scalar(*m_replica, u"SELECT count(*) FROM operation"_s), operations);
}

void TestGeocoding::cancelKeepsWhatWasLocated()
{
    QStringList iris;
    for (int i = 0; i < 5; ++i)
        iris.append(add(organisation(u"Structure %1"_s.arg(i), u"%1 rue de la Paix"_s.arg(i + 1),
                                     u"13001"_s, u"Marseille"_s)));
    AddressGeocoder geocoder(*m_replica, options());
    connect(&geocoder, &AddressGeocoder::progress, this, [&](int done, int, const GeocodeResult &) {
        if (done == 2)
            geocoder.cancel();
    });
    auto summary = geocoder.run(iris);
    QVERIFY(summary);
    QVERIFY(summary->cancelled);
    QCOMPARE(summary->results.size(), 2);
    QCOMPARE(summary->written, 2);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(hasCoordinates(m_replica->record(iris[1])->fields));
    QVERIFY(!hasCoordinates(m_replica->record(iris[2])->fields));
}

void TestGeocoding::politeInterval()
{
    QStringList iris;
    for (int i = 0; i < 4; ++i)
        iris.append(add(organisation(u"S%1"_s.arg(i), {}, {}, u"Ville %1"_s.arg(i))));
    GeocodeOptions slow = options();
    slow.intervalMs = 150;
    AddressGeocoder geocoder(*m_replica, slow);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(geocoder.run(iris));
    // Three waits of 150 ms at least; arrival times at the server are only
    // loosely spaced on a loaded machine, so their span is checked loosely.
    QVERIFY2(timer.elapsed() >= 440, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 4);
    QVERIFY2(requests.last().at - requests.first().at >= 300,
             qPrintable(u"%1 ms"_s.arg(requests.last().at - requests.first().at)));
}

void TestGeocoding::unreachableService()
{
    const QString known =
        add(organisation(u"Sûre"_s, u"1 La Canebière"_s, u"13001"_s, u"Marseille"_s));
    GeocodeOptions closed = options();
    closed.service = QUrl(u"http://127.0.0.1:1"_s);
    closed.retries = 1;
    AddressGeocoder geocoder(*m_replica, closed);
    auto summary = geocoder.run({known});
    QVERIFY(summary);
    QCOMPARE(summary->results[0].outcome, GeocodeOutcome::Failed);
    QVERIFY2(summary->results[0].reason.contains(u"cannot be reached"_s),
             qPrintable(summary->results[0].reason));
    QCOMPARE(summary->written, 0);

    GeocodeOptions wrong = options();
    wrong.service = QUrl(u"ftp://example.org"_s);
    AddressGeocoder refused(*m_replica, wrong);
    auto bad = refused.run({known});
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"not a geocoding service address"_s));
}

// A record edited while the service is being asked keeps the person's edit.
void TestGeocoding::editedMeanwhileIsNotOverwritten()
{
    const QString first =
        add(organisation(u"Une"_s, u"1 La Canebière"_s, u"13001"_s, u"Marseille"_s));
    const QString second =
        add(organisation(u"Deux"_s, u"2 La Canebière"_s, u"13001"_s, u"Marseille"_s));
    AddressGeocoder geocoder(*m_replica, options());
    connect(&geocoder, &AddressGeocoder::progress, this, [&](int done, int, const GeocodeResult &) {
        if (done == 1)
            QVERIFY(m_replica->update(first, {{u"street"_s, u"5 rue Neuve"_s}}));
    });
    auto summary = geocoder.run({first, second});
    QVERIFY(summary);
    QCOMPARE(summary->results[0].outcome, GeocodeOutcome::Failed);
    QVERIFY(summary->results[0].reason.contains(u"changed"_s));
    QCOMPARE(summary->written, 1);
    QVERIFY(!hasCoordinates(m_replica->record(first)->fields));
    QCOMPARE(m_replica->record(first)->fields.value(u"street"_s).toString(), u"5 rue Neuve"_s);
    QVERIFY(hasCoordinates(m_replica->record(second)->fields));
    auto description =
        m_replica->database().scalar(u"SELECT description FROM change ORDER BY id DESC LIMIT 1"_s);
    QCOMPARE(description->toString(), u"Locate “Deux” from its address"_s);
}

QTEST_GUILESS_MAIN(TestGeocoding)
#include "test_geocoding.moc"
