// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replica/replica.h"
#include "replica/search.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace pes::desktop {

// One row of a search result, with the record's fields when the list asked for them.
struct SearchRow
{
    SearchHit hit;
    QVariantMap fields;
};

// Runs list queries on a second, read-only use of the replica file in its own
// thread, so typing and scrolling never wait for SQLite. WAL lets this
// connection read while the main one writes.
//
// Requests are coalesced per requester: a request that is no longer the
// requester's latest when its turn comes is dropped unanswered.
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(const QString &path, QObject *parent = nullptr);
    ~SearchWorker() override;

    struct Request
    {
        quintptr requester = 0;
        int generation = 0;
        SearchQuery query;
        bool withCount = false; // count the matches instead of listing a page
        bool withFields = false;
    };
    // Thread-safe: queues the request for the worker thread, and interrupts
    // the running request of the same list (requester and requester + 1).
    void submit(const Request &request);

Q_SIGNALS:
    // total is -1 when the request did not ask for a count; interrupted
    // requests are not answered.
    void finished(quintptr requester, int generation, int offset,
                  const QList<pes::desktop::SearchRow> &rows, qint64 total, const QString &error);

private:
    void take(const Request &request);
    void run(const Request &request, const std::function<bool()> &isStale);

    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr;       // lives in m_thread; requests run in its event loop
    std::unique_ptr<Replica> m_replica; // opened and used in m_thread only
    QMutex m_mutex;                     // guards the members below
    QHash<quintptr, int> m_latest;
    quintptr m_runningRequester = 0;
    int m_runningGeneration = 0;
};

} // namespace pes::desktop
