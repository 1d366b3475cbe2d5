// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapclustermodel.h"

#include "maplogging.h"

using namespace Qt::StringLiterals;

namespace pes::desktop {

MapClusterModel::MapClusterModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_worker, &MarkerWorker::ready, this, &MapClusterModel::take);
}

int MapClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

QVariant MapClusterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clusters.size())
        return {};
    const MapCluster &cluster = m_clusters.at(index.row());
    const MapMarker &first = m_index->markers().at(cluster.first);
    switch (role) {
    case LatitudeRole:
        return cluster.latitude;
    case LongitudeRole:
        return cluster.longitude;
    case CountRole:
        return cluster.count;
    case IriRole:
        return cluster.count == 1 ? first.iri : QString();
    case TitleRole:
        return cluster.count == 1 ? first.title : QString();
    case TypeRole:
        if (cluster.count > 1)
            return u"cluster"_s;
        switch (first.type) {
        case MarkerType::Organisation:
            return u"organisation"_s;
        case MarkerType::Offer:
            return u"offer"_s;
        case MarkerType::Need:
            return u"need"_s;
        }
        return {};
    case OrganisationsRole:
        return cluster.organisations;
    case OffersRole:
        return cluster.offers;
    case NeedsRole:
        return cluster.needs;
    case BoundsRole:
        return QVariantList{cluster.bounds.west, cluster.bounds.south, cluster.bounds.east,
                            cluster.bounds.north};
    }
    return {};
}

QHash<int, QByteArray> MapClusterModel::roleNames() const
{
    return {{LatitudeRole, "latitude"},
            {LongitudeRole, "longitude"},
            {CountRole, "count"},
            {IriRole, "iri"},
            {TitleRole, "title"},
            {TypeRole, "type"},
            {OrganisationsRole, "organisations"},
            {OffersRole, "offers"},
            {NeedsRole, "needs"},
            {BoundsRole, "bounds"}};
}

void MapClusterModel::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReplicaSession::openChanged, this, [this] { request(true); });
        connect(m_session, &ReplicaSession::recordsChanged, this,
                [this](const QStringList &iris) { request(iris.isEmpty(), iris); });
    }
    emit sessionChanged();
    request(true);
}

void MapClusterModel::setList(RecordListModel *list)
{
    if (m_list == list)
        return;
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    m_list = list;
    if (m_list)
        connect(m_list, &RecordListModel::queryChanged, this, [this] { request(false); });
    emit listChanged();
    request(false);
}

void MapClusterModel::setViewport(double west, double south, double east, double north, double zoom)
{
    m_viewport = {west, south, east, north};
    m_zoom = zoom;
    recluster();
}

int MapClusterModel::rowOf(const QString &iri) const
{
    for (int row = 0; row < m_clusters.size(); ++row) {
        const MapCluster &cluster = m_clusters.at(row);
        if (cluster.count == 1 && m_index->markers().at(cluster.first).iri == iri)
            return row;
    }
    return -1;
}

void MapClusterModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    catchUp();
}

void MapClusterModel::componentComplete()
{
    m_complete = true;
    catchUp();
}

void MapClusterModel::catchUp()
{
    if (!m_active || !m_complete || !m_deferred)
        return;
    m_deferred = false;
    request(std::exchange(m_deferredReload, false), std::exchange(m_deferredChanged, {}));
}

void MapClusterModel::request(bool reload, const QStringList &changed)
{
    if (!m_active || !m_complete) {
        m_deferred = true;
        m_deferredReload = m_deferredReload || reload;
        m_deferredChanged += changed;
        return;
    }
    const bool open = m_session && m_session->replica();
    const QString path = open ? m_session->path() : QString();
    m_generation = m_worker.submit(path, m_list ? m_list->query() : SearchQuery(), bool(m_list),
                                   reload, changed);
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
}

void MapClusterModel::take(int generation, std::shared_ptr<const MarkerIndex> index,
                           const QBitArray &filter, std::shared_ptr<const ClusterPyramid> pyramid,
                           const QString &error)
{
    // The index and the clusters that point into it change together.
    beginResetModel();
    m_index = std::move(index);
    m_filter = filter;
    m_pyramid = std::move(pyramid);
    m_error = error;
    m_total = m_filter.isEmpty() ? m_index->size() : int(m_filter.count(true));
    m_clusters = clusters();
    endResetModel();
    emit clustersChanged();
    if (generation == m_generation && m_loading) {
        m_loading = false;
        emit loadingChanged();
    }
}

void MapClusterModel::recluster()
{
    beginResetModel();
    m_clusters = clusters();
    endResetModel();
    emit clustersChanged();
}

QList<MapCluster> MapClusterModel::clusters() const
{
    if (!m_index->size())
        return {};
    if (m_pyramid->covers(m_zoom))
        return m_pyramid->clusters(m_zoom, m_viewport);
    return m_clusterer.clusters(*m_index, m_filter, m_zoom, m_viewport);
}

} // namespace pes::desktop
