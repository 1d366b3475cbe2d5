// SPDX-License-Identifier: GPL-3.0-or-later
// The map's marker index and grid clustering against a real temporary replica
// filled with demo data: every marker counted once at every zoom, clusters
// stable while panning, the list's filters applied.
#include "demo/demodata.h"
#include "markerclusterer.h"
#include "replica/replica.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pes;

Q_DECLARE_METATYPE(pes::GeoBox)

class TestMarkerClusters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMarkerOnceAtEveryZoom_data();
    void everyMarkerOnceAtEveryZoom();
    void stableWhilePanning();
    void viewportKeepsWholeCells();
    void antimeridianViewport();
    void kindsFilter();
    void textFilter();
    void followsReplicaChanges();
    void updateEqualsAFreshLoad();
    void pyramidMatchesClusterer_data();
    void pyramidMatchesClusterer();

private:
    qint64 sum(const QList<MapCluster> &clusters) const;
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    MarkerIndex m_index;
};

qint64 TestMarkerClusters::sum(const QList<MapCluster> &clusters) const
{
    qint64 total = 0;
    for (const MapCluster &cluster : clusters) {
        // A broken cluster makes the sum wrong, so the caller's comparison fails.
        if (cluster.count <= 0 ||
            cluster.organisations + cluster.offers + cluster.needs != cluster.count)
            return -1;
        total += cluster.count;
    }
    return total;
}

void TestMarkerClusters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto replica =
        Replica::create(m_dir.filePath(u"map.pes"_s), {u"https://apeas.example.org"_s, u"APEAS"_s});
    QVERIFY2(replica, qPrintable(replica ? QString() : replica.error().message));
    m_replica = std::move(*replica);
    auto made = generateDemoData(*m_replica, {.organisations = 400, .seed = 7, .related = true});
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(m_index.load(*m_replica));
    const int expected = made->value(Kind::Organisation) + made->value(Kind::Exchange);
    QVERIFY(made->value(Kind::Exchange) > 0);
    // Demo organisations and exchanges all carry coordinates.
    QCOMPARE(m_index.size(), expected);
}

void TestMarkerClusters::everyMarkerOnceAtEveryZoom_data()
{
    QTest::addColumn<double>("zoom");
    for (int z = 0; z <= MarkerClusterer::maxZoom; z += 1)
        QTest::addRow("z%d", z) << double(z);
    QTest::addRow("fractional") << 9.7;
}

void TestMarkerClusters::everyMarkerOnceAtEveryZoom()
{
    QFETCH(double, zoom);
    const MarkerClusterer clusterer;
    const auto clusters = clusterer.clusters(m_index, {}, zoom, GeoBox{});
    QCOMPARE(sum(clusters), qint64(m_index.size()));
    // Recount independently: each marker's own cell holds exactly the
    // cluster it is counted in, and cells are distinct.
    const qint64 cells = (qint64(256) << int(zoom)) / 64;
    QHash<qint64, int> perCell;
    for (const MapMarker &marker : m_index.markers()) {
        const qint64 column = std::min<qint64>(qint64(std::floor(marker.x * cells)), cells - 1);
        const qint64 row = std::min<qint64>(qint64(std::floor(marker.y * cells)), cells - 1);
        ++perCell[column * cells + row];
    }
    QCOMPARE(clusters.size(), perCell.size());
    for (const MapCluster &cluster : clusters)
        QCOMPARE(cluster.count, perCell.value(cluster.cell));
    if (zoom >=
        20) // at street level demo markers stand apart, except exchanges on their organisation
        QVERIFY(clusters.size() > m_index.size() / 3);
    if (zoom == 0)
        QVERIFY(clusters.size() <= 2);
}

void TestMarkerClusters::stableWhilePanning()
{
    const MarkerClusterer clusterer;
    auto byCell = [](const QList<MapCluster> &clusters) {
        QHash<qint64, MapCluster> map;
        for (const MapCluster &cluster : clusters)
            map.insert(cluster.cell, cluster);
        return map;
    };
    for (double zoom : {7.0, 9.0, 11.0, 13.0}) {
        // Around Marseille, then panned east by steps of a fraction of the view.
        GeoBox view{5.0, 43.1, 5.8, 43.5};
        auto before = byCell(clusterer.clusters(m_index, {}, zoom, view));
        QVERIFY(!before.isEmpty());
        for (int step = 0; step < 6; ++step) {
            view.west += 0.13;
            view.east += 0.13;
            const auto after = byCell(clusterer.clusters(m_index, {}, zoom, view));
            int shared = 0;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (!before.contains(it.key()))
                    continue;
                ++shared;
                const MapCluster &old = before.value(it.key());
                QCOMPARE(it->count, old.count);
                QCOMPARE(it->first, old.first);
                QCOMPARE(it->latitude, old.latitude);
                QCOMPARE(it->longitude, old.longitude);
            }
            if (zoom <= 9)
                QVERIFY(shared > 0);
            before = after;
        }
    }
}

void TestMarkerClusters::viewportKeepsWholeCells()
{
    // Every marker inside a viewport is in one of its clusters, and a cluster
    // cut by the viewport's edge keeps its full count.
    const MarkerClusterer clusterer;
    const GeoBox view{4.8, 43.2, 6.1, 43.9};
    for (double zoom : {6.0, 8.0, 10.0, 12.0, 15.0}) {
        const auto world = clusterer.clusters(m_index, {}, zoom, GeoBox{});
        QHash<qint64, int> worldCount;
        for (const MapCluster &cluster : world)
            worldCount.insert(cluster.cell, cluster.count);
        const auto clusters = clusterer.clusters(m_index, {}, zoom, view);
        QSet<int> members;
        for (const MapCluster &cluster : clusters)
            QCOMPARE(cluster.count, worldCount.value(cluster.cell));
        int inside = 0;
        for (const MapMarker &marker : m_index.markers())
            if (marker.longitude >= view.west && marker.longitude <= view.east &&
                marker.latitude >= view.south && marker.latitude <= view.north)
                ++inside;
        QVERIFY(inside > 0);
        QVERIFY(sum(clusters) >= inside);
        QVERIFY(sum(clusters) <= m_index.size());
    }
}

void TestMarkerClusters::antimeridianViewport()
{
    const MarkerClusterer clusterer;
    // A view from 170°E across the antimeridian to 10°E holds PACA, once.
    const auto wrapped = clusterer.clusters(m_index, {}, 3, GeoBox{170, -60, 10, 80});
    QCOMPARE(sum(wrapped), qint64(m_index.size()));
    // A view wrapping all the way round counts each marker once too.
    const auto round = clusterer.clusters(m_index, {}, 3, GeoBox{-10, -60, -20, 80});
    QCOMPARE(sum(round), qint64(m_index.size()));
    // And a view over the Pacific holds nothing.
    QVERIFY(clusterer.clusters(m_index, {}, 3, GeoBox{170, -60, -170, 80}).isEmpty());
}

void TestMarkerClusters::kindsFilter()
{
    SearchQuery query;
    query.kinds = {Kind::Exchange};
    auto bits = m_index.filter(*m_replica, query);
    QVERIFY(bits);
    SearchQuery count;
    count.kinds = {Kind::Exchange};
    const qint64 exchanges = *m_replica->count(count);
    QCOMPARE(qint64(bits->count(true)), exchanges);
    const MarkerClusterer clusterer;
    for (double zoom : {0.0, 8.0, 14.0}) {
        const auto clusters = clusterer.clusters(m_index, *bits, zoom, GeoBox{});
        QCOMPARE(sum(clusters), exchanges);
        int offers = 0, needs = 0;
        for (const MapCluster &cluster : clusters) {
            QCOMPARE(cluster.organisations, 0);
            offers += cluster.offers;
            needs += cluster.needs;
        }
        QVERIFY(offers > 0);
        QVERIFY(needs > 0);
    }
}

void TestMarkerClusters::textFilter()
{
    // The search text of the lists, with a place filter: the map shows the
    // organisations and exchanges the search finds, no more.
    const MapMarker &sample = m_index.markers().at(m_index.size() / 2);
    SearchQuery query;
    query.text = sample.title.section(u' ', 0, 0);
    auto bits = m_index.filter(*m_replica, query);
    QVERIFY(bits);
    QVERIFY(bits->testBit(m_index.size() / 2));
    SearchQuery all = query;
    all.limit = 1000000;
    auto hits = m_replica->search(all);
    QVERIFY(hits);
    int mapped = 0;
    for (const SearchHit &hit : *hits)
        if (hit.kind == Kind::Organisation || hit.kind == Kind::Exchange)
            ++mapped;
    QCOMPARE(bits->count(true), mapped);
    QVERIFY(mapped < m_index.size());
    const auto clusters = MarkerClusterer().clusters(m_index, *bits, 5, GeoBox{});
    QCOMPARE(sum(clusters), qint64(mapped));

    SearchQuery nothing;
    nothing.text = u"zzzqqqxxx"_s;
    auto none = m_index.filter(*m_replica, nothing);
    QVERIFY(none);
    QCOMPARE(none->count(true), 0);
    QVERIFY(MarkerClusterer().clusters(m_index, *none, 5, GeoBox{}).isEmpty());
}

void TestMarkerClusters::followsReplicaChanges()
{
    MarkerIndex index;
    QVERIFY(index.load(*m_replica));
    const int before = index.size();
    const QString removed = index.markers().first().iri;
    QVERIFY(m_replica->remove(removed));
    auto added = m_replica->create(
        Kind::Organisation,
        {{u"name"_s, u"Épicerie du Panier"_s}, {u"latitude"_s, 43.2990}, {u"longitude"_s, 5.3680}});
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    auto noCoordinates =
        m_replica->create(Kind::Organisation, {{u"name"_s, u"Association sans adresse"_s}});
    QVERIFY(noCoordinates);
    QVERIFY(index.load(*m_replica));
    QCOMPARE(index.size(), before);
    QCOMPARE(index.indexOf(removed), -1);
    QVERIFY(index.indexOf(*added) >= 0);
    QCOMPARE(index.indexOf(*noCoordinates), -1);
    const MapMarker &marker = index.markers().at(index.indexOf(*added));
    QCOMPARE(marker.type, MarkerType::Organisation);
    QCOMPARE(marker.latitude, 43.2990);
    QVERIFY(std::abs(latitudeFromY(marker.y) - 43.2990) < 1e-9);
    QVERIFY(std::abs(longitudeFromX(marker.x) - 5.3680) < 1e-9);
}

void TestMarkerClusters::updateEqualsAFreshLoad()
{
    MarkerIndex index;
    QVERIFY(index.load(*m_replica));
    const QList<MapMarker> &markers = index.markers();
    QString offer;
    for (const MapMarker &marker : markers)
        if (marker.type == MarkerType::Offer && offer.isEmpty())
            offer = marker.iri;
    QVERIFY(!offer.isEmpty());
    const QString moved = markers.at(0).iri, renamed = markers.at(1).iri,
                  deleted = markers.at(2).iri, unplaced = markers.last().iri;

    // Every way a record can change on the map, in one batch of changed records.
    QStringList changed{moved, renamed, deleted, unplaced, offer};
    QVERIFY(m_replica->update(moved, {{u"latitude"_s, 44.1}, {u"longitude"_s, 6.2}}));
    QVERIFY(m_replica->update(renamed, {{u"name"_s, u"Nouveau nom"_s}}));
    QVERIFY(m_replica->remove(deleted));
    QVERIFY(m_replica->update(
        unplaced, {{u"latitude"_s, QJsonValue::Null}, {u"longitude"_s, QJsonValue::Null}}));
    QVERIFY(m_replica->update(offer, {{u"way"_s, u"need"_s}}));
    auto added = m_replica->create(
        Kind::Organisation,
        {{u"name"_s, u"Jardin partagé"_s}, {u"latitude"_s, 43.5}, {u"longitude"_s, 5.4}});
    QVERIFY(added);
    auto elsewhere = m_replica->create(Kind::Organisation, {{u"name"_s, u"Sans lieu"_s}});
    QVERIFY(elsewhere);
    changed << *added << *elsewhere << u"https://apeas.example.org/id/organisation/unknown"_s;
    QVERIFY(index.update(*m_replica, changed + changed)); // duplicates are harmless

    MarkerIndex fresh;
    QVERIFY(fresh.load(*m_replica));
    QCOMPARE(index.size(), fresh.size());
    for (int i = 0; i < fresh.size(); ++i) {
        const MapMarker &a = index.markers().at(i), &b = fresh.markers().at(i);
        QVERIFY2(a.id == b.id && a.iri == b.iri && a.title == b.title && a.type == b.type &&
                     a.x == b.x && a.y == b.y,
                 qPrintable(u"marker %1: %2 against %3"_s.arg(i).arg(a.iri, b.iri)));
        QCOMPARE(index.indexOf(a.id), i);
    }
    QCOMPARE(index.indexOf(deleted), -1);
    QCOMPARE(index.indexOf(unplaced), -1);
    QCOMPARE(index.markers().at(index.indexOf(offer)).type, MarkerType::Need);
    QCOMPARE(index.markers().at(index.indexOf(renamed)).title, u"Nouveau nom"_s);
}

void TestMarkerClusters::pyramidMatchesClusterer_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<GeoBox>("view");
    const QList<std::pair<const char *, GeoBox>> views = {
        {"world", GeoBox()},
        {"Provence", {4.2, 42.9, 7.8, 44.9}},
        {"Marseille", {5.30, 43.25, 5.45, 43.35}},
        {"antimeridian", {170, -50, -170, 60}},
    };
    for (const bool filtered : {false, true})
        for (const auto &[name, box] : views)
            QTest::addRow("%s%s", name, filtered ? ", organisations only" : "") << filtered << box;
}

void TestMarkerClusters::pyramidMatchesClusterer()
{
    QFETCH(bool, filtered);
    QFETCH(GeoBox, view);
    QBitArray filter;
    if (filtered) {
        auto bits = m_index.filter(*m_replica, {.kinds = {Kind::Organisation}});
        QVERIFY(bits);
        filter = *bits;
    }
    const MarkerClusterer clusterer;
    const ClusterPyramid pyramid(m_index, filter, clusterer);
    QVERIFY(!ClusterPyramid().covers(0));
    QVERIFY(pyramid.covers(ClusterPyramid::maxZoom + 0.9));
    QVERIFY(!pyramid.covers(ClusterPyramid::maxZoom + 1));
    const auto byCell = [](QList<MapCluster> clusters) {
        std::sort(clusters.begin(), clusters.end(),
                  [](const MapCluster &a, const MapCluster &b) { return a.cell < b.cell; });
        return clusters;
    };
    for (double zoom = 0; zoom <= ClusterPyramid::maxZoom; zoom += 0.5) {
        const QList<MapCluster> expected = byCell(clusterer.clusters(m_index, filter, zoom, view));
        const QList<MapCluster> actual = byCell(pyramid.clusters(zoom, view));
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).cell, expected.at(i).cell);
            QCOMPARE(actual.at(i).count, expected.at(i).count);
            QCOMPARE(actual.at(i).offers, expected.at(i).offers);
            QCOMPARE(actual.at(i).first, expected.at(i).first);
            QCOMPARE(actual.at(i).latitude, expected.at(i).latitude);
            QCOMPARE(actual.at(i).longitude, expected.at(i).longitude);
            QCOMPARE(actual.at(i).bounds.west, expected.at(i).bounds.west);
            QCOMPARE(actual.at(i).bounds.north, expected.at(i).bounds.north);
        }
    }
}

QTEST_GUILESS_MAIN(TestMarkerClusters)
#include "test_markerclusters.moc"
