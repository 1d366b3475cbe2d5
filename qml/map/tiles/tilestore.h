// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "offlinearea.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pes {

// What an offline area holds on disk.
struct AreaUsage
{
    qint64 tiles = 0; // of tileCount() tiles, those on disk
    qint64 bytes = 0;
};

// The tiles kept for use with no connection, one folder per tile source, and
// the list of offline areas (areas.json) beside them.
//
// A source's folder is flat and names its tiles as Qt Location's osm plugin
// expects in its offline directory (osm_100-l-8-<z>-<x>-<y>.<ext>, map type 8
// being the custom URL template), so the map reads it directly through
// "osm.mapping.offline.directory". A tile is written to a temporary file and
// renamed only once its length matches and it decodes as an image: the store
// never holds a broken tile.
class TileStore
{
public:
    // A tile's size when nothing is known of the source yet (a 256-pixel PNG
    // of a town map is typically 10 to 40 kB).
    static constexpr qint64 defaultTileBytes = 25 * 1024;

    explicit TileStore(QString root);

    QString root() const { return m_root; }
    // The folder of a source's tiles, to give the map plugin.
    QString folder(const QString &sourceId) const;
    static QString fileName(const TileKey &tile, const QString &suffix);

    // The file of a tile on disk, or an empty string.
    QString tilePath(const QString &sourceId, const TileKey &tile) const;
    bool has(const QString &sourceId, const TileKey &tile) const
    {
        return !tilePath(sourceId, tile).isEmpty();
    }
    // Checks and stores a downloaded tile; expectedLength is the response's
    // Content-Length, or -1 when it had none. Returns the bytes stored.
    Result<qint64> store(const QString &sourceId, const TileKey &tile, const QByteArray &bytes,
                         qint64 expectedLength);

    // The average size of a source's stored tiles, or defaultTileBytes when
    // fewer than 20 are stored.
    qint64 averageTileBytes(const QString &sourceId) const;
    // Tiles x the average tile size: what downloading the area would take.
    qint64 estimateBytes(const OfflineArea &area) const;

    Result<QList<OfflineArea>> areas() const;
    Result<OfflineArea> area(const QString &id) const;
    // Adds the area, or replaces the one with the same id.
    Status saveArea(const OfflineArea &area);
    AreaUsage usage(const OfflineArea &area) const;
    // Forgets the area and deletes its tiles, except those another area of the
    // same source also covers.
    Status removeArea(const QString &id);

private:
    Status writeAreas(const QList<OfflineArea> &areas);

    QString m_root;
};

} // namespace pes
