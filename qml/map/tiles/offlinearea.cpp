// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinearea.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

constexpr double maxLatitude = 85.0511287798;

// The columns an area covers at a zoom: one range, or two when it crosses the
// antimeridian.
struct ColumnRanges
{
    int count = 0;
    int first[2] = {0, 0};
    int last[2] = {0, 0};
};

ColumnRanges columnRanges(const OfflineArea &area, int zoom)
{
    const int west = tileColumn(area.west, zoom);
    const int east = tileColumn(area.east, zoom);
    ColumnRanges ranges;
    if (area.west <= area.east) {
        ranges.count = 1;
        ranges.first[0] = west;
        ranges.last[0] = east;
    } else {
        ranges.count = 2;
        ranges.first[0] = west;
        ranges.last[0] = (1 << zoom) - 1;
        ranges.first[1] = 0;
        ranges.last[1] = east;
    }
    return ranges;
}

} // namespace

int tileColumn(double longitude, int zoom)
{
    const int tiles = 1 << zoom;
    double wrapped = std::fmod(longitude + 180.0, 360.0);
    if (wrapped < 0)
        wrapped += 360.0;
    if (longitude == 180.0)
        wrapped = 360.0; // the east edge belongs to the last column
    return std::clamp(int(std::floor(wrapped / 360.0 * tiles)), 0, tiles - 1);
}

int tileRow(double latitude, int zoom)
{
    const int tiles = 1 << zoom;
    const double radians =
        std::clamp(latitude, -maxLatitude, maxLatitude) * std::numbers::pi / 180.0;
    const double y = (1.0 - std::asinh(std::tan(radians)) / std::numbers::pi) / 2.0;
    return std::clamp(int(std::floor(y * tiles)), 0, tiles - 1);
}

Status OfflineArea::validate() const
{
    if (name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"An offline area needs a name."_s);
    if (!(south < north) || west == east || std::abs(west) > 180 || std::abs(east) > 180)
        return fail(
            Error::Code::InvalidArgument,
            QString(u"The rectangle of offline area \"%1\" is empty or out of range."_s).arg(name));
    if (minZoom < 0 || maxZoom > OfflineArea::zoomLimit || minZoom > maxZoom)
        return fail(
            Error::Code::InvalidArgument,
            QString(u"The zoom range %1 to %2 of offline area \"%3\" is not within 0 to %4."_s)
                .arg(minZoom)
                .arg(maxZoom)
                .arg(name)
                .arg(OfflineArea::zoomLimit));
    return {};
}

qint64 OfflineArea::tileCount() const
{
    qint64 count = 0;
    for (int zoom = minZoom; zoom <= maxZoom; ++zoom) {
        const ColumnRanges columns = columnRanges(*this, zoom);
        const qint64 rows = tileRow(south, zoom) - tileRow(north, zoom) + 1;
        for (int range = 0; range < columns.count; ++range)
            count += qint64(columns.last[range] - columns.first[range] + 1) * rows;
    }
    return count;
}

bool OfflineArea::contains(const TileKey &tile) const
{
    if (tile.z < minZoom || tile.z > maxZoom)
        return false;
    if (tile.y < tileRow(north, tile.z) || tile.y > tileRow(south, tile.z))
        return false;
    const ColumnRanges columns = columnRanges(*this, tile.z);
    for (int range = 0; range < columns.count; ++range)
        if (tile.x >= columns.first[range] && tile.x <= columns.last[range])
            return true;
    return false;
}

void OfflineArea::forEachTile(const std::function<bool(const TileKey &)> &visit) const
{
    for (int zoom = minZoom; zoom <= maxZoom; ++zoom) {
        const ColumnRanges columns = columnRanges(*this, zoom);
        const int top = tileRow(north, zoom);
        const int bottom = tileRow(south, zoom);
        for (int range = 0; range < columns.count; ++range)
            for (int x = columns.first[range]; x <= columns.last[range]; ++x)
                for (int y = top; y <= bottom; ++y)
                    if (!visit({zoom, x, y}))
                        return;
    }
}

QJsonObject OfflineArea::toJson() const
{
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"west"_s, west},
            {u"south"_s, south},
            {u"east"_s, east},
            {u"north"_s, north},
            {u"minZoom"_s, minZoom},
            {u"maxZoom"_s, maxZoom},
            {u"urlTemplate"_s, urlTemplate},
            {u"created"_s, created.toUTC().toString(Qt::ISODate)}};
}

Result<OfflineArea> OfflineArea::fromJson(const QJsonObject &object)
{
    OfflineArea area;
    area.id = object.value(u"id"_s).toString();
    area.name = object.value(u"name"_s).toString();
    area.west = object.value(u"west"_s).toDouble();
    area.south = object.value(u"south"_s).toDouble();
    area.east = object.value(u"east"_s).toDouble();
    area.north = object.value(u"north"_s).toDouble();
    area.minZoom = object.value(u"minZoom"_s).toInt(-1);
    area.maxZoom = object.value(u"maxZoom"_s).toInt(-1);
    area.urlTemplate = object.value(u"urlTemplate"_s).toString();
    area.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODate);
    if (area.id.isEmpty() || area.urlTemplate.isEmpty())
        return fail(Error::Code::Parse, u"An offline area has no id or no tile source."_s);
    PES_TRY(area.validate());
    return area;
}

} // namespace pes
