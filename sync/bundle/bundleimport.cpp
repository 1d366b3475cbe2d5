// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleimport.h"

#include "attachments/replicaattachments.h"
#include "backup/backup.h"
#include "bundlelog.h"
#include "bundlereader.h"
#include "engine/merge.h"
#include "engine/syncstore.h"
#include "replica/journal.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace pes::bundle {

namespace {

// The state the bundle's operations on one record started from, as a merge
// base: each field they touch at its value before the first of them, every
// other field at the bundle's value (so that only this replica's side can
// have changed it, and it is kept).
sync::Shadow baseFor(const wire::RemoteRecord &remote, const QList<wire::PushOperation> &ops)
{
    sync::Shadow base;
    base.version = remote.version;
    base.visibility = remote.visibility;
    base.deleted = remote.deleted.isValid();
    base.fields = remote.fields;
    QSet<QString> seen;
    auto setBase = [&](const QString &field, const QJsonValue &value) {
        if (seen.contains(field))
            return;
        seen.insert(field);
        if (value.isNull() || value.isUndefined())
            base.fields.remove(field);
        else
            base.fields.insert(field, value);
    };
    for (const wire::PushOperation &op : ops) {
        if (op.field == u"@create") {
            const QJsonObject fields = op.newValue.toObject().value(u"fields"_s).toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                setBase(it.key(), QJsonValue::Null);
            if (!seen.contains(u"@exists"_s))
                base.deleted = false;
            seen.insert(u"@exists"_s);
        } else if (op.field == u"@delete" || op.field == u"@restore") {
            if (!seen.contains(u"@exists"_s))
                base.deleted = op.field == u"@restore";
            seen.insert(u"@exists"_s);
        } else if (op.field == u"@visibility") {
            if (!seen.contains(op.field))
                base.visibility =
                    visibilityFromName(op.oldValue.toString()).value_or(base.visibility);
            seen.insert(op.field);
        } else {
            setBase(op.field, op.oldValue);
        }
    }
    return base;
}

Result<bool> isKnown(sql::Database &db, const QString &opId)
{
    auto select = db.prepare(u"SELECT 1 FROM operation WHERE op_id = ?"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    query->bind(1, opId);
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

// Journals an operation of another device as it was made, pending for the hub.
Status journalImported(sql::Database &db, const wire::PushOperation &op, const QString &from)
{
    auto change = db.prepare(u"INSERT INTO change (change_id, hlc, device, action, description) "
                             u"VALUES (?, ?, ?, 'edit', ?) ON CONFLICT (change_id) DO NOTHING"_s);
    if (!change)
        return std::unexpected(change.error());
    PES_TRY((*change)
                ->bind(1, op.changeId)
                .bind(2, op.hlc)
                .bind(3, op.device)
                .bind(4, u"Imported from a bundle of device %1"_s.arg(from))
                .run());
    auto insert = db.prepare(
        u"INSERT INTO operation (op_id, change, record, kind, field, old_value, new_value, hlc, "
        u"synced) VALUES (?, (SELECT id FROM change WHERE change_id = ?), ?, ?, ?, ?, ?, ?, 0)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, op.opId).bind(2, op.changeId).bind(3, op.record);
    (*insert)->bind(4, kindInfo(op.kind).name).bind(5, op.field);
    (*insert)->bind(6, encodeJournalValue(op.oldValue)).bind(7, encodeJournalValue(op.newValue));
    (*insert)->bind(8, op.hlc);
    return (*insert)->run();
}

Result<qint64> countHeld(sql::Database &db, const QList<wire::PushOperation> &ops)
{
    auto select = db.prepare(u"SELECT synced FROM operation WHERE op_id = ?"_s);
    if (!select)
        return std::unexpected(select.error());
    qint64 held = 0;
    for (const wire::PushOperation &op : ops) {
        sql::Query query(**select);
        query->bind(1, op.opId);
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (*row && query->integer(0) == int(sync::OperationState::Held))
            ++held;
    }
    return held;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    return {{u"bundle"_s, bundleId},
            {u"device"_s, device},
            {u"operations"_s, operations},
            {u"applied"_s, applied},
            {u"known"_s, known},
            {u"held"_s, held},
            {u"conflicts"_s, conflicts},
            {u"created"_s, created},
            {u"updated"_s, updated},
            {u"attachments"_s, attachments},
            {u"attachmentsAdded"_s, attachmentsAdded},
            {u"backup"_s, backup}};
}

Result<ImportReport> importBundle(Replica &replica, const QString &path, const Limits &limits)
{
    // Attachments are staged beside the replica: the same disk as its store, not a small /tmp.
    QTemporaryDir staging(QFileInfo(replica.path()).absolutePath() + u"/.bundle-XXXXXX"_s);
    if (!staging.isValid())
        return fail(Error::Code::Io, u"cannot create a temporary folder for the bundle"_s);
    auto content = readBundle(path, replica.network().iri, staging.path(), limits);
    if (!content)
        return std::unexpected(content.error());

    ImportReport report;
    report.bundleId = content->manifest.bundleId;
    report.device = content->manifest.device;
    report.operations = content->operations.size();
    report.attachments = content->attachments.size();

    // The operations this replica does not hold yet, per record, in the order made.
    sql::Database &db = replica.database();
    QList<wire::PushOperation> fresh;
    QStringList order;
    QHash<QString, QList<wire::PushOperation>> byRecord;
    for (const wire::PushOperation &op : std::as_const(content->operations)) {
        auto known = isKnown(db, op.opId);
        if (!known)
            return std::unexpected(known.error());
        if (*known) {
            ++report.known;
            continue;
        }
        fresh.append(op);
        if (!byRecord.contains(op.record))
            order.append(op.record);
        byRecord[op.record].append(op);
    }
    QHash<QString, wire::RemoteRecord> records;
    for (const wire::RemoteRecord &record : std::as_const(content->records))
        records.insert(record.iri, record);
    for (const QString &iri : std::as_const(order)) {
        if (!records.contains(iri))
            return fail(Error::Code::Parse,
                        u"%1 is refused: it carries operations on <%2> "
                        u"without the record. Nothing was changed."_s.arg(path, iri));
    }

    // Like every import, it is preceded by an automatic backup (when it will change anything).
    if (!fresh.isEmpty()) {
        auto backup =
            backup::autoBackup(replica, u"before importing %1"_s.arg(QFileInfo(path).fileName()));
        if (!backup)
            return std::unexpected(backup.error());
        report.backup = *backup;
    }

    // The blobs first. The store is content-addressed: one it has is kept as it
    // is, and one stored before a failure further on is only an unreferenced
    // file that the clean-up removes.
    AttachmentStore attachments = attachmentStoreOf(replica);
    for (const QString &hash : std::as_const(content->attachments)) {
        if (attachments.contains(hash))
            continue;
        QFile staged(staging.filePath(hash));
        if (!staged.open(QIODevice::ReadOnly))
            return fail(Error::Code::Io,
                        u"cannot read %1: %2"_s.arg(staged.fileName(), staged.errorString()));
        auto stored = attachments.put(staged);
        if (!stored)
            return std::unexpected(stored.error());
        ++report.attachmentsAdded;
    }

    sync::SyncStore store(db);
    sql::Transaction transaction(db);
    PES_TRY(transaction.begin());
    QStringList touched;
    QList<QPair<QString, QString>> holds;
    for (const QString &iri : std::as_const(order)) {
        sync::MergeInput input;
        input.remote = records.value(iri);
        auto local = replica.record(iri);
        if (local)
            input.local = *local;
        else if (local.error().code != Error::Code::NotFound)
            return std::unexpected(local.error());
        if (input.local)
            input.base = baseFor(input.remote, byRecord.value(iri));

        const sync::MergeResult merged = sync::mergeRecord(input);
        if (merged.write) {
            PES_TRY(replica.applyRemote(*merged.write));
            touched.append(iri);
            ++(input.local ? report.updated : report.created);
        }
        for (const sync::FieldConflict &conflict : merged.conflicts) {
            sync::Conflict open;
            open.record = iri;
            open.field = conflict.field;
            open.mine = conflict.mine;
            open.theirs = conflict.theirs;
            open.base = conflict.base;
            open.origin = u"bundle"_s;
            PES_TRY(store.recordConflict(open));
            holds.append({iri, conflict.field});
            ++report.conflicts;
            qCInfo(lcBundle).noquote() << "conflict on" << iri << conflict.field;
        }
    }
    for (const wire::PushOperation &op : std::as_const(fresh))
        PES_TRY(journalImported(db, op, content->manifest.device));
    for (const auto &[iri, field] : std::as_const(holds))
        PES_TRY(store.holdPending(iri, field));
    auto held = countHeld(db, fresh);
    if (!held)
        return std::unexpected(held.error());
    report.held = *held;
    report.applied = fresh.size() - report.held;
    PES_TRY(transaction.commit());
    replica.announceRemoteChanges(touched);

    qCInfo(lcBundle).noquote() << "imported bundle" << report.bundleId << "from device"
                               << report.device << ":" << report.applied << "applied,"
                               << report.known << "already known," << report.held << "held,"
                               << report.conflicts << "conflicts";
    return report;
}

} // namespace pes::bundle
