// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace pes {

// One tile of the usual "slippy map" grid: 2^z x 2^z tiles at zoom z, x from
// the west, y from the north.
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};

// Tile column and row holding a point at a zoom (latitude clamped to Web
// Mercator's limits, longitude wrapped).
int tileColumn(double longitude, int zoom);
int tileRow(double latitude, int zoom);

// A rectangle of the map kept on disk for use with no connection: its name, its
// rectangle in degrees (west > east crosses the antimeridian), its zoom range
// and the tile source (URL template) its tiles come from.
struct OfflineArea
{
    static constexpr int zoomLimit = 20;

    QString id;
    QString name;
    double west = 0;
    double south = 0;
    double east = 0;
    double north = 0;
    int minZoom = 0;
    int maxZoom = 0;
    QString urlTemplate;
    QDateTime created;

    // A name, a non-empty rectangle, a zoom range within 0..maxZoom.
    Status validate() const;
    qint64 tileCount() const;
    bool contains(const TileKey &tile) const;
    // Every tile of the area, zoom by zoom; stops when visit returns false.
    void forEachTile(const std::function<bool(const TileKey &)> &visit) const;

    QJsonObject toJson() const;
    static Result<OfflineArea> fromJson(const QJsonObject &object);
};

} // namespace pes
