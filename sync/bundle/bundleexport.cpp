// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleexport.h"

#include "bundleformat.h"
#include "bundlelog.h"
#include "domain/identity.h"
#include "engine/syncstore.h"
#include "replica/journal.h"
#include "wire/messages.h"

#include <KZip>

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

Status writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries,
                const QByteArray &manifest)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, zip.errorString()));
    for (const auto &[name, data] : entries) {
        if (!zip.writeFile(name, data))
            return fail(Error::Code::Io,
                        u"cannot write %1 into %2: %3"_s.arg(name, path, zip.errorString()));
    }
    if (!zip.writeFile(manifestName.toString(), manifest))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, zip.errorString()));
    if (!zip.close())
        return fail(Error::Code::Io, u"cannot finish %1: %2"_s.arg(path, zip.errorString()));
    return {};
}

} // namespace

QJsonObject ExportReport::toJson() const
{
    return {{u"path"_s, path},       {u"bundle"_s, bundleId},         {u"operations"_s, operations},
            {u"records"_s, records}, {u"attachments"_s, attachments}, {u"drafts"_s, drafts},
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
    for (const auto &[name, data] : std::as_const(entries))
        manifest.entries.append({name, data.size(), sha256Hex(data)});

    // Written beside the target, then renamed over it in one step.
    const QString part = options.output + u".part"_s;
    QFile::remove(part);
    if (auto written = writeZip(part, entries,
                                QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented));
        !written) {
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
    report.bytes = QFileInfo(options.output).size();
    qCInfo(lcBundle).noquote() << "exported bundle" << report.bundleId << "to" << report.path << ":"
                               << report.operations << "operations," << report.records << "records";
    return report;
}

} // namespace pes::bundle
