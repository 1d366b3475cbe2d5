// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflicts.h"

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

// Applies the hub's side locally, as a remote change (not journalled).
Status takeTheirs(Replica &replica, const Record &local, const Shadow &shadow,
                  const Conflict &conflict)
{
    Record write = local;
    if (conflict.field == u"@delete") {
        write.deletedAt = conflict.theirs.toBool() ? QDateTime::currentDateTimeUtc() : QDateTime();
        // Kept alive by the hub: its fields. By a bundle: the hub has not seen them yet,
        // so the record keeps its own until the bundle's operations come back from the hub.
        if (!write.isDeleted() && conflict.origin.isEmpty())
            write.fields = shadow.fields;
    } else if (conflict.field == u"@visibility") {
        write.visibility =
            visibilityFromName(conflict.theirs.toString()).value_or(write.visibility);
    } else if (conflict.theirs.isNull() || conflict.theirs.isUndefined()) {
        write.fields.remove(conflict.field);
    } else {
        write.fields.insert(conflict.field, conflict.theirs);
    }
    return replica.applyRemote(write);
}

// Journals this side again, from the hub's current state.
Status keep(Replica &replica, const Record &local, const Shadow &shadow, const Conflict &conflict,
            const QJsonValue &value)
{
    if (conflict.field != u"@delete")
        return replica.settle(local.iri, conflict.field, conflict.theirs, value);
    const bool deleted = value.toBool();
    PES_TRY(replica.settle(local.iri, u"@delete"_s, !deleted, deleted));
    if (deleted)
        return {};
    // Kept alive against a deletion there: send every field that differs from the hub's.
    QSet<QString> keys;
    for (auto it = local.fields.begin(); it != local.fields.end(); ++it)
        keys.insert(it.key());
    for (auto it = shadow.fields.begin(); it != shadow.fields.end(); ++it)
        keys.insert(it.key());
    for (const QString &key : std::as_const(keys)) {
        if (!sameJournalValue(local.fields.value(key), shadow.fields.value(key)))
            PES_TRY(
                replica.settle(local.iri, key, shadow.fields.value(key), local.fields.value(key)));
    }
    if (local.visibility != shadow.visibility)
        PES_TRY(replica.settle(local.iri, u"@visibility"_s, visibilityName(shadow.visibility),
                               visibilityName(local.visibility)));
    return {};
}

} // namespace

Status settleConflict(Replica &replica, qint64 conflictId, Settlement settlement,
                      const QJsonValue &edited)
{
    SyncStore store(replica.database());
    auto found = store.conflict(conflictId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(Error::Code::NotFound, u"no conflict #%1"_s.arg(conflictId));
    const Conflict conflict = **found;
    if (conflict.resolved.isValid())
        return fail(
            Error::Code::Conflict,
            u"conflict #%1 was already settled (%2)"_s.arg(conflictId).arg(conflict.resolution));
    if (settlement == Settlement::Edited && conflict.field == u"@delete")
        return fail(
            Error::Code::InvalidArgument,
            u"a deletion conflict is settled by keeping or deleting the record: use mine or theirs"_s);
    auto local = replica.record(conflict.record);
    if (!local)
        return std::unexpected(local.error());
    auto shadow = store.shadow(conflict.record);
    if (!shadow)
        return std::unexpected(shadow.error());
    const Shadow agreed = shadow->value_or(Shadow{});

    sql::Transaction transaction(replica.database());
    PES_TRY(transaction.begin());
    // The other side of a bundle conflict is not on the hub yet: its operations go
    // first (with their own ids, so the hub applies each once), the decision after them.
    if (conflict.origin == u"bundle")
        PES_TRY(store.releaseImported(conflict.record, conflict.field, replica.deviceId()));
    PES_TRY(store.supersedeHeld(conflict.record, conflict.field));
    QString resolution;
    switch (settlement) {
    case Settlement::Theirs:
        PES_TRY(takeTheirs(replica, *local, agreed, conflict));
        resolution = u"theirs"_s;
        break;
    case Settlement::Mine:
        PES_TRY(keep(replica, *local, agreed, conflict, conflict.mine));
        resolution = u"mine"_s;
        break;
    case Settlement::Edited:
        PES_TRY(keep(replica, *local, agreed, conflict, edited));
        resolution = u"edited"_s;
        break;
    }
    PES_TRY(store.markResolved(conflict.id, resolution));
    PES_TRY(transaction.commit());
    if (settlement == Settlement::Theirs)
        replica.announceRemoteChanges({conflict.record});
    return {};
}

} // namespace pes::sync
