// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerclusterer.h"

#include <algorithm>
#include <cmath>

namespace pes {

namespace {

struct CellRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive
};

qint64 cellOf(double unit, qint64 cells)
{
    return std::clamp<qint64>(qint64(std::floor(unit * double(cells))), 0, cells - 1);
}

// The cells a viewport touches at a zoom: rows row0..row1 of one or two
// column ranges (two across the antimeridian).
struct ViewCells
{
    qint64 cells = 1; // per side of the world
    qint64 row0 = 0;
    qint64 row1 = 0;
    QList<CellRange> columns;
};

ViewCells viewCells(int zoom, int cellPixels, const GeoBox &viewport)
{
    ViewCells view;
    view.cells = std::max<qint64>(1, (qint64(256) << zoom) / cellPixels);
    const qint64 cells = view.cells;
    view.row0 = cellOf(mercatorY(viewport.north), cells);
    view.row1 = cellOf(mercatorY(viewport.south), cells);
    const qint64 west = cellOf(mercatorX(viewport.west), cells);
    const qint64 east = cellOf(mercatorX(viewport.east), cells);
    if (viewport.west <= viewport.east)
        view.columns.append({west, east});
    else if (west <= east + 1)
        view.columns.append({0, cells - 1}); // wraps over the whole world
    else
        view.columns.append({{0, east}, {west, cells - 1}});
    return view;
}

} // namespace

QList<MapCluster> MarkerClusterer::clusters(const MarkerIndex &index, const QBitArray &filter,
                                            double zoom, const GeoBox &viewport) const
{
    const int z = std::clamp(int(std::floor(zoom)), 0, maxZoom);
    const ViewCells view = viewCells(z, m_cellPixels, viewport);
    const qint64 cells = view.cells;
    const qint64 row0 = view.row0;
    const qint64 row1 = view.row1;
    const QList<CellRange> &columns = view.columns;

    QHash<qint64, int> cellSlots;
    QList<MapCluster> out;
    QList<double> sums; // latitude and longitude sums, two per cluster
    const auto &markers = index.markers();
    for (const CellRange &range : std::as_const(columns)) {
        const double x0 = double(range.first) / double(cells);
        auto it = std::lower_bound(markers.begin(), markers.end(), x0,
                                   [](const MapMarker &m, double x) { return m.x < x; });
        // Step back over markers that round into the first column.
        while (it != markers.begin() && cellOf((it - 1)->x, cells) >= range.first)
            --it;
        for (; it != markers.end(); ++it) {
            const qint64 column = cellOf(it->x, cells);
            if (column > range.last)
                break;
            if (column < range.first)
                continue;
            const int position = int(it - markers.begin());
            if (!filter.isEmpty() && !filter.testBit(position))
                continue;
            const qint64 row = cellOf(it->y, cells);
            if (row < row0 || row > row1)
                continue;
            const qint64 key = column * cells + row;
            auto slot = cellSlots.constFind(key);
            int n;
            if (slot == cellSlots.constEnd()) {
                n = int(out.size());
                cellSlots.insert(key, n);
                MapCluster cluster;
                cluster.cell = key;
                cluster.first = position;
                cluster.bounds = {it->longitude, it->latitude, it->longitude, it->latitude};
                out.append(cluster);
                sums.append(0);
                sums.append(0);
            } else {
                n = *slot;
            }
            MapCluster &cluster = out[n];
            ++cluster.count;
            switch (it->type) {
            case MarkerType::Organisation:
                ++cluster.organisations;
                break;
            case MarkerType::Offer:
                ++cluster.offers;
                break;
            case MarkerType::Need:
                ++cluster.needs;
                break;
            }
            cluster.bounds.west = std::min(cluster.bounds.west, it->longitude);
            cluster.bounds.east = std::max(cluster.bounds.east, it->longitude);
            cluster.bounds.south = std::min(cluster.bounds.south, it->latitude);
            cluster.bounds.north = std::max(cluster.bounds.north, it->latitude);
            sums[2 * n] += it->latitude;
            sums[2 * n + 1] += it->longitude;
        }
    }
    for (int n = 0; n < out.size(); ++n) {
        out[n].latitude = sums.at(2 * n) / out.at(n).count;
        out[n].longitude = sums.at(2 * n + 1) / out.at(n).count;
    }
    return out;
}

ClusterPyramid::ClusterPyramid(const MarkerIndex &index, const QBitArray &filter,
                               const MarkerClusterer &clusterer)
    : m_cellPixels(clusterer.cellPixels())
{
    m_levels.reserve(maxZoom + 1);
    for (int zoom = 0; zoom <= maxZoom; ++zoom) {
        QList<MapCluster> level = clusterer.clusters(index, filter, zoom, GeoBox());
        std::sort(level.begin(), level.end(),
                  [](const MapCluster &a, const MapCluster &b) { return a.cell < b.cell; });
        m_levels.append(std::move(level));
    }
}

QList<MapCluster> ClusterPyramid::clusters(double zoom, const GeoBox &viewport) const
{
    const int z = std::clamp(int(std::floor(zoom)), 0, maxZoom);
    const ViewCells view = viewCells(z, m_cellPixels, viewport);
    const QList<MapCluster> &level = m_levels.at(z);
    QList<MapCluster> out;
    for (const CellRange &range : view.columns) {
        auto it = std::lower_bound(level.begin(), level.end(), range.first * view.cells,
                                   [](const MapCluster &c, qint64 key) { return c.cell < key; });
        for (; it != level.end() && it->cell / view.cells <= range.last; ++it) {
            const qint64 row = it->cell % view.cells;
            if (row >= view.row0 && row <= view.row1)
                out.append(*it);
        }
    }
    return out;
}

} // namespace pes
