// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerindex.h"

#include <cmath>

namespace pes {

// A geographic rectangle in degrees; west > east crosses the antimeridian.
struct GeoBox
{
    double west = -180;
    double south = -85.0511;
    double east = 180;
    double north = 85.0511;
};

// One symbol on the map: a single marker (count 1, with its record) or a
// cluster of several, placed at the mean of its members.
struct MapCluster
{
    double latitude = 0;
    double longitude = 0;
    int count = 0;
    int organisations = 0;
    int offers = 0;
    int needs = 0;
    int first = -1;  // index in MarkerIndex::markers() of one member (the only one when count 1)
    GeoBox bounds;   // the members' bounding box, to zoom onto
    qint64 cell = 0; // grid cell key, stable for a zoom
};

// Grid clustering: at zoom z the world is cut into square cells of
// cellPixels screen pixels (256-pixel tiles), fixed in the world and not in
// the viewport, so a marker belongs to the same cluster whatever the
// viewport (stable while panning) and to exactly one cluster per zoom. A
// viewport returns every cell it touches, whole.
class MarkerClusterer
{
public:
    static constexpr int maxZoom = 22;
    explicit MarkerClusterer(int cellPixels = 64)
        : m_cellPixels(cellPixels)
    {
    }

    // Clusters of the markers let through by `filter` (all when empty) in the
    // viewport at this zoom (rounded down, clamped to 0..maxZoom).
    QList<MapCluster> clusters(const MarkerIndex &index, const QBitArray &filter, double zoom,
                               const GeoBox &viewport) const;

    int cellPixels() const { return m_cellPixels; }

private:
    int m_cellPixels;
};

// The clusters of the whole world at the low zooms (0 to maxZoom), computed
// once per index and filter (in the MarkerWorker's thread) and sorted by
// cell, so a wide viewport is answered by a binary search over a few
// thousand cells instead of a walk over every marker. Its answers are the
// same as MarkerClusterer's (same cells, counts, means and bounds).
class ClusterPyramid
{
public:
    static constexpr int maxZoom = 11;

    ClusterPyramid() = default;
    ClusterPyramid(const MarkerIndex &index, const QBitArray &filter,
                   const MarkerClusterer &clusterer);

    bool covers(double zoom) const
    {
        return !m_levels.isEmpty() && int(std::floor(zoom)) <= maxZoom;
    }
    QList<MapCluster> clusters(double zoom, const GeoBox &viewport) const;

private:
    int m_cellPixels = 64;
    QList<QList<MapCluster>> m_levels; // per zoom, sorted by cell key (column, then row)
};

} // namespace pes
