// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include "replica/journal.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QString conflictColumns = u"SELECT id, record, field, mine, theirs, base, hub_version, "
                                u"detected, resolved, resolution, origin FROM sync_conflict "_s;

Result<QList<Conflict>> selectConflicts(sql::Database &db, const QString &where,
                                        const QVariantList &bindings)
{
    auto select = db.prepare(conflictColumns + where);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    for (int i = 0; i < bindings.size(); ++i)
        query->bind(i + 1, bindings.at(i));
    QList<Conflict> conflicts;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Conflict conflict;
        conflict.id = query->integer(0);
        conflict.record = query->text(1);
        conflict.field = query->text(2);
        conflict.mine = decodeJournalValue(query->text(3));
        conflict.theirs = decodeJournalValue(query->text(4));
        conflict.base = decodeJournalValue(query->text(5));
        conflict.hubVersion = query->integer(6);
        conflict.detected = parseTime(query->text(7));
        if (!query->isNull(8))
            conflict.resolved = parseTime(query->text(8));
        conflict.resolution = query->text(9);
        conflict.origin = query->text(10);
        conflicts.append(conflict);
    }
    return conflicts;
}

} // namespace

QString conflictField(const QString &operationField)
{
    if (operationField == u"@delete" || operationField == u"@restore" ||
        operationField == u"@create")
        return u"@delete"_s;
    return operationField;
}

Result<QString> SyncStore::value(const QString &key)
{
    auto value = m_db.scalar(u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}

Status SyncStore::setValue(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        auto remove = m_db.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
        if (!remove)
            return std::unexpected(remove.error());
        return (*remove)->bind(1, key).run();
    }
    auto upsert = m_db.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT "
                               u"(key) DO UPDATE SET value = excluded.value"_s);
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bind(1, key).bind(2, value).run();
}

Result<qint64> SyncStore::sendableCount()
{
    auto count = m_db.scalar(
        u"SELECT count(*) FROM operation o WHERE o.synced = 0 AND NOT EXISTS (SELECT 1 FROM record "
        u"r WHERE r.iri = o.record AND r.kind IN ('exchange', 'jobOffer') AND "
        u"r.fields ->> 'status' = 'draft')"_s);
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Result<QList<JournalOperation>> SyncStore::pending(qint64 after, int limit)
{
    return Journal(m_db).unsynced(limit, after);
}

Status SyncStore::setState(const QStringList &opIds, OperationState state)
{
    auto update = m_db.prepare(u"UPDATE operation SET synced = ? WHERE op_id = ?"_s);
    if (!update)
        return std::unexpected(update.error());
    for (const QString &id : opIds)
        PES_TRY((*update)->bind(1, int(state)).bind(2, id).run());
    return {};
}

Result<std::optional<Shadow>> SyncStore::shadow(const QString &iri)
{
    auto select = m_db.prepare(
        u"SELECT version, visibility, deleted, fields FROM sync_shadow WHERE record = ?"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    query->bind(1, iri);
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Shadow>();
    Shadow shadow;
    shadow.version = query->integer(0);
    shadow.visibility = visibilityFromName(query->text(1)).value_or(Visibility::Network);
    shadow.deleted = !query->isNull(2);
    shadow.fields = QJsonDocument::fromJson(query->blob(3)).object();
    return std::optional<Shadow>(shadow);
}

Status SyncStore::setShadow(const QString &iri, const Shadow &shadow)
{
    auto upsert = m_db.prepare(
        u"INSERT INTO sync_shadow (record, version, visibility, deleted, fields) VALUES "
        u"(?, ?, ?, ?, ?) ON CONFLICT (record) DO UPDATE SET version = excluded.version, "
        u"visibility = excluded.visibility, deleted = excluded.deleted, fields = excluded.fields"_s);
    if (!upsert)
        return std::unexpected(upsert.error());
    (*upsert)->bind(1, iri).bind(2, shadow.version).bind(3, visibilityName(shadow.visibility));
    if (shadow.deleted)
        (*upsert)->bind(4, u"deleted"_s);
    else
        (*upsert)->bindNull(4);
    (*upsert)->bind(5, QJsonDocument(shadow.fields).toJson(QJsonDocument::Compact));
    return (*upsert)->run();
}

Status SyncStore::recordConflict(const Conflict &conflict)
{
    auto upsert = m_db.prepare(
        u"INSERT INTO sync_conflict (record, field, mine, theirs, base, hub_version, detected, "
        u"origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record, field) WHERE resolved IS "
        u"NULL DO UPDATE SET mine = excluded.mine, theirs = excluded.theirs, hub_version = "
        u"excluded.hub_version, origin = excluded.origin"_s);
    if (!upsert)
        return std::unexpected(upsert.error());
    (*upsert)->bind(1, conflict.record).bind(2, conflict.field);
    (*upsert)
        ->bind(3, encodeJournalValue(conflict.mine))
        .bind(4, encodeJournalValue(conflict.theirs));
    (*upsert)->bind(5, encodeJournalValue(conflict.base)).bind(6, conflict.hubVersion);
    (*upsert)->bind(7, now());
    if (conflict.origin.isEmpty())
        (*upsert)->bindNull(8);
    else
        (*upsert)->bind(8, conflict.origin);
    return (*upsert)->run();
}

Result<QList<Conflict>> SyncStore::conflicts(bool openOnly)
{
    return selectConflicts(
        m_db, openOnly ? u"WHERE resolved IS NULL ORDER BY id"_s : u"ORDER BY id"_s, {});
}

Result<std::optional<Conflict>> SyncStore::conflict(qint64 id)
{
    auto found = selectConflicts(m_db, u"WHERE id = ?"_s, {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<Conflict>();
    return std::optional<Conflict>(found->first());
}

Status SyncStore::markResolved(qint64 id, const QString &resolution)
{
    auto update = m_db.prepare(
        u"UPDATE sync_conflict SET resolved = ?, resolution = ? WHERE id = ? AND resolved IS NULL"_s);
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bind(1, now()).bind(2, resolution).bind(3, id).run();
}

Status SyncStore::supersedeHeld(const QString &record, const QString &field)
{
    auto update = m_db.prepare(
        u"UPDATE operation SET synced = 4 WHERE synced = 2 AND record = ?1 AND (?2 = '@delete' "
        u"OR field = ?2)"_s);
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bind(1, record).bind(2, field).run();
}

Status SyncStore::releaseImported(const QString &record, const QString &field,
                                  const QString &device)
{
    auto update = m_db.prepare(
        u"UPDATE operation SET synced = 0 WHERE synced = 2 AND record = ?1 AND (?2 = '@delete' "
        u"OR field = ?2) AND change IN (SELECT id FROM change WHERE device != ?3)"_s);
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bind(1, record).bind(2, field).bind(3, device).run();
}

Status SyncStore::holdPending(const QString &record, const QString &field)
{
    auto update = m_db.prepare(
        u"UPDATE operation SET synced = 2 WHERE synced = 0 AND record = ?1 AND (?2 = '@delete' "
        u"OR field = ?2) AND field != '@create'"_s);
    if (!update)
        return std::unexpected(update.error());
    return (*update)->bind(1, record).bind(2, field).run();
}

Status SyncStore::tidy()
{
    return m_db.exec(uR"(
        UPDATE sync_conflict SET resolved = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
            resolution = 'converged'
            WHERE resolved IS NULL AND mine IS theirs;
        UPDATE operation SET synced = 4 WHERE synced = 2 AND NOT EXISTS (
            SELECT 1 FROM sync_conflict c WHERE c.resolved IS NULL AND c.record = operation.record
            AND (c.field = '@delete' OR c.field = operation.field));
    )"_s);
}

Status SyncStore::recordRefusal(const Refusal &refusal)
{
    auto insert = m_db.prepare(u"INSERT OR REPLACE INTO sync_refusal (op_id, record, field, "
                               u"message, refused) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    return (*insert)
        ->bind(1, refusal.opId)
        .bind(2, refusal.record)
        .bind(3, refusal.field)
        .bind(4, refusal.message)
        .bind(5, now())
        .run();
}

Result<QList<Refusal>> SyncStore::refusals()
{
    auto select = m_db.prepare(
        u"SELECT op_id, record, field, message, refused FROM sync_refusal ORDER BY refused"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    QList<Refusal> refusals;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        refusals.append({query->text(0), query->text(1), query->text(2), query->text(3),
                         parseTime(query->text(4))});
    }
    return refusals;
}

} // namespace pes::sync
