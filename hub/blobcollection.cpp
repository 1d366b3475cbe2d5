// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobcollection.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::hub {

Result<QSet<QString>> referencedBlobs(HubStore &store)
{
    auto select = store.database().prepare(
        u"SELECT fields FROM record WHERE json_type(fields, '$.attachments') = 'array'"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    QSet<QString> referenced;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return referenced;
        const QJsonObject fields = QJsonDocument::fromJson(query->text(0).toUtf8()).object();
        for (const AttachmentRef &ref : attachmentsOf(fields))
            referenced.insert(ref.hash);
    }
}

Result<BlobUsage> blobUsage(HubStore &store, const AttachmentStore &blobs)
{
    auto referenced = referencedBlobs(store);
    if (!referenced)
        return std::unexpected(referenced.error());
    BlobUsage usage;
    for (const QString &hash : blobs.list()) {
        const qint64 size = blobs.size(hash).value_or(0);
        ++usage.blobs;
        usage.bytes += size;
        if (!referenced->contains(hash)) {
            ++usage.unreferenced;
            usage.unreferencedBytes += size;
        }
    }
    QDirIterator partials(blobs.root() + u"/partial"_s, QDir::Files);
    while (partials.hasNext()) {
        partials.next();
        ++usage.partials;
        usage.partialBytes += partials.fileInfo().size();
    }
    return usage;
}

Result<GarbageCollection> collectBlobs(HubStore &store, AttachmentStore &blobs, int graceSeconds)
{
    auto referenced = referencedBlobs(store);
    if (!referenced)
        return std::unexpected(referenced.error());
    const QDateTime keepNewerThan = QDateTime::currentDateTimeUtc().addSecs(-qMax(0, graceSeconds));
    auto collected = blobs.collectGarbage(*referenced, keepNewerThan);
    if (collected)
        qCInfo(lcHub) << "blob collection removed" << collected->removed.size() << "blobs,"
                      << collected->bytesFreed << "bytes";
    return collected;
}

} // namespace pes::hub
