// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobsync.h"

#include "engine/synclog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

constexpr int hashesPerQuery = 1000;
// Restarting from the hub's offset after a 409 more often than this means
// something else writes the same upload: give up for this run.
constexpr int maxRestarts = 3;

QString blobPath(const QString &hash)
{
    return u"/sync/v1/blobs/"_s + attachmentHashField(hash);
}

SyncError storageError(const Error &error)
{
    return SyncError{SyncProblem::Storage, error.message};
}

SyncError protocolError(const QString &what)
{
    return SyncError{SyncProblem::HubFailure, what};
}

} // namespace

BlobSync::BlobSync(HubClient &client, AttachmentStore &store, qint64 chunkSize)
    : m_client(client)
    , m_store(store)
    , m_chunkSize(qMax<qint64>(1, chunkSize))
{
}

void BlobSync::advance(qint64 bytes)
{
    m_done += bytes;
    if (m_progress)
        m_progress(m_done, m_total);
}

std::expected<QStringList, SyncError> BlobSync::missingOnHub(const QStringList &hashes)
{
    QStringList missing;
    for (qsizetype from = 0; from < hashes.size(); from += hashesPerQuery) {
        QJsonArray batch;
        for (const QString &hash : hashes.mid(from, hashesPerQuery))
            batch.append(attachmentHashField(hash));
        auto reply = m_client.call(
            "POST", u"/sync/v1/blobs/missing"_s,
            QJsonDocument(QJsonObject{{u"hashes"_s, batch}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status != 200)
            return std::unexpected(
                SyncError{SyncProblem::Rejected,
                          u"the hub refused the list of attachments (%1): %2"_s.arg(reply->status)
                              .arg(QString::fromUtf8(reply->body).trimmed())});
        const QJsonArray answer =
            QJsonDocument::fromJson(reply->body).object().value(u"missing"_s).toArray();
        for (const QJsonValue &value : answer) {
            auto hash = parseAttachmentHash(value.toString());
            if (!hash)
                return std::unexpected(protocolError(
                    u"the hub's list of missing attachments holds “%1”"_s.arg(value.toString())));
            missing.append(*hash);
        }
    }
    return missing;
}

std::expected<BlobReport, SyncError> BlobSync::run(const QHash<QString, qint64> &referenced,
                                                   const Progress &progress)
{
    m_progress = progress;
    m_done = 0;
    m_total = 0;
    BlobReport report;

    QStringList held;
    QStringList absent;
    for (auto it = referenced.cbegin(); it != referenced.cend(); ++it)
        (m_store.contains(it.key()) ? held : absent).append(it.key());
    held.sort();
    absent.sort();

    auto toUpload = missingOnHub(held);
    if (!toUpload)
        return std::unexpected(toUpload.error());
    for (const QString &hash : std::as_const(*toUpload))
        m_total += m_store.size(hash).value_or(0);
    for (const QString &hash : std::as_const(absent))
        m_total += qMax<qint64>(0, referenced.value(hash) - m_store.partialSize(hash));

    for (const QString &hash : std::as_const(*toUpload)) {
        if (auto sent = upload(hash, report); !sent)
            return std::unexpected(sent.error());
    }
    for (const QString &hash : std::as_const(absent)) {
        auto received = download(hash, report);
        if (!received)
            return std::unexpected(received.error());
        if (!*received)
            report.unavailable.append(attachmentHashField(hash));
    }
    qCInfo(lcSync) << "attachments: uploaded" << report.uploaded << "(" << report.bytesSent
                   << "bytes ), downloaded" << report.downloaded << "(" << report.bytesReceived
                   << "bytes ), unavailable" << report.unavailable.size();
    return report;
}

std::expected<void, SyncError> BlobSync::upload(const QString &hash, BlobReport &report)
{
    auto file = m_store.open(hash);
    if (!file)
        return std::unexpected(storageError(file.error()));
    const qint64 total = (*file)->size();

    // Where the hub stands: whole already, or some bytes of an interrupted upload.
    auto status = m_client.call("HEAD", blobPath(hash));
    if (!status)
        return std::unexpected(status.error());
    if (status->status == 200)
        return {};
    qint64 offset = status->header("upload-offset").toLongLong();
    if (offset < 0 || offset > total)
        offset = 0;

    int restarts = 0;
    while (true) {
        if (!(*file)->seek(offset))
            return std::unexpected(storageError(Error{Error::Code::Io, (*file)->errorString()}));
        const QByteArray piece = (*file)->read(qMin(m_chunkSize, total - offset));
        QList<std::pair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/octet-stream"}};
        if (total > 0)
            headers.append({"Content-Range", "bytes " + QByteArray::number(offset) + '-' +
                                                 QByteArray::number(offset + piece.size() - 1) +
                                                 '/' + QByteArray::number(total)});
        auto reply = m_client.call("PUT", blobPath(hash), piece, headers);
        if (!reply)
            return std::unexpected(reply.error());

        if (reply->status == 409 && ++restarts <= maxRestarts) {
            offset = reply->header("upload-offset").toLongLong();
            continue;
        }
        const QString said = QString::fromUtf8(reply->body).trimmed();
        if (reply->status >= 400)
            return std::unexpected(
                SyncError{SyncProblem::Rejected,
                          u"the hub refused attachment %1 (%2): %3"_s.arg(attachmentHashField(hash))
                              .arg(reply->status)
                              .arg(said)});
        if (reply->status == 200 && !reply->header("blob-size").isEmpty())
            return {}; // another device completed it meanwhile
        report.bytesSent += piece.size();
        advance(piece.size());
        offset += piece.size();
        if (reply->status == 201) {
            ++report.uploaded;
            return {};
        }
        if (offset >= total)
            return std::unexpected(
                protocolError(u"the hub did not confirm attachment %1 after its last byte"_s.arg(
                    attachmentHashField(hash))));
    }
}

std::expected<bool, SyncError> BlobSync::download(const QString &hash, BlobReport &report)
{
    while (true) {
        const qint64 offset = m_store.partialSize(hash);
        const QByteArray range = "bytes=" + QByteArray::number(offset) + '-' +
                                 QByteArray::number(offset + m_chunkSize - 1);
        auto reply = m_client.call("GET", blobPath(hash), {}, {{"Range", range}});
        if (!reply)
            return std::unexpected(reply.error());
        if (reply->status == 404)
            return false;

        qint64 total = -1;
        if (reply->status == 206) {
            const QByteArray contentRange = reply->header("content-range");
            total = contentRange.mid(contentRange.lastIndexOf('/') + 1).toLongLong();
            const qint64 first =
                contentRange.mid(6, contentRange.indexOf('-') - 6).trimmed().toLongLong();
            if (first != offset)
                return std::unexpected(protocolError(
                    u"the hub sent attachment bytes from %1 when %2 were asked"_s.arg(first).arg(
                        offset)));
        } else if (reply->status == 416) {
            total = offset; // everything is here already; check it below
        } else if (reply->status == 200 && offset == 0) {
            total = reply->body.size(); // a hub that ignores ranges: the whole file
        } else {
            return std::unexpected(
                SyncError{SyncProblem::Rejected,
                          u"the hub refused attachment %1 (%2): %3"_s.arg(attachmentHashField(hash))
                              .arg(reply->status)
                              .arg(QString::fromUtf8(reply->body).trimmed())});
        }

        // After a 416 nothing is appended, which still creates the file of an empty blob.
        const QByteArray bytes = reply->status == 416 ? QByteArray() : reply->body;
        if (auto appended = m_store.appendPartial(hash, offset, bytes); !appended)
            return std::unexpected(storageError(appended.error()));
        report.bytesReceived += bytes.size();
        advance(bytes.size());
        if (m_store.partialSize(hash) < total && !bytes.isEmpty())
            continue;

        auto finished = m_store.finishPartial(hash);
        if (!finished)
            return std::unexpected(
                finished.error().code == Error::Code::InvalidArgument
                    ? protocolError(u"the hub sent damaged bytes for attachment %1: %2"_s.arg(
                          attachmentHashField(hash), finished.error().message))
                    : storageError(finished.error()));
        ++report.downloaded;
        return true;
    }
}

} // namespace pes::sync
