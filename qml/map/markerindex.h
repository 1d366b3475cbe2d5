// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "replica/search.h"

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pes {

class Replica;

// What a marker stands for; exchanges are told apart by their "way".
enum class MarkerType { Organisation, Offer, Need };

struct MapMarker
{
    qint64 id = 0;
    QString iri;
    QString title;
    MarkerType type = MarkerType::Organisation;
    double latitude = 0;
    double longitude = 0;
    double x = 0; // Web Mercator, 0 (west) to 1 (east)
    double y = 0; // Web Mercator, 0 (north) to 1 (south)
};

// Web Mercator projection onto the unit square, latitude clamped to the
// projection's limits.
double mercatorX(double longitude);
double mercatorY(double latitude);
double longitudeFromX(double x);
double latitudeFromY(double y);

// The live organisations and exchanges of a replica that have coordinates,
// sorted by Web Mercator x so a viewport is found by binary search. Loaded
// whole once (a few MB for 200,000 records), then brought up to date with
// the records a change touched.
class MarkerIndex
{
public:
    Status load(Replica &replica);
    // Reads these records again: moved, new, deleted, or no longer on the map.
    // Ends equal to a fresh load(), in a fraction of its time for a few records.
    Status update(Replica &replica, const QStringList &iris);

    const QList<MapMarker> &markers() const { return m_markers; }
    int size() const { return int(m_markers.size()); }
    // Position of a record in markers(), or -1.
    int indexOf(qint64 id) const { return m_positions.value(id, -1); }
    int indexOf(const QString &iri) const;

    // Which markers the list's query lets through (the search text, kinds, tag,
    // place, network, visibility, field filters), one bit per marker. A query
    // with no filter at all lets everything through without a search.
    Result<QBitArray> filter(Replica &replica, const SearchQuery &query) const;

private:
    void index();

    QList<MapMarker> m_markers;
    QHash<qint64, int> m_positions;
};

} // namespace pes
