// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the map's clusters take to compute for zoom and pan changes
// over a replica of demo organisations (200,000 by default; first argument to
// change it), plus the index load time and its memory. With a second argument
// the replica is kept at that path, with the records around the organisations
// (for screenshots); if that file exists it is measured as it is.
#include "demo/demodata.h"
#include "markerclusterer.h"
#include "replica/replica.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

struct Figures
{
    double median = 0;
    double worst = 0;
};

Figures summarise(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.last()};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int organisations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    const bool keep = argc > 2;
    const QString path = keep ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.pes"_s);
    // A kept replica that already exists is measured as it is (no new demo data).
    const bool reuse = keep && QFileInfo::exists(path);
    auto replica = reuse
                       ? Replica::open(path)
                       : Replica::create(path, {u"https://apeas.example.org"_s, u"APEAS (démo)"_s});
    if (!replica) {
        std::fprintf(stderr, "%s\n", qPrintable(replica.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!reuse) {
        auto made = generateDemoData(**replica, {.organisations = organisations, .related = keep});
        if (!made) {
            std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
            return 1;
        }
        std::printf("demo data: %d organisations in %.1f s\n", organisations,
                    timer.elapsed() / 1000.0);
    }

    MarkerIndex index;
    timer.restart();
    if (Status loaded = index.load(**replica); !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 1;
    }
    std::printf("index load: %d markers in %lld ms (about %.1f MB)\n", index.size(),
                timer.elapsed(), index.size() * (sizeof(MapMarker) + 120.0) / (1024.0 * 1024.0));

    // What the MarkerWorker does after an edit or a sync: a copy of the index
    // brought up to date with the records the change touched.
    for (const int changed : {1, 100, 1000}) {
        QStringList iris;
        for (int i = 0; i < changed; ++i)
            iris.append(index.markers().at(int(qint64(i) * index.size() / changed)).iri);
        timer.restart();
        MarkerIndex copy = index;
        if (Status updated = copy.update(**replica, iris); !updated) {
            std::fprintf(stderr, "%s\n", qPrintable(updated.error().message));
            return 1;
        }
        std::printf("index update after a change of %d record(s): %lld ms\n", changed,
                    timer.elapsed());
    }

    SearchQuery query;
    query.text = u"association"_s;
    timer.restart();
    auto filter = index.filter(**replica, query);
    std::printf("filter (search text \"association\"): %lld ms, %lld markers\n", timer.elapsed(),
                filter ? qint64(filter->count(true)) : -1);

    const MarkerClusterer clusterer;
    // What the MarkerWorker computes after a load or a filter change, off the GUI thread.
    timer.restart();
    const ClusterPyramid plainPyramid(index, QBitArray(), clusterer);
    std::printf("cluster pyramid of zooms 0 to %d (worker thread): %lld ms\n",
                ClusterPyramid::maxZoom, timer.elapsed());
    const ClusterPyramid filteredPyramid(index, filter ? *filter : QBitArray(), clusterer);

    // A 1280x800 window's viewport around Marseille at each zoom, as
    // MapClusterModel computes it: from the pyramid at low zooms, by walking
    // the markers of the view above.
    for (const bool filtered : {false, true}) {
        std::printf("%s\n", filtered ? "with the search text filter:" : "no filter:");
        for (int zoom = 5; zoom <= 16; zoom += 1) {
            const double degreesPerPixel = 360.0 / (256.0 * double(1 << zoom));
            const double halfWidth = 640 * degreesPerPixel, halfHeight = 400 * degreesPerPixel;
            QList<double> times;
            qint64 clusters = 0;
            qint64 most = 0;
            for (int step = 0; step < 20; ++step) { // pans of a tenth of the view, to and fro
                const double lon = 5.3698 + ((step % 9) - 4) * halfWidth / 5, lat = 43.2965;
                const GeoBox view{lon - halfWidth, lat - halfHeight * 0.75, lon + halfWidth,
                                  lat + halfHeight * 0.75};
                QElapsedTimer one;
                one.start();
                const ClusterPyramid &pyramid = filtered ? filteredPyramid : plainPyramid;
                const auto result =
                    pyramid.covers(zoom)
                        ? pyramid.clusters(zoom, view)
                        : clusterer.clusters(index, filtered && filter ? *filter : QBitArray(),
                                             zoom, view);
                times.append(one.nsecsElapsed() / 1e6);
                clusters += result.size();
                most = std::max<qint64>(most, result.size());
            }
            const Figures f = summarise(times);
            std::printf("  zoom %2d: median %6.2f ms, worst %6.2f ms, symbols %lld on average, "
                        "%lld at most\n",
                        zoom, f.median, f.worst, clusters / 20, most);
        }
    }
    return 0;
}
