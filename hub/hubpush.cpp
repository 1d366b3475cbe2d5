// SPDX-License-Identifier: GPL-3.0-or-later
// HubStore: applying a push. Each change's operations on one record are
// checked against the record's per-field versions ([version, device] per
// field): a field changed on the hub by another device after the operation's
// base version, to a value that is neither the operation's old nor new value,
// is a conflict; everything else applies.
#include "hubstore.h"

#include "domain/identity.h"
#include "domain/validation.h"
#include "replica/journal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

struct HubStore::PushState
{
    std::optional<wire::RemoteRecord> record;
    QJsonObject fieldVersions;
    bool sharedOnce = false;
    bool dirty = false;
    QStringList touched;
    QList<wire::PushOperation> history; // applied now, written with the new version
    wire::RecordResult result;
};

Result<std::optional<wire::RemoteRecord>>
HubStore::loadRecord(const QString &iri, QJsonObject *fieldVersions, bool *sharedOnce)
{
    auto records = selectRecords(u"WHERE iri = ?"_s, {iri});
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return std::optional<wire::RemoteRecord>();
    auto extra = m_db.prepare(u"SELECT field_versions, shared_once FROM record WHERE iri = ?"_s);
    if (!extra)
        return std::unexpected(extra.error());
    sql::Query query(**extra);
    query->bind(1, iri);
    PES_TRY(query->next());
    if (fieldVersions)
        *fieldVersions = QJsonDocument::fromJson(query->blob(0)).object();
    if (sharedOnce)
        *sharedOnce = query->integer(1) != 0;
    return std::optional<wire::RemoteRecord>(records->first());
}

Status HubStore::applyOperation(PushState &state, const Device &device,
                                const wire::PushOperation &op)
{
    // A replay: answer as the first time, apply nothing.
    auto known = m_db.prepare(u"SELECT 'applied', '' FROM history WHERE op_id = ?1 UNION ALL "
                              u"SELECT 'refused', message FROM refusal WHERE op_id = ?1"_s);
    if (!known)
        return std::unexpected(known.error());
    {
        sql::Query query(**known);
        query->bind(1, op.opId);
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            if (query->text(0) == u"applied") {
                state.result.applied.append(op.opId);
            } else {
                state.result.refused.append(op.opId);
                state.result.message = query->text(1);
            }
            return {};
        }
    }

    auto refuse = [&](const QString &message) -> Status {
        auto insert = m_db.prepare(u"INSERT INTO refusal (op_id, device, record, message, "
                                   u"received) VALUES (?, ?, ?, ?, ?)"_s);
        if (!insert)
            return std::unexpected(insert.error());
        PES_TRY((*insert)
                    ->bind(1, op.opId)
                    .bind(2, device.id)
                    .bind(3, op.record)
                    .bind(4, message)
                    .bind(5, stamp(QDateTime::currentDateTimeUtc()))
                    .run());
        state.result.refused.append(op.opId);
        state.result.message = message;
        return {};
    };
    auto conflict = [&](const QString &message) -> Status {
        state.result.conflicting.append(op.opId);
        state.result.message = message;
        return {};
    };
    auto apply = [&](const QString &touched) -> Status {
        state.history.append(op);
        state.result.applied.append(op.opId);
        if (!touched.isEmpty()) {
            state.dirty = true;
            state.touched.append(touched);
        }
        return {};
    };

    if (!isOwnedBy(op.record, device.network))
        return refuse(u"<%1> belongs to another network: this device's network may only write "
                      u"records under <%2>"_s.arg(op.record, device.network));

    if (op.field == u"@create") {
        if (state.record)
            return refuse(u"a record <%1> already exists on the hub"_s.arg(op.record));
        const QJsonObject created = op.newValue.toObject();
        const auto kind = kindFromName(created.value(u"kind"_s).toString());
        const auto visibility = visibilityFromName(created.value(u"visibility"_s).toString());
        if (!kind || !visibility)
            return refuse(
                u"the creation of <%1> lacks a known kind or visibility"_s.arg(op.record));
        auto fields = normaliseFields(*kind, created.value(u"fields"_s).toObject());
        if (!fields)
            return refuse(fields.error().message);
        if (auto required = checkRequired(*kind, *fields); !required)
            return refuse(required.error().message);
        wire::RemoteRecord record;
        record.iri = op.record;
        record.kind = *kind;
        record.network = device.network;
        record.visibility = *visibility;
        record.created = QDateTime::currentDateTimeUtc();
        record.fields = *fields;
        state.record = record;
        state.sharedOnce = *visibility != Visibility::Network;
        PES_TRY(apply(u"@visibility"_s));
        for (auto it = fields->begin(); it != fields->end(); ++it)
            state.touched.append(it.key());
        return {};
    }
    if (!state.record)
        return refuse(
            u"<%1> is not on the hub: its creation was refused or never pushed"_s.arg(op.record));

    wire::RemoteRecord &record = *state.record;
    // Changed on the hub after the operation's base, by another device (a
    // device's own operations are ordered: its later ones know its earlier ones).
    auto changedSince = [&](const QString &field) {
        const QJsonArray entry = state.fieldVersions.value(field).toArray();
        return entry.at(0).toInteger() > op.baseVersion && entry.at(1).toInteger() != device.id;
    };
    if (op.field == u"@delete") {
        if (record.deleted.isValid())
            return apply({});
        for (auto it = state.fieldVersions.begin(); it != state.fieldVersions.end(); ++it) {
            if (changedSince(it.key()))
                return conflict(u"<%1> was changed on the hub (version %2) after this device's "
                                u"version %3; deleting it would lose that change"_s.arg(op.record)
                                    .arg(record.version)
                                    .arg(op.baseVersion));
        }
        record.deleted = QDateTime::currentDateTimeUtc();
        return apply(u"@delete"_s);
    }
    if (op.field == u"@restore") {
        if (!record.deleted.isValid())
            return apply({});
        record.deleted = {};
        return apply(u"@delete"_s);
    }
    if (record.deleted.isValid())
        return conflict(u"<%1> was deleted on the hub"_s.arg(op.record));

    if (op.field == u"@visibility") {
        const auto visibility = visibilityFromName(op.newValue.toString());
        if (!visibility)
            return refuse(u"“%1” is not a visibility"_s.arg(op.newValue.toString()));
        const QJsonValue hub = visibilityName(record.visibility);
        if (changedSince(op.field) && !sameJournalValue(hub, op.oldValue) &&
            !sameJournalValue(hub, op.newValue))
            return conflict(u"the visibility of <%1> was changed on the hub"_s.arg(op.record));
        record.visibility = *visibility;
        state.sharedOnce = state.sharedOnce || *visibility != Visibility::Network;
        return apply(op.field);
    }

    if (!kindInfo(record.kind).field(op.field))
        return refuse(u"a %1 has no field “%2”"_s.arg(kindInfo(record.kind).name, op.field));
    QJsonValue value = op.newValue;
    if (!value.isNull()) {
        auto normalised = normaliseFields(record.kind, QJsonObject{{op.field, value}});
        if (!normalised)
            return refuse(normalised.error().message);
        value = normalised->value(op.field);
    }
    const QJsonValue hub = record.fields.value(op.field);
    if (changedSince(op.field) && !sameJournalValue(hub, op.oldValue) &&
        !sameJournalValue(hub, value))
        return conflict(u"“%1” of <%2> was changed on the hub after this device's version %3"_s
                            .arg(op.field, op.record)
                            .arg(op.baseVersion));
    if (value.isNull())
        record.fields.remove(op.field);
    else
        record.fields.insert(op.field, value);
    return apply(op.field);
}

Result<wire::PushResponse> HubStore::push(const Device &device,
                                          const QList<wire::PushOperation> &operations)
{
    // Operations grouped by change and record, in the order they were made.
    QList<QList<wire::PushOperation>> groups;
    QHash<QString, qsizetype> groupOf;
    for (const wire::PushOperation &op : operations) {
        const QString key = op.changeId + u' ' + op.record;
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, groups.size());
            groups.append(QList<wire::PushOperation>());
        }
        groups[*it].append(op);
    }

    sql::Transaction transaction(m_db);
    PES_TRY(transaction.begin());
    wire::PushResponse response;
    QSet<QString> inConflict;
    for (const auto &group : std::as_const(groups)) {
        PushState state;
        auto loaded = loadRecord(group.first().record, &state.fieldVersions, &state.sharedOnce);
        if (!loaded)
            return std::unexpected(loaded.error());
        state.record = *loaded;
        state.result.changeId = group.first().changeId;
        state.result.record = group.first().record;
        for (const wire::PushOperation &op : group)
            PES_TRY(applyOperation(state, device, op));

        if (state.dirty) {
            wire::RemoteRecord &record = *state.record;
            record.version += 1;
            record.modified = QDateTime::currentDateTimeUtc();
            record.lastChange = state.result.changeId;
            for (const QString &field : std::as_const(state.touched))
                state.fieldVersions.insert(field, QJsonArray{record.version, device.id});
            auto sequence = nextSequence();
            if (!sequence)
                return std::unexpected(sequence.error());
            record.sequence = *sequence;
            auto upsert = m_db.prepare(
                u"INSERT INTO record (iri, kind, network, visibility, created, modified, version, "
                u"deleted, fields, field_versions, sequence, last_change, shared_once) VALUES "
                u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (iri) DO UPDATE SET "
                u"visibility = excluded.visibility, modified = excluded.modified, version = "
                u"excluded.version, deleted = excluded.deleted, fields = excluded.fields, "
                u"field_versions = excluded.field_versions, sequence = excluded.sequence, "
                u"last_change = excluded.last_change, shared_once = excluded.shared_once"_s);
            if (!upsert)
                return std::unexpected(upsert.error());
            (*upsert)
                ->bind(1, record.iri)
                .bind(2, kindInfo(record.kind).name)
                .bind(3, record.network);
            (*upsert)->bind(4, visibilityName(record.visibility)).bind(5, stamp(record.created));
            (*upsert)->bind(6, stamp(record.modified)).bind(7, record.version);
            if (record.deleted.isValid())
                (*upsert)->bind(8, stamp(record.deleted));
            else
                (*upsert)->bindNull(8);
            (*upsert)->bind(9, QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
            (*upsert)->bind(10, QJsonDocument(state.fieldVersions).toJson(QJsonDocument::Compact));
            (*upsert)->bind(11, record.sequence).bind(12, record.lastChange);
            (*upsert)->bind(13, state.sharedOnce);
            PES_TRY((*upsert)->run());
        }

        auto history = m_db.prepare(u"INSERT INTO history (op_id, change_id, device, record, "
                                    u"field, old_value, new_value, hlc, version, received) VALUES "
                                    u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!history)
            return std::unexpected(history.error());
        const qint64 version = state.record ? state.record->version : 0;
        const QString received = stamp(QDateTime::currentDateTimeUtc());
        for (const wire::PushOperation &op : std::as_const(state.history)) {
            (*history)->bind(1, op.opId).bind(2, op.changeId).bind(3, device.id).bind(4, op.record);
            (*history)->bind(5, op.field).bind(6, encodeJournalValue(op.oldValue));
            (*history)->bind(7, encodeJournalValue(op.newValue)).bind(8, op.hlc);
            (*history)->bind(9, version).bind(10, received);
            PES_TRY((*history)->run());
        }

        wire::RecordResult &result = state.result;
        result.version = version;
        if (!result.conflicting.isEmpty())
            result.outcome = wire::Outcome::Conflict;
        else if (!result.refused.isEmpty())
            result.outcome = wire::Outcome::Refused;
        if (!result.conflicting.isEmpty() && state.record && !inConflict.contains(result.record)) {
            inConflict.insert(result.record);
            response.current.append(*state.record);
        }
        qCInfo(lcHub).noquote() << u"push device="_s + device.name << u"network="_s + device.network
                                << u"change="_s + result.changeId << u"record="_s + result.record
                                << u"outcome="_s + wire::outcomeName(result.outcome)
                                << u"version="_s + QString::number(version)
                                << u"fields="_s + state.touched.join(u',')
                                << (result.message.isEmpty()
                                        ? QString()
                                        : u"message=\""_s + result.message + u'"');
        response.results.append(result);
    }
    PES_TRY(transaction.commit());
    return response;
}

} // namespace pes::hub
