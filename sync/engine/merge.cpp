// SPDX-License-Identifier: GPL-3.0-or-later
#include "merge.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

Record fromRemote(const wire::RemoteRecord &remote)
{
    Record record;
    record.iri = remote.iri;
    record.kind = remote.kind;
    record.network = remote.network;
    record.visibility = remote.visibility;
    record.created = remote.created.isValid() ? remote.created : QDateTime::currentDateTimeUtc();
    record.modified = remote.modified.isValid() ? remote.modified : record.created;
    record.deletedAt = remote.deleted;
    record.fields = remote.fields;
    return record;
}

// Fields that differ between two states, visibility included as "@visibility".
QSet<QString> changedFields(const QJsonObject &a, Visibility aVisibility, const QJsonObject &b,
                            Visibility bVisibility)
{
    QSet<QString> changed;
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        if (!sameJournalValue(a.value(key), b.value(key)))
            changed.insert(key);
    }
    if (aVisibility != bVisibility)
        changed.insert(u"@visibility"_s);
    return changed;
}

} // namespace

MergeResult mergeRecord(const MergeInput &input)
{
    const wire::RemoteRecord &remote = input.remote;
    const bool remoteDeleted = remote.deleted.isValid() || remote.withdrawn;
    MergeResult result;
    result.shadow.version = remote.version;
    result.shadow.visibility = remote.visibility;
    result.shadow.deleted = remoteDeleted;
    // A tombstone carries no fields: keep the last agreed ones as the base.
    result.shadow.fields =
        remoteDeleted ? (input.base ? input.base->fields : QJsonObject()) : remote.fields;

    if (!input.local) {
        if (!remoteDeleted)
            result.write = fromRemote(remote);
        return result;
    }

    const Record &local = *input.local;
    const Shadow base = input.base.value_or(Shadow{0, local.visibility, false, {}});
    const bool localDeleted = local.isDeleted();
    const QSet<QString> localChanges =
        changedFields(local.fields, local.visibility, base.fields, base.visibility);
    const QSet<QString> remoteChanges =
        remoteDeleted
            ? QSet<QString>()
            : changedFields(remote.fields, remote.visibility, base.fields, base.visibility);
    auto existenceConflict = [&](bool mineDeleted) {
        result.conflicts.append({u"@delete"_s, mineDeleted, !mineDeleted, base.deleted});
    };

    if (remote.withdrawn) { // no longer visible to this network: keep only a tombstone
        if (!localDeleted || !local.fields.isEmpty()) {
            Record write = local;
            write.deletedAt = localDeleted ? local.deletedAt : QDateTime::currentDateTimeUtc();
            write.fields = {};
            result.write = write;
        }
        result.shadow.fields = {};
        return result;
    }
    if (remoteDeleted && !base.deleted) {
        if (localDeleted)
            return result;
        if (!localChanges.isEmpty()) {
            existenceConflict(false);
            return result;
        }
        Record write = local;
        write.deletedAt = remote.deleted;
        result.write = write;
        return result;
    }
    if (remoteDeleted) // still deleted there; whatever happened here is pushed or in conflict
        return result;
    if (localDeleted && !base.deleted) {
        if (!remoteChanges.isEmpty())
            existenceConflict(true);
        return result;
    }

    // Both alive (or restored there while deleted and unchanged here): field by field.
    Record write = local;
    write.deletedAt = {};
    for (const QString &field : localChanges | remoteChanges) {
        if (field == u"@visibility")
            continue;
        const QJsonValue mine = local.fields.value(field);
        const QJsonValue theirs = remote.fields.value(field);
        if (sameJournalValue(mine, theirs))
            continue;
        if (!localChanges.contains(field)) {
            if (theirs.isNull() || theirs.isUndefined())
                write.fields.remove(field);
            else
                write.fields.insert(field, theirs);
        } else if (remoteChanges.contains(field)) {
            result.conflicts.append({field, mine, theirs, base.fields.value(field)});
        }
    }
    if (local.visibility != remote.visibility) {
        if (!localChanges.contains(u"@visibility"_s))
            write.visibility = remote.visibility;
        else if (remoteChanges.contains(u"@visibility"_s))
            result.conflicts.append({u"@visibility"_s, visibilityName(local.visibility),
                                     visibilityName(remote.visibility),
                                     visibilityName(base.visibility)});
    }
    if (write.fields != local.fields || write.visibility != local.visibility ||
        write.isDeleted() != localDeleted) {
        write.modified = remote.modified.isValid() ? remote.modified : local.modified;
        result.write = write;
    }
    return result;
}

} // namespace pes::sync
