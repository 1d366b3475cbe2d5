// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerworker.h"

#include "maplogging.h"
#include "replica/replica.h"

#include <QElapsedTimer>

namespace pes {

namespace {
// Above this many changed records, one load is cheaper than updating.
constexpr int maxUpdate = 5000;
} // namespace

MarkerWorker::MarkerWorker(const MarkerClusterer &clusterer, QObject *parent)
    : QObject(parent)
    , m_clusterer(clusterer)
{
    qRegisterMetaType<std::shared_ptr<const pes::MarkerIndex>>();
    qRegisterMetaType<std::shared_ptr<const pes::ClusterPyramid>>();
    m_thread.setObjectName(QStringLiteral("pes-map-index"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

MarkerWorker::~MarkerWorker()
{
    {
        QMutexLocker lock(&m_mutex);
        m_hasPending = false;
    }
    // The replica must be closed in the thread that used it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_replica.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int MarkerWorker::submit(const QString &path, const SearchQuery &query, bool filtered, bool reload,
                         const QStringList &changed)
{
    int generation;
    {
        QMutexLocker lock(&m_mutex);
        const bool keepReload = m_hasPending && m_pending.reload;
        QStringList allChanged = m_hasPending ? m_pending.changed : QStringList();
        allChanged += changed;
        m_pending = {path,       query,
                     filtered,   reload || keepReload || allChanged.size() > maxUpdate,
                     allChanged, ++m_generation};
        m_hasPending = true;
        generation = m_generation;
    }
    QMetaObject::invokeMethod(
        m_context, [this] { work(); }, Qt::QueuedConnection);
    return generation;
}

void MarkerWorker::work()
{
    Request request;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_hasPending)
            return; // an earlier call already took it
        request = m_pending;
        m_hasPending = false;
    }

    QString error;
    QElapsedTimer timer;
    timer.start();
    if (request.path != m_path || !m_replica) {
        m_replica.reset();
        m_index.reset();
        m_path = request.path;
        if (!m_path.isEmpty()) {
            auto opened = Replica::open(m_path);
            if (opened)
                m_replica = std::move(*opened);
            else
                error = opened.error().message;
        }
        request.reload = true;
    }
    if (m_replica && (request.reload || !m_index)) {
        auto index = std::make_shared<MarkerIndex>();
        if (Status loaded = index->load(*m_replica); !loaded)
            error = loaded.error().message;
        m_index = std::move(index);
    } else if (m_replica && !request.changed.isEmpty()) {
        // The GUI may still draw from the current index: update a copy.
        auto index = std::make_shared<MarkerIndex>(*m_index);
        if (Status updated = index->update(*m_replica, request.changed); !updated) {
            error = updated.error().message;
            qCWarning(lcMap) << "map index update failed, loading it again:" << error;
            if (Status loaded = index->load(*m_replica); loaded)
                error.clear();
        }
        m_index = std::move(index);
    }
    if (!m_index)
        m_index = std::make_shared<MarkerIndex>();
    const qint64 loadMs = timer.restart();

    QBitArray filter;
    if (m_replica && request.filtered) {
        auto bits = m_index->filter(*m_replica, request.query);
        if (bits) {
            filter = *bits;
        } else {
            error = bits.error().message;
            filter = QBitArray(m_index->size(), false);
            qCWarning(lcMap) << "map filter failed:" << error;
        }
    }
    const qint64 filterMs = timer.restart();
    auto pyramid = std::make_shared<const ClusterPyramid>(*m_index, filter, m_clusterer);
    qCDebug(lcMap) << "map index"
                   << (request.reload              ? "loaded"
                       : request.changed.isEmpty() ? "kept"
                                                   : "updated")
                   << "in" << loadMs << "ms, filtered in" << filterMs
                   << "ms, low zooms clustered in" << timer.elapsed() << "ms";

    {
        QMutexLocker lock(&m_mutex);
        if (m_hasPending)
            return; // a newer request is queued: it answers instead
    }
    Q_EMIT ready(request.generation, m_index, filter, std::move(pyramid), error);
}

} // namespace pes
