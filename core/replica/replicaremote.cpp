// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: changes that come from the hub, and settled conflicts. Remote
// states are written without journalling (they are the hub's, not ours);
// a settled conflict is journalled on purpose, so it reaches everyone.
#include "replica.h"

#include "domain/validation.h"
#include "replica/recordrow.h"
#include "replica/searchindex.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes {

Status Replica::writeRemote(Record &record)
{
    auto update = m_db.prepare(u"UPDATE record SET kind = ?, network = ?, visibility = ?, "
                               u"created = ?, modified = ?, version = ?, deleted = ?, title = ?, "
                               u"fields = ? WHERE id = ?"_s);
    if (!update)
        return std::unexpected(update.error());
    (*update)->bind(1, kindInfo(record.kind).name).bind(2, record.network);
    (*update)->bind(3, visibilityName(record.visibility)).bind(4, storedTime(record.created));
    (*update)->bind(5, storedTime(record.modified)).bind(6, record.version);
    if (record.isDeleted())
        (*update)->bind(7, storedTime(record.deletedAt));
    else
        (*update)->bindNull(7);
    if (const QString title = record.title(); title.isEmpty())
        (*update)->bind(8, ""); // a withdrawn record keeps no fields, hence no title
    else
        (*update)->bind(8, title);
    (*update)->bind(9, QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
    (*update)->bind(10, record.id);
    PES_TRY((*update)->run());
    SearchIndex index(m_db);
    PES_TRY(index.index(record));
    if (record.kind == Kind::Tag)
        PES_TRY(index.reindexTagged(record.iri));
    return {};
}

Status Replica::applyRemote(const Record &state)
{
    auto current = record(state.iri);
    if (!current && current.error().code != Error::Code::NotFound)
        return std::unexpected(current.error());

    sql::Transaction transaction(m_db);
    PES_TRY(transaction.begin());
    Record written = state;
    if (current) {
        written.id = current->id;
        written.version = current->version + 1;
        PES_TRY(writeRemote(written));
    } else {
        written.version = 1;
        PES_TRY(
            insertRecord(written, QJsonDocument(written.fields).toJson(QJsonDocument::Compact)));
        if (written.isDeleted()) // a new row is inserted live; the trash state needs a second write
            PES_TRY(writeRemote(written));
    }
    return transaction.commit();
}

Status Replica::settle(const QString &iri, const QString &field, const QJsonValue &hubValue,
                       const QJsonValue &value)
{
    auto current = record(iri);
    if (!current)
        return std::unexpected(current.error());

    QJsonValue settled = value;
    if (!field.startsWith(u'@') && !value.isNull()) {
        auto normalised = normaliseFields(current->kind, QJsonObject{{field, value}});
        if (!normalised)
            return std::unexpected(normalised.error());
        settled = normalised->value(field);
    }
    if (field == u"@visibility" && !visibilityFromName(value.toString()))
        return fail(Error::Code::InvalidArgument,
                    u"“%1” is not a visibility"_s.arg(value.toString()));

    PES_TRY(enterChange(
        u"Settle a conflict on %1 “%2”"_s.arg(kindInfo(current->kind).name, current->title())));
    auto written = [&]() -> Status {
        if (field == u"@delete") {
            const bool deleted = settled.toBool();
            if (deleted != current->isDeleted())
                current->deletedAt = deleted ? QDateTime::currentDateTimeUtc() : QDateTime();
            PES_TRY(journal(*current, deleted ? u"@delete"_s : u"@restore"_s, QJsonValue(),
                            deleted ? storedTime(current->deletedAt) : QString()));
        } else if (field == u"@visibility") {
            current->visibility = *visibilityFromName(settled.toString());
            PES_TRY(journal(*current, field, hubValue, settled));
        } else {
            if (settled.isNull() || settled.isUndefined())
                current->fields.remove(field);
            else
                current->fields.insert(field, settled);
            PES_TRY(journal(*current, field, hubValue, settled));
        }
        return storeRecord(*current);
    }();
    PES_TRY(leaveChange(written.has_value()));
    return written;
}

void Replica::announceRemoteChanges(const QStringList &iris)
{
    if (!iris.isEmpty())
        Q_EMIT changed(iris);
}

} // namespace pes
