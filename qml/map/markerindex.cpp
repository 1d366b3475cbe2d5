// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerindex.h"

#include "domain/kinds.h"
#include "maplogging.h"
#include "replica/replica.h"
#include "storage/sqlite.h"

#include <QSet>
#include <QtMath>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace pes {

namespace {
constexpr double maxLatitude = 85.05112878;
} // namespace

double mercatorX(double longitude)
{
    return (std::clamp(longitude, -180.0, 180.0) + 180.0) / 360.0;
}

double mercatorY(double latitude)
{
    const double phi = qDegreesToRadians(std::clamp(latitude, -maxLatitude, maxLatitude));
    return (1.0 - std::log(std::tan(phi) + 1.0 / std::cos(phi)) / M_PI) / 2.0;
}

double longitudeFromX(double x)
{
    return x * 360.0 - 180.0;
}

double latitudeFromY(double y)
{
    return qRadiansToDegrees(std::atan(std::sinh(M_PI * (1.0 - 2.0 * y))));
}

namespace {

bool before(const MapMarker &a, const MapMarker &b)
{
    return a.x < b.x || (a.x == b.x && a.id < b.id);
}

// SQLite's default limit on bound parameters is 32,766; stay well below.
constexpr int irisPerQuery = 500;

// Reads the markers of the live records `where` selects; its first two
// parameters are the kinds, `bindings` the next ones.
Result<QList<MapMarker>> readMarkers(Replica &replica, const QString &where,
                                     const QStringList &bindings = {})
{
    auto statement = replica.database().prepare(
        u"SELECT id, iri, kind, title, fields ->> 'latitude', fields ->> 'longitude', "
        u"fields ->> 'way' FROM record WHERE deleted IS NULL AND "_s +
        where + u" AND fields ->> 'latitude' IS NOT NULL AND fields ->> 'longitude' IS NOT NULL"_s);
    if (!statement)
        return std::unexpected(statement.error());
    sql::Query select(**statement);
    select->bind(1, kindInfo(Kind::Organisation).name);
    select->bind(2, kindInfo(Kind::Exchange).name);
    for (int i = 0; i < bindings.size(); ++i)
        select->bind(3 + i, bindings.at(i));
    QList<MapMarker> markers;
    while (true) {
        auto row = select->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        MapMarker marker;
        marker.id = select->integer(0);
        marker.iri = select->text(1);
        marker.title = select->text(3);
        marker.latitude = select->real(4);
        marker.longitude = select->real(5);
        if (!std::isfinite(marker.latitude) || !std::isfinite(marker.longitude) ||
            qAbs(marker.latitude) > 90 || qAbs(marker.longitude) > 180)
            continue;
        if (select->text(2) == kindInfo(Kind::Exchange).name)
            marker.type = select->text(6) == u"need"_s ? MarkerType::Need : MarkerType::Offer;
        marker.x = mercatorX(marker.longitude);
        marker.y = mercatorY(marker.latitude);
        markers.append(std::move(marker));
    }
    return markers;
}

} // namespace

Status MarkerIndex::load(Replica &replica)
{
    auto markers = readMarkers(replica, u"kind IN (?, ?)"_s);
    if (!markers)
        return std::unexpected(markers.error());
    m_markers = std::move(*markers);
    std::sort(m_markers.begin(), m_markers.end(), before);
    index();
    qCDebug(lcMap) << "marker index loaded:" << m_markers.size() << "markers";
    return {};
}

Status MarkerIndex::update(Replica &replica, const QStringList &iris)
{
    const QSet<QString> touched(iris.cbegin(), iris.cend());
    const QStringList unique(touched.cbegin(), touched.cend());
    QList<MapMarker> fresh;
    for (qsizetype start = 0; start < unique.size(); start += irisPerQuery) {
        const QStringList part = unique.mid(start, irisPerQuery);
        QStringList marks(part.size(), u"?"_s);
        // "+kind": look the records up by IRI; SQLite would otherwise walk
        // the kind index (every organisation) for a long list of IRIs.
        auto read =
            readMarkers(replica, u"+kind IN (?, ?) AND iri IN (%1)"_s.arg(marks.join(u',')), part);
        if (!read)
            return std::unexpected(read.error());
        fresh.append(std::move(*read));
    }
    std::sort(fresh.begin(), fresh.end(), before);

    // The markers kept in their order, merged with the fresh ones.
    QList<MapMarker> merged;
    merged.reserve(m_markers.size() + fresh.size());
    auto next = fresh.cbegin();
    for (const MapMarker &marker : std::as_const(m_markers)) {
        if (touched.contains(marker.iri))
            continue;
        while (next != fresh.cend() && before(*next, marker))
            merged.append(*next++);
        merged.append(marker);
    }
    while (next != fresh.cend())
        merged.append(*next++);
    m_markers = std::move(merged);
    index();
    qCDebug(lcMap) << "marker index updated:" << unique.size() << "records read again,"
                   << m_markers.size() << "markers";
    return {};
}

void MarkerIndex::index()
{
    m_positions.clear();
    m_positions.reserve(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i)
        m_positions.insert(m_markers.at(i).id, i);
}

int MarkerIndex::indexOf(const QString &iri) const
{
    for (int i = 0; i < m_markers.size(); ++i)
        if (m_markers.at(i).iri == iri)
            return i;
    return -1;
}

Result<QBitArray> MarkerIndex::filter(Replica &replica, const SearchQuery &query) const
{
    QBitArray bits(m_markers.size(), false);
    const bool unfiltered = query.text.trimmed().isEmpty() && query.tag.isEmpty() &&
                            query.place.isEmpty() && query.network.isEmpty() && !query.visibility &&
                            query.fieldEquals.isEmpty() && !query.deleted;
    if (unfiltered) {
        for (int i = 0; i < m_markers.size(); ++i) {
            const Kind kind = m_markers.at(i).type == MarkerType::Organisation ? Kind::Organisation
                                                                               : Kind::Exchange;
            if (query.kinds.isEmpty() || query.kinds.contains(kind))
                bits.setBit(i);
        }
        return bits;
    }
    SearchQuery all = query;
    all.order = SearchOrder::Title;
    all.offset = 0;
    all.limit = std::numeric_limits<int>::max();
    auto hits = replica.search(all);
    if (!hits)
        return std::unexpected(hits.error());
    for (const SearchHit &hit : std::as_const(*hits)) {
        const int position = m_positions.value(hit.id, -1);
        if (position >= 0)
            bits.setBit(position);
    }
    return bits;
}

} // namespace pes
