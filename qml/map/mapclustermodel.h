// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerclusterer.h"
#include "markerworker.h"
#include "recordlistmodel.h"
#include "replicasession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace pes::desktop {

// What the map shows: the clusters and single markers of the current
// viewport and zoom, one row each, for a MapItemView. The records and the
// filters are those of a RecordListModel (the same search text and filters
// as the lists); the index is reloaded when the replica changes. Loading the
// index and filtering run in a MarkerWorker thread; only the clustering of
// the viewport (a few milliseconds) runs in the GUI thread. While inactive
// (the map not shown) nothing is loaded; what changed meanwhile is caught up
// when it becomes active.
class MapClusterModel : public QAbstractListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(pes::desktop::RecordListModel *list READ list WRITE setList NOTIFY listChanged)
    // Markers let through by the filters, in the whole world.
    Q_PROPERTY(int total READ total NOTIFY clustersChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY clustersChanged)
    // True while the worker loads or filters: the clusters shown are the
    // previous ones.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    enum Role {
        LatitudeRole = Qt::UserRole + 1,
        LongitudeRole,
        CountRole,
        IriRole,
        TitleRole,
        TypeRole, // "organisation", "offer", "need" or "cluster"
        OrganisationsRole,
        OffersRole,
        NeedsRole,
        BoundsRole, // [west, south, east, north] of a cluster's members
    };
    Q_ENUM(Role)

    explicit MapClusterModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    RecordListModel *list() const { return m_list; }
    void setList(RecordListModel *list);
    int total() const { return m_total; }
    QString errorMessage() const { return m_error; }
    bool loading() const { return m_loading; }
    bool active() const { return m_active; }
    void setActive(bool active);

    void classBegin() override { m_complete = false; }
    void componentComplete() override;

    // The visible rectangle (degrees) and zoom level of the map.
    Q_INVOKABLE void setViewport(double west, double south, double east, double north, double zoom);
    // The row of a record's marker when it stands alone, or -1.
    Q_INVOKABLE int rowOf(const QString &iri) const;

signals:
    void sessionChanged();
    void listChanged();
    void clustersChanged();
    void loadingChanged();
    void activeChanged();

private:
    void request(bool reload, const QStringList &changed = {});
    // Sends what was asked for while inactive or incomplete, once neither holds.
    void catchUp();
    void take(int generation, std::shared_ptr<const MarkerIndex> index, const QBitArray &filter,
              std::shared_ptr<const ClusterPyramid> pyramid, const QString &error);
    void recluster();
    QList<MapCluster> clusters() const;

    QPointer<ReplicaSession> m_session;
    QPointer<RecordListModel> m_list;
    MarkerWorker m_worker;
    int m_generation = 0;
    bool m_loading = false;
    bool m_active = true;
    bool m_complete = true; // false while QML sets the properties
    // Asked for while inactive or incomplete, done when both change.
    bool m_deferred = false;
    bool m_deferredReload = false;
    QStringList m_deferredChanged;
    std::shared_ptr<const MarkerIndex> m_index = std::make_shared<MarkerIndex>();
    std::shared_ptr<const ClusterPyramid> m_pyramid = std::make_shared<ClusterPyramid>();
    QBitArray m_filter;
    MarkerClusterer m_clusterer;
    QList<MapCluster> m_clusters;
    GeoBox m_viewport;
    double m_zoom = 8;
    int m_total = 0;
    QString m_error;
};

} // namespace pes::desktop
