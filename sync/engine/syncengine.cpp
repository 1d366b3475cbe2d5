// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "attachments/replicaattachments.h"
#include "engine/merge.h"
#include "engine/notices.h"
#include "engine/synclog.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

SyncError storageError(const Error &error)
{
    return {SyncProblem::Storage, u"the replica could not be updated: "_s + error.message};
}

SyncError protocolError(const Error &error)
{
    return {SyncProblem::HubFailure,
            u"the hub's answer could not be understood: "_s + error.message};
}

} // namespace

QJsonObject SyncReport::toJson() const
{
    return {{u"pushed"_s, pushed},
            {u"applied"_s, applied},
            {u"conflicting"_s, conflicting},
            {u"refused"_s, refused},
            {u"pulled"_s, pulled},
            {u"newConflicts"_s, newConflicts},
            {u"openConflicts"_s, openConflicts},
            {u"newNotices"_s, newNotices},
            {u"pending"_s, pending},
            {u"cursor"_s, cursor},
            {u"watermark"_s, watermark},
            {u"refusals"_s, QJsonArray::fromStringList(refusals)},
            {u"attachments"_s,
             QJsonObject{{u"uploaded"_s, attachments.uploaded},
                         {u"downloaded"_s, attachments.downloaded},
                         {u"bytesSent"_s, attachments.bytesSent},
                         {u"bytesReceived"_s, attachments.bytesReceived},
                         {u"unavailable"_s, QJsonArray::fromStringList(attachments.unavailable)}}}};
}

SyncEngine::SyncEngine(Replica &replica, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_store(replica.database())
{
}

Status SyncEngine::configure(Replica &replica, const QUrl &hub, const QString &token,
                             const QString &caFile)
{
    if (!caFile.isEmpty() && QSslCertificate::fromPath(caFile).isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"no PEM certificate could be read from %1"_s.arg(caFile));
    if (!hub.isValid() || (hub.scheme() != u"http" && hub.scheme() != u"https") ||
        hub.host().isEmpty())
        return fail(
            Error::Code::InvalidArgument,
            u"“%1” is not a hub address: expected http(s)://host:port"_s.arg(hub.toString()));
    if (token.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"the hub needs this device's token"_s);
    SyncStore store(replica.database());
    sql::Transaction transaction(replica.database());
    PES_TRY(transaction.begin());
    PES_TRY(store.setValue(u"hub.url"_s, hub.toString()));
    PES_TRY(store.setValue(u"hub.token"_s, token.trimmed()));
    PES_TRY(store.setValue(u"hub.ca"_s,
                           caFile.isEmpty() ? QString() : QFileInfo(caFile).absoluteFilePath()));
    return transaction.commit();
}

std::expected<SyncReport, SyncError> SyncEngine::sync()
{
    auto url = m_store.value(u"hub.url"_s);
    auto token = m_store.value(u"hub.token"_s);
    if (!url || !token)
        return std::unexpected(storageError(!url ? url.error() : token.error()));
    if (url->isEmpty() || token->isEmpty())
        return std::unexpected(
            SyncError{SyncProblem::NotConfigured,
                      u"no hub is set for this replica; run “pes hub set URL --token TOKEN”"_s});

    m_stop->store(false); // a stop ends the sync under way, not the next one
    HubClient client(QUrl(*url), *token, m_timeoutMs, m_stop);
    QList<QSslCertificate> authorities = m_ca;
    if (const QString caFile = m_store.value(u"hub.ca"_s).value_or(QString()); !caFile.isEmpty()) {
        const auto fromFile = QSslCertificate::fromPath(caFile);
        if (fromFile.isEmpty())
            return std::unexpected(
                SyncError{SyncProblem::NotConfigured,
                          u"the hub's certificate authority file %1 cannot be read"_s.arg(caFile)});
        authorities += fromFile;
    }
    client.setCaCertificates(authorities);
    SyncReport report;
    auto done = push(client, report).and_then([&] { return pull(client, report); }).and_then([&] {
        return syncAttachments(client, report);
    });
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!done) {
        (void)m_store.setValue(u"last.error"_s, done.error().message);
        (void)m_store.setValue(u"last.problem"_s, problemName(done.error().problem));
        (void)m_store.setValue(u"last.failure"_s, time);
        qCInfo(lcSync).noquote() << "sync failed:" << done.error().message;
        return std::unexpected(done.error());
    }
    (void)m_store.setValue(u"last.success"_s, time);
    (void)m_store.setValue(u"last.error"_s, QString());
    (void)m_store.setValue(u"last.problem"_s, QString());
    auto open = m_store.conflicts(true);
    auto pending =
        m_replica.database().scalar(u"SELECT count(*) FROM operation WHERE synced = 0"_s);
    report.openConflicts = open ? int(open->size()) : 0;
    report.pending = pending ? pending->toLongLong() : 0;
    qCInfo(lcSync) << "sync done: pushed" << report.pushed << "pulled" << report.pulled
                   << "conflicts" << report.openConflicts;
    return report;
}

std::expected<void, SyncError> SyncEngine::syncAttachments(HubClient &client, SyncReport &report)
{
    auto referenced = referencedAttachments(m_replica, false);
    if (!referenced)
        return std::unexpected(storageError(referenced.error()));
    if (referenced->isEmpty())
        return {};
    AttachmentStore store = attachmentStoreOf(m_replica);
    BlobSync blobs(client, store, m_chunkSize);
    auto moved = blobs.run(
        *referenced, [this](qint64 done, qint64 total) { Q_EMIT attachmentProgress(done, total); });
    if (!moved)
        return std::unexpected(moved.error());
    report.attachments = *moved;
    return {};
}

Result<bool> SyncEngine::isDraft(const QString &iri)
{
    auto record = m_replica.record(iri);
    if (!record)
        return record.error().code == Error::Code::NotFound ? Result<bool>(false)
                                                            : std::unexpected(record.error());
    return (record->kind == Kind::Exchange || record->kind == Kind::JobOffer) &&
           record->fields.value(u"status"_s).toString() == u"draft";
}

std::expected<void, SyncError> SyncEngine::push(HubClient &client, SyncReport &report)
{
    qint64 after = 0;
    QHash<QString, bool> drafts;
    while (true) {
        auto pending = m_store.pending(after, m_pushBatch);
        if (!pending)
            return std::unexpected(storageError(pending.error()));
        if (pending->isEmpty())
            return {};
        after = pending->last().sequence;

        QList<wire::PushOperation> operations;
        QHash<QString, JournalOperation> sent;
        for (const JournalOperation &op : std::as_const(*pending)) {
            if (!drafts.contains(op.record)) {
                auto draft = isDraft(op.record);
                if (!draft)
                    return std::unexpected(storageError(draft.error()));
                drafts.insert(op.record, *draft);
            }
            if (drafts.value(op.record))
                continue;
            auto shadow = m_store.shadow(op.record);
            if (!shadow)
                return std::unexpected(storageError(shadow.error()));
            operations.append({op.opId, op.changeId, op.device, op.record, op.kind, op.field,
                               op.oldValue, op.newValue, op.hlc, *shadow ? (*shadow)->version : 0,
                               op.sequence});
            sent.insert(op.opId, op);
        }
        if (operations.isEmpty())
            continue;

        auto answer = client.post(u"/sync/v1/push"_s, wire::encodePush(operations));
        if (!answer)
            return std::unexpected(answer.error());
        auto response = wire::decodePushResponse(*answer);
        if (!response)
            return std::unexpected(protocolError(response.error()));
        report.pushed += int(operations.size());
        if (auto stored = storePushAnswer(sent, *response, report); !stored)
            return std::unexpected(storageError(stored.error()));
    }
}

Status SyncEngine::updateShadowAfterPush(const JournalOperation &op, qint64 version)
{
    auto existing = m_store.shadow(op.record);
    if (!existing)
        return std::unexpected(existing.error());
    if (op.field == u"@create") {
        if (*existing)
            return {};
        const QJsonObject created = op.newValue.toObject();
        Shadow shadow;
        shadow.version = version;
        shadow.visibility = visibilityFromName(created.value(u"visibility"_s).toString())
                                .value_or(Visibility::Network);
        shadow.fields = created.value(u"fields"_s).toObject();
        return m_store.setShadow(op.record, shadow);
    }
    if (!*existing)
        return {};
    Shadow shadow = **existing;
    if (op.field == u"@delete")
        shadow.deleted = true;
    else if (op.field == u"@restore")
        shadow.deleted = false;
    else if (op.field == u"@visibility")
        shadow.visibility = visibilityFromName(op.newValue.toString()).value_or(shadow.visibility);
    else if (op.newValue.isNull() || op.newValue.isUndefined())
        shadow.fields.remove(op.field);
    else
        shadow.fields.insert(op.field, op.newValue);
    return m_store.setShadow(op.record, shadow);
}

Status SyncEngine::storePushAnswer(const QHash<QString, JournalOperation> &sent,
                                   const wire::PushResponse &response, SyncReport &report)
{
    sql::Transaction transaction(m_replica.database());
    PES_TRY(transaction.begin());
    for (const wire::RecordResult &result : response.results) {
        PES_TRY(m_store.setState(result.applied, OperationState::Accepted));
        PES_TRY(m_store.setState(result.conflicting, OperationState::Held));
        PES_TRY(m_store.setState(result.refused, OperationState::Refused));
        for (const QString &id : result.applied) {
            if (sent.contains(id))
                PES_TRY(updateShadowAfterPush(sent.value(id), result.version));
        }
        for (const QString &id : result.refused) {
            const JournalOperation op = sent.value(id);
            PES_TRY(m_store.recordRefusal({id, result.record, op.field, result.message, {}}));
        }
        if (!result.refused.isEmpty())
            report.refusals.append(u"<%1>: %2"_s.arg(result.record, result.message));
        report.applied += int(result.applied.size());
        report.conflicting += int(result.conflicting.size());
        report.refused += int(result.refused.size());
    }
    return transaction.commit();
}

namespace {

// One page of the hub's feed, fetched and decoded.
struct FetchedPage
{
    std::expected<wire::FeedPage, SyncError> page;
    qsizetype bytes = 0;
    qint64 fetchedMs = 0;
    qint64 decodedMs = 0;
};

FetchedPage fetchPage(HubClient &client, qint64 after, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(after));
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    QElapsedTimer timer;
    timer.start();
    FetchedPage fetched;
    auto answer = client.get(u"/sync/v1/feed"_s, query.toString());
    if (!answer) {
        fetched.page = std::unexpected(answer.error());
        return fetched;
    }
    fetched.bytes = answer->size();
    fetched.fetchedMs = timer.restart();
    auto page = wire::decodeFeed(*answer);
    if (!page)
        fetched.page = std::unexpected(protocolError(page.error()));
    else
        fetched.page = std::move(*page);
    fetched.decodedMs = timer.elapsed();
    return fetched;
}

// Fetches and decodes the next page on its own thread while the current one is
// stored. Each fetch uses a copy of the sync's HubClient made in its thread
// (connections of its own, the same stop flag) and touches neither the
// replica nor the engine.
class PageFetcher
{
public:
    PageFetcher(const HubClient &client, int pageSize)
        : m_client(client)
        , m_pageSize(pageSize)
    {
    }
    ~PageFetcher() { wait(); }
    PageFetcher(const PageFetcher &) = delete;
    PageFetcher &operator=(const PageFetcher &) = delete;

    void start(qint64 after)
    {
        wait();
        m_thread.reset(QThread::create([this, after] {
            HubClient client(m_client); // its network objects belong to this thread
            m_fetched = fetchPage(client, after, m_pageSize);
        }));
        m_thread->setObjectName(u"pes-sync-fetch"_s);
        m_thread->start();
    }
    FetchedPage take()
    {
        wait();
        return std::exchange(m_fetched, FetchedPage{});
    }

private:
    // Waits in an event loop, like a blocking HubClient call does, so that this
    // thread keeps serving its own events (the window, a server on loopback).
    void wait()
    {
        if (!m_thread)
            return;
        QEventLoop loop;
        QObject::connect(m_thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
        if (!m_thread->isFinished())
            loop.exec();
        m_thread->wait();
        m_thread.reset();
    }

    const HubClient m_client; // never calls itself: copied by each fetch
    int m_pageSize;
    std::unique_ptr<QThread> m_thread;
    FetchedPage m_fetched;
};

} // namespace

std::expected<void, SyncError> SyncEngine::pull(HubClient &client, SyncReport &report)
{
    auto cursor = m_store.value(u"feed.cursor"_s);
    if (!cursor)
        return std::unexpected(storageError(cursor.error()));
    const qint64 after = cursor->toLongLong();
    m_findNotices = !cursor->isEmpty(); // a pull completed before
    // Pages are asked for one after the other (each starts at the cursor of the
    // one before), but the next one is fetched and decoded while this one is
    // stored. A page that cannot be stored ends the pull: the page fetched
    // meanwhile is dropped, and the cursor stays where the last stored page left it.
    PageFetcher fetcher(client, m_pageSize);
    fetcher.start(after);
    while (true) {
        FetchedPage fetched = fetcher.take();
        if (!fetched.page)
            return std::unexpected(fetched.page.error());
        const wire::FeedPage &page = *fetched.page;
        if (page.more)
            fetcher.start(page.cursor);
        QElapsedTimer timer;
        timer.start();
        QStringList touched;
        if (auto stored = storePage(page, report, touched); !stored)
            return std::unexpected(storageError(stored.error()));
        qCDebug(lcSync) << "page of" << page.records.size() << "records:" << fetched.bytes
                        << "bytes fetched in" << fetched.fetchedMs << "ms, decoded in"
                        << fetched.decodedMs << "ms, stored in" << timer.elapsed() << "ms";
        m_replica.announceRemoteChanges(touched);
        report.cursor = page.cursor;
        report.watermark = page.watermark;
        Q_EMIT progress(page.cursor, page.watermark);
        if (!page.more)
            return {};
    }
}

Status SyncEngine::storePage(const wire::FeedPage &page, SyncReport &report, QStringList &touched)
{
    sql::Transaction transaction(m_replica.database());
    PES_TRY(transaction.begin());
    auto open = m_store.conflicts(true);
    if (!open)
        return std::unexpected(open.error());
    QMultiHash<QString, Conflict> openByRecord;
    for (const Conflict &conflict : std::as_const(*open))
        openByRecord.insert(conflict.record, conflict);
    NoticeBoard notices(m_replica.database(), m_replica.network().iri);

    for (const wire::RemoteRecord &remote : page.records) {
        MergeInput input;
        input.remote = remote;
        auto local = m_replica.record(remote.iri);
        if (local)
            input.local = *local;
        else if (local.error().code != Error::Code::NotFound)
            return std::unexpected(local.error());
        auto base = m_store.shadow(remote.iri);
        if (!base)
            return std::unexpected(base.error());
        input.base = *base;

        const MergeResult merged = mergeRecord(input);
        if (merged.write) {
            PES_TRY(m_replica.applyRemote(*merged.write));
            touched.append(remote.iri);
            if (m_findNotices && !input.local) {
                auto found = notices.consider(*merged.write);
                if (!found)
                    return std::unexpected(found.error());
                report.newNotices += *found;
            }
        }
        PES_TRY(m_store.setShadow(remote.iri, merged.shadow));
        QSet<QString> conflicted;
        for (const FieldConflict &conflict : merged.conflicts) {
            PES_TRY(m_store.recordConflict({0,
                                            remote.iri,
                                            conflict.field,
                                            conflict.mine,
                                            conflict.theirs,
                                            conflict.base,
                                            remote.version,
                                            {},
                                            {},
                                            {}}));
            PES_TRY(m_store.holdPending(remote.iri, conflict.field));
            conflicted.insert(conflict.field);
            ++report.newConflicts;
            qCInfo(lcSync).noquote() << "conflict on" << remote.iri << conflict.field;
        }
        // Open conflicts of this record whose sides now agree are closed.
        const Record now = merged.write ? *merged.write : input.local.value_or(Record{});
        for (const Conflict &conflict : openByRecord.values(remote.iri)) {
            if (conflicted.contains(conflict.field))
                continue;
            const bool agree =
                conflict.field == u"@delete"
                    ? now.isDeleted() == (remote.deleted.isValid() || remote.withdrawn)
                : conflict.field == u"@visibility"
                    ? now.visibility == remote.visibility
                    : sameJournalValue(now.fields.value(conflict.field),
                                       remote.fields.value(conflict.field));
            if (agree)
                PES_TRY(m_store.markResolved(conflict.id, u"converged"_s));
        }
        ++report.pulled;
    }
    PES_TRY(m_store.setValue(u"feed.cursor"_s, QString::number(page.cursor)));
    PES_TRY(m_store.setValue(u"feed.watermark"_s, QString::number(page.watermark)));
    PES_TRY(m_store.tidy());
    return transaction.commit();
}

} // namespace pes::sync
