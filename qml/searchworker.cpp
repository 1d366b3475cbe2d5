// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchworker.h"

#include "desktoplogging.h"

#include <QVariant>

namespace pes::desktop {

SearchWorker::SearchWorker(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_thread.setObjectName(QStringLiteral("pes-search"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    // The replica must be closed in the thread that used it.
    QMetaObject::invokeMethod(
        m_context, [this] { m_replica.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchWorker::submit(const Request &request)
{
    {
        QMutexLocker lock(&m_mutex);
        m_latest.insert(request.requester, request.generation);
        // A list's pages and its count (requester + 1) share the even key: a
        // new request of the list stops its running count, or its older page.
        const bool sameList =
            (m_runningRequester & ~quintptr(1)) == (request.requester & ~quintptr(1));
        const bool runningCount = (m_runningRequester & 1) != 0;
        if (m_replica && m_runningRequester != 0 && sameList &&
            (runningCount || m_runningRequester == request.requester) &&
            !(m_runningRequester == request.requester && m_runningGeneration == request.generation))
            m_replica->database().interrupt();
    }
    QMetaObject::invokeMethod(
        m_context, [this, request] { take(request); }, Qt::QueuedConnection);
}

void SearchWorker::take(const Request &request)
{
    if (!m_replica) {
        auto opened = Replica::open(m_path);
        if (!opened) {
            Q_EMIT finished(request.requester, request.generation, request.query.offset, {}, 0,
                            opened.error().message);
            return;
        }
        QMutexLocker lock(&m_mutex);
        m_replica = std::move(*opened);
    }
    {
        QMutexLocker lock(&m_mutex);
        if (m_latest.value(request.requester) != request.generation)
            return; // a newer request from the same list is queued
        m_runningRequester = request.requester;
        m_runningGeneration = request.generation;
    }
    const auto isStale = [this, &request] {
        QMutexLocker lock(&m_mutex);
        m_runningRequester = 0;
        return m_latest.value(request.requester) != request.generation;
    };
    run(request, isStale);
}

void SearchWorker::run(const Request &request, const std::function<bool()> &isStale)
{
    if (request.withCount) {
        auto counted = m_replica->count(request.query);
        if (isStale())
            return;
        if (!counted) // interrupted by a page of the same list, which counts again after it
            Q_EMIT finished(request.requester, request.generation, 0, {}, -1,
                            counted.error().message);
        else
            Q_EMIT finished(request.requester, request.generation, 0, {}, *counted, {});
        return;
    }

    auto hits = m_replica->search(request.query);
    if (isStale())
        return;
    if (!hits) {
        Q_EMIT finished(request.requester, request.generation, request.query.offset, {}, 0,
                        hits.error().message);
        return;
    }
    QList<SearchRow> rows;
    rows.reserve(hits->size());
    for (const SearchHit &hit : std::as_const(*hits)) {
        SearchRow row{hit, {}};
        if (request.withFields) {
            if (auto record = m_replica->record(hit.iri))
                row.fields = record->fields.toVariantMap();
        }
        rows.append(row);
    }
    Q_EMIT finished(request.requester, request.generation, request.query.offset, rows, -1, {});
}

} // namespace pes::desktop
