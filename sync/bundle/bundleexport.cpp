// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleexport.h"

#include "attachments/replicaattachments.h"
#include "bundleformat.h"
#include "bundlelog.h"
#include "domain/identity.h"
#include "engine/syncstore.h"
#include "replica/journal.h"
#include "wire/messages.h"

#include <KZip>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::bundle {

namespace {

// sync_state key: the last journal sequence written to a bundle.
const QString lastExportedKey = u"bundle.lastExported"_s;

wire::RemoteRecord remoteFrom(const Record &record)
{
    wire::RemoteRecord remote;
    remote.iri = record.iri;
    remote.kind = record.kind;
    remote.network = record.network;
    remote.visibility = record.visibility;
    remote.version = record.version;
    remote.created = record.created;
    remote.modified = record.modified;
    remote.deleted = record.deletedAt;
    remote.fields = record.fields;
    return remote;
}

bool isDraft(const Record &record)
{
    return (record.kind == Kind::Exchange || record.kind == Kind::JobOffer) &&
           record.fields.value(u"status"_s).toString() == u"draft";
}

// One attachment blob to carry, streamed from the replica's store.
struct Blob
{
    QString hash;
    QString path;
    qint64 size = 0;
};

Status writeBlob(KZip &zip, const QString &zipPath, const Blob &blob, ManifestEntry &entry)
{
    QFile file(blob.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(blob.path, file.errorString()));
    entry.name = attachmentPrefix.toString() + blob.hash;
    if (!zip.prepareWriting(entry.name, QString(), QString(), file.size()))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(zipPath, zip.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        hash.addData(chunk);
        total += chunk.size();
        if (!zip.writeData(chunk))
            return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(zipPath, zip.errorString()));
    }
    if (!zip.finishWriting(total))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(zipPath, zip.errorString()));
    entry.size = total;
    entry.sha256 = QString::fromLatin1(hash.result().toHex());
    // The store names blobs by their hash: a different one means the store is damaged.
    if (entry.sha256 != blob.hash)
        return fail(Error::Code::Storage,
                    u"the attachment %1 in %2 is damaged (its content has SHA-256 %3)"_s.arg(
                        blob.hash, blob.path, entry.sha256));
    return {};
}

// Writes the documents and the blobs, then the manifest that checksums them all.
Status writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &documents,
                const QList<Blob> &blobs, Manifest &manifest)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, zip.errorString()));
    for (const auto &[name, data] : documents) {
        if (!zip.writeFile(name, data))
            return fail(Error::Code::Io,
                        u"cannot write %1 into %2: %3"_s.arg(name, path, zip.errorString()));
        manifest.entries.append({name, data.size(), sha256Hex(data)});
    }
    for (const Blob &blob : blobs) {
        ManifestEntry entry;
        PES_TRY(writeBlob(zip, path, blob, entry));
        manifest.entries.append(entry);
    }
    manifest.attachments = blobs.size();
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (!zip.writeFile(manifestName.toString(), json))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, zip.errorString()));
    if (!zip.close())
        return fail(Error::Code::Io, u"cannot finish %1: %2"_s.arg(path, zip.errorString()));
    return {};
}

} // namespace

QJsonObject ExportReport::toJson() const
{
    return {{u"path"_s, path},
            {u"bundle"_s, bundleId},
            {u"operations"_s, operations},
            {u"records"_s, records},
            {u"attachments"_s, attachments},
            {u"missingAttachments"_s, missingAttachments},
            {u"drafts"_s, drafts},
            {u"bytes"_s, bytes}};
}

Result<ExportReport> exportBundle(Replica &replica, const ExportOptions &options)
{
    if (options.output.isEmpty())
        return fail(Error::Code::InvalidArgument, u"give the bundle file to write"_s);
    sync::SyncStore store(replica.database());
    qint64 after = 0;
    if (options.scope == ExportOptions::Scope::SinceLastBundle) {
        auto last = store.value(lastExportedKey);
        if (!last)
            return std::unexpected(last.error());
        after = last->toLongLong();
    }
    const QSet<QString> wanted(options.records.begin(), options.records.end());

    // The operations, in journal order, and the records they touch.
    ExportReport report;
    QList<wire::PushOperation> operations;
    QList<wire::RemoteRecord> records;
    QHash<QString, bool> drafts;
    qint64 last = after;
    Journal journal(replica.database());
    while (true) {
        auto page = journal.unsynced(5000, last);
        if (!page)
            return std::unexpected(page.error());
        if (page->isEmpty())
            break;
        last = page->last().sequence;
        for (const JournalOperation &op : std::as_const(*page)) {
            if (options.scope == ExportOptions::Scope::Records && !wanted.contains(op.record))
                continue;
            if (!drafts.contains(op.record)) {
                auto record = replica.record(op.record);
                if (!record && record.error().code != Error::Code::NotFound)
                    return std::unexpected(record.error());
                drafts.insert(op.record, record && isDraft(*record));
                if (record && !isDraft(*record))
                    records.append(remoteFrom(*record));
            }
            if (drafts.value(op.record)) {
                ++report.drafts;
                continue;
            }
            auto shadow = store.shadow(op.record);
            if (!shadow)
                return std::unexpected(shadow.error());
            operations.append({op.opId, op.changeId, op.device, op.record, op.kind, op.field,
                               op.oldValue, op.newValue, op.hlc, *shadow ? (*shadow)->version : 0,
                               op.sequence});
        }
    }
    if (options.scope == ExportOptions::Scope::Records) {
        for (const QString &iri : options.records) {
            if (!drafts.contains(iri))
                return fail(Error::Code::NotFound,
                            u"<%1> has no change waiting to be synced"_s.arg(iri));
        }
    }
    if (operations.isEmpty())
        return fail(Error::Code::NotFound,
                    options.scope == ExportOptions::Scope::SinceLastBundle
                        ? u"nothing changed since the last bundle: there is nothing to export"_s
                        : u"this replica has no change waiting to be synced: there is nothing "
                          u"to export"_s);

    // The attachments the records refer to, when this replica's store holds them
    // (one it lacks may be on the hub already; the receiving device fetches it there).
    QList<Blob> blobs;
    QSet<QString> seen;
    const AttachmentStore attachments = attachmentStoreOf(replica);
    for (const wire::RemoteRecord &record : std::as_const(records)) {
        for (const AttachmentRef &ref : attachmentsOf(record.fields)) {
            if (seen.contains(ref.hash))
                continue;
            seen.insert(ref.hash);
            if (attachments.contains(ref.hash))
                blobs.append({ref.hash, attachments.path(ref.hash), ref.size});
            else
                ++report.missingAttachments;
        }
    }

    // The entries, then the manifest that checksums them.
    QList<QPair<QString, QByteArray>> entries;
    entries.append({operationsName.toString(), wire::encodePush(operations)});
    entries.append(
        {recordsName.toString(), wire::encodeFeed(wire::FeedPage{records, 0, 0, false})});
    Manifest manifest;
    manifest.bundleId = createUuidV7();
    manifest.device = replica.deviceId();
    manifest.network = replica.network().iri;
    manifest.networkName = replica.network().name;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.operations = operations.size();
    manifest.records = records.size();

    // Written beside the target, then renamed over it in one step.
    const QString part = options.output + u".part"_s;
    QFile::remove(part);
    if (auto written = writeZip(part, entries, blobs, manifest); !written) {
        QFile::remove(part);
        return std::unexpected(written.error());
    }
    if (std::rename(QFile::encodeName(part).constData(),
                    QFile::encodeName(options.output).constData()) != 0) {
        QFile::remove(part);
        return fail(Error::Code::Io, u"cannot write %1"_s.arg(options.output));
    }
    if (options.scope != ExportOptions::Scope::Records)
        PES_TRY(store.setValue(lastExportedKey, QString::number(operations.last().position)));

    report.path = QFileInfo(options.output).absoluteFilePath();
    report.bundleId = manifest.bundleId;
    report.operations = manifest.operations;
    report.records = manifest.records;
    report.attachments = manifest.attachments;
    report.bytes = QFileInfo(options.output).size();
    qCInfo(lcBundle).noquote() << "exported bundle" << report.bundleId << "to" << report.path << ":"
                               << report.operations << "operations," << report.records << "records";
    return report;
}

} // namespace pes::bundle
