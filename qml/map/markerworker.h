// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerclusterer.h"

#include <QBitArray>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>

namespace pes {

// Loads the map's MarkerIndex, applies the list's filters and computes the
// ClusterPyramid of the low zooms in a thread of its own, on a second, read-only use of the replica
// file, so the GUI never waits for the 200,000-marker load (seconds) or a filter's search.
//
// Requests are coalesced: the worker always works on the latest request, and
// only answers the latest one. A reload is kept pending until done, even if
// newer requests only change the filters.
class MarkerWorker : public QObject
{
    Q_OBJECT
public:
    explicit MarkerWorker(const MarkerClusterer &clusterer = MarkerClusterer(),
                          QObject *parent = nullptr);
    ~MarkerWorker() override;

    // Thread-safe. An empty path drops the index. The index is reloaded when
    // the path changes or reload is true, and brought up to date with the
    // `changed` records otherwise (those of coalesced requests add up); the
    // filter is run every time. Returns the request's generation, the one
    // ready() answers with.
    int submit(const QString &path, const SearchQuery &query, bool filtered, bool reload,
               const QStringList &changed = {});

Q_SIGNALS:
    // filter is empty when the request had no filter (every marker shown);
    // pyramid holds the low zooms' clusters of that index and filter.
    void ready(int generation, std::shared_ptr<const pes::MarkerIndex> index,
               const QBitArray &filter, std::shared_ptr<const pes::ClusterPyramid> pyramid,
               const QString &error);

private:
    void work();

    struct Request
    {
        QString path;
        SearchQuery query;
        bool filtered = false;
        bool reload = false;
        QStringList changed;
        int generation = 0;
    };

    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    QMutex m_mutex;               // guards m_pending, m_hasPending, m_generation
    Request m_pending;
    bool m_hasPending = false;
    int m_generation = 0;
    const MarkerClusterer m_clusterer;
    // Used in m_thread only.
    QString m_path;
    std::unique_ptr<Replica> m_replica;
    std::shared_ptr<const MarkerIndex> m_index;
};

} // namespace pes
