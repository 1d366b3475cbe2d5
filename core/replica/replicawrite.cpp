// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: writing records, always through a change that is journalled.
#include "replica.h"

#include "domain/identity.h"
#include "domain/validation.h"
#include "replica/journal.h"
#include "replica/recordrow.h"
#include "replica/searchindex.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Replica::ChangeScope::ChangeScope(ChangeScope &&other) noexcept
    : m_replica(std::exchange(other.m_replica, nullptr))
{
}

Replica::ChangeScope &Replica::ChangeScope::operator=(ChangeScope &&other) noexcept
{
    if (this != &other) {
        if (m_replica)
            (void)m_replica->leaveChange(false);
        m_replica = std::exchange(other.m_replica, nullptr);
    }
    return *this;
}

Replica::ChangeScope::~ChangeScope()
{
    if (m_replica)
        (void)m_replica->leaveChange(false);
}

Status Replica::ChangeScope::commit()
{
    Replica *replica = std::exchange(m_replica, nullptr);
    if (!replica)
        return fail(Error::Code::Storage, u"this change was already committed"_s);
    return replica->leaveChange(true);
}

Result<Replica::ChangeScope> Replica::beginChange(const QString &description)
{
    PES_TRY(enterChange(description));
    return ChangeScope(this);
}

Status Replica::enterChange(const QString &description, const QString &action, qint64 reverts)
{
    if (m_change) {
        ++m_change->depth;
        return {};
    }
    OpenChange change;
    change.transaction = std::make_unique<sql::Transaction>(m_db);
    PES_TRY(change.transaction->begin());

    auto insert = m_db.prepare(u"INSERT INTO change (change_id, hlc, device, action, description, "
                               u"reverts) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, createUuidV7()).bind(2, m_clock.now()).bind(3, m_deviceId);
    (*insert)->bind(4, action).bind(5, description);
    if (reverts)
        (*insert)->bind(6, reverts);
    PES_TRY((*insert)->run());
    change.id = m_db.lastInsertRowId();
    change.depth = 1;
    m_change = std::move(change);
    return {};
}

Status Replica::leaveChange(bool commit)
{
    if (!m_change)
        return {};
    if (commit && --m_change->depth > 0)
        return {};

    OpenChange change = std::move(*m_change);
    m_change.reset();
    if (!commit || change.touched.isEmpty()) { // nothing written: leave no empty change behind
        change.transaction->rollback();
        m_clock = HybridClock(meta(u"hlc.last"_s).value_or(QString()));
        return {};
    }
    PES_TRY(setMeta(u"hlc.last"_s, m_clock.last()));
    PES_TRY(change.transaction->commit());
    change.touched.removeDuplicates();
    if (!change.touched.isEmpty())
        Q_EMIT changed(change.touched);
    return {};
}

Status Replica::journal(const Record &record, const QString &field, const QJsonValue &oldValue,
                        const QJsonValue &newValue)
{
    return journalEncoded(record, field, encodeJournalValue(oldValue),
                          encodeJournalValue(newValue));
}

Status Replica::journalEncoded(const Record &record, const QString &field, const QString &oldValue,
                               const QString &newValue)
{
    auto insert = m_db.prepare(u"INSERT INTO operation (op_id, change, record, kind, field, "
                               u"old_value, new_value, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, createUuidV7()).bind(2, m_change->id).bind(3, record.iri);
    (*insert)->bind(4, kindInfo(record.kind).name).bind(5, field);
    (*insert)->bind(6, oldValue).bind(7, newValue).bind(8, m_clock.now());
    PES_TRY((*insert)->run());
    m_change->touched.append(record.iri);
    return {};
}

Status Replica::insertRecord(Record &record, const QByteArray &fieldsJson)
{
    auto insert = m_db.prepare(u"INSERT INTO record (iri, kind, network, visibility, created, "
                               u"modified, version, title, fields, sort_key, city_key, postcode) "
                               u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, record.iri).bind(2, kindInfo(record.kind).name).bind(3, record.network);
    (*insert)->bind(4, visibilityName(record.visibility)).bind(5, storedTime(record.created));
    (*insert)->bind(6, storedTime(record.modified)).bind(7, record.version);
    const SearchIndex::Keys keys = SearchIndex::keys(record);
    (*insert)->bind(8, record.title()).bind(9, fieldsJson).bind(10, keys.sortKey);
    (*insert)->bind(11, keys.cityKey).bind(12, keys.postcode);
    if (auto inserted = (*insert)->run(); !inserted) {
        if (inserted.error().code == Error::Code::Conflict)
            return fail(Error::Code::Conflict,
                        u"a record <%1> already exists in this replica"_s.arg(record.iri));
        return inserted;
    }
    record.id = m_db.lastInsertRowId();
    return SearchIndex(m_db).index(record, true);
}

Status Replica::insertCreated(Record &record)
{
    // The fields are serialised once, for the record and for its @create operation.
    const QByteArray fieldsJson = compact(record.fields);
    PES_TRY(insertRecord(record, fieldsJson));
    const QString created = u"{\"fields\":"_s + QString::fromUtf8(fieldsJson) + u",\"kind\":\""_s +
                            kindInfo(record.kind).name + u"\",\"visibility\":\""_s +
                            visibilityName(record.visibility) + u"\"}"_s;
    return journalEncoded(record, u"@create"_s, QString(), created);
}

Status Replica::storeRecord(Record &record)
{
    record.version += 1;
    record.modified = QDateTime::currentDateTimeUtc();
    auto update = m_db.prepare(u"UPDATE record SET visibility = ?, modified = ?, version = ?, "
                               u"deleted = ?, title = ?, fields = ? WHERE id = ?"_s);
    if (!update)
        return std::unexpected(update.error());
    (*update)->bind(1, visibilityName(record.visibility)).bind(2, storedTime(record.modified));
    (*update)->bind(3, record.version);
    (*update)->bind(4, record.isDeleted() ? storedTime(record.deletedAt) : QString());
    (*update)->bind(5, record.title()).bind(6, compact(record.fields)).bind(7, record.id);
    PES_TRY((*update)->run());
    SearchIndex index(m_db);
    PES_TRY(index.index(record));
    if (record.kind == Kind::Tag)
        PES_TRY(index.reindexTagged(record.iri));
    return {};
}

Status Replica::checkReferences(Kind kind, const QJsonObject &fields)
{
    for (const FieldInfo &field : kindInfo(kind).fields) {
        if (field.type != FieldType::Reference || !fields.contains(field.name))
            continue;
        const QString iri = fields.value(field.name).toString();
        if (iri.isEmpty())
            continue;
        auto target = record(iri);
        if (!target)
            return fail(
                Error::Code::InvalidArgument,
                u"“%1” refers to <%2>, which is not in this replica"_s.arg(field.name, iri));
        if (target->isDeleted())
            return fail(Error::Code::InvalidArgument,
                        u"“%1” refers to <%2>, which is in the trash"_s.arg(field.name, iri));
        if (field.referenceKind && target->kind != *field.referenceKind)
            return fail(Error::Code::InvalidArgument,
                        u"“%1” must refer to a %2, but <%3> is a %4"_s.arg(
                            field.name, kindInfo(*field.referenceKind).name, iri,
                            kindInfo(target->kind).name));
    }
    return {};
}

Result<QString> Replica::create(Kind kind, const QJsonObject &fields, const CreateOptions &options)
{
    auto normalised = normaliseFields(kind, fields);
    if (!normalised)
        return std::unexpected(normalised.error());
    for (auto it = normalised->begin(); it != normalised->end();) {
        if (it.value().isNull())
            it = normalised->erase(it);
        else
            ++it;
    }
    PES_TRY(checkRequired(kind, *normalised));
    if (options.checkReferences)
        PES_TRY(checkReferences(kind, *normalised));

    Record record;
    record.iri = options.iri.isEmpty() ? mintIri(m_network.iri, kind) : options.iri;
    record.kind = kind;
    record.network = m_network.iri;
    record.visibility = options.visibility.value_or(kindInfo(kind).defaultVisibility);
    record.created = record.modified = QDateTime::currentDateTimeUtc();
    record.version = 1;
    record.fields = *normalised;

    // The description is only written by the change that opens a transaction.
    PES_TRY(enterChange(m_change ? QString()
                                 : u"Create %1 “%2”"_s.arg(kindInfo(kind).name, record.title())));
    auto written = [&]() -> Status { return insertCreated(record); }();
    PES_TRY(leaveChange(written.has_value()));
    if (!written)
        return std::unexpected(written.error());
    return record.iri;
}

Status Replica::setFields(Record &record, const QJsonObject &changes)
{
    bool any = false;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonValue oldValue = record.fields.value(it.key());
        const QJsonValue newValue = it.value();
        if (oldValue == newValue || (oldValue.isUndefined() && newValue.isNull()))
            continue;
        PES_TRY(journal(record, it.key(), oldValue, newValue));
        if (newValue.isNull())
            record.fields.remove(it.key());
        else
            record.fields.insert(it.key(), newValue);
        any = true;
    }
    return any ? storeRecord(record) : Status();
}

Status Replica::update(const QString &iri, const QJsonObject &changes,
                       std::optional<Visibility> visibility)
{
    auto current = record(iri);
    if (!current)
        return std::unexpected(current.error());
    if (current->isDeleted())
        return fail(Error::Code::Conflict,
                    u"<%1> is in the trash; restore it before editing"_s.arg(iri));
    auto normalised = normaliseFields(current->kind, changes);
    if (!normalised)
        return std::unexpected(normalised.error());
    QJsonObject merged = current->fields;
    for (auto it = normalised->begin(); it != normalised->end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    PES_TRY(checkRequired(current->kind, merged));
    PES_TRY(checkReferences(current->kind, *normalised));

    PES_TRY(enterChange(u"Edit %1 “%2”"_s.arg(kindInfo(current->kind).name, current->title())));
    auto written = [&]() -> Status {
        if (visibility && *visibility != current->visibility) {
            PES_TRY(journal(*current, u"@visibility"_s, visibilityName(current->visibility),
                            visibilityName(*visibility)));
            current->visibility = *visibility;
            if (normalised->isEmpty())
                return storeRecord(*current);
        }
        return setFields(*current, *normalised);
    }();
    PES_TRY(leaveChange(written.has_value()));
    return written;
}

Status Replica::setDeleted(Record &record, bool deleted)
{
    const QString field = deleted ? u"@delete"_s : u"@restore"_s;
    record.deletedAt = deleted ? QDateTime::currentDateTimeUtc() : QDateTime();
    PES_TRY(
        journal(record, field, QJsonValue(), deleted ? storedTime(record.deletedAt) : QString()));
    return storeRecord(record);
}

Status Replica::remove(const QString &iri)
{
    auto current = record(iri);
    if (!current)
        return std::unexpected(current.error());
    if (current->isDeleted())
        return fail(Error::Code::Conflict, u"<%1> is already in the trash"_s.arg(iri));
    PES_TRY(enterChange(u"Delete %1 “%2”"_s.arg(kindInfo(current->kind).name, current->title())));
    auto written = setDeleted(*current, true);
    PES_TRY(leaveChange(written.has_value()));
    return written;
}

Status Replica::restore(const QString &iri)
{
    auto current = record(iri);
    if (!current)
        return std::unexpected(current.error());
    if (!current->isDeleted())
        return fail(Error::Code::Conflict, u"<%1> is not in the trash"_s.arg(iri));
    PES_TRY(enterChange(u"Restore %1 “%2”"_s.arg(kindInfo(current->kind).name, current->title())));
    auto written = setDeleted(*current, false);
    PES_TRY(leaveChange(written.has_value()));
    return written;
}

} // namespace pes
