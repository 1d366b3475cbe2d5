// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: applying records read elsewhere (RDF files, the hub), journalled
// field by field like any local edit, and the extra statements kept with them.
#include "replica.h"

#include "replica/recordrow.h"
#include "replica/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

// Lists compare as sets: RDF has no order, and exports write them sorted.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isArray() && b.isArray()) {
        QStringList left;
        QStringList right;
        for (const QJsonValue &item : a.toArray())
            left.append(item.toString());
        for (const QJsonValue &item : b.toArray())
            right.append(item.toString());
        left.sort();
        right.sort();
        return left == right;
    }
    if ((a.isUndefined() || a.isNull()) && (b.isUndefined() || b.isNull()))
        return true;
    return a == b;
}

} // namespace

Result<QStringList> Replica::extraStatements(qint64 recordId)
{
    auto select =
        m_db.prepare(u"SELECT statement FROM extra_triple WHERE record = ? ORDER BY position"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    query->bind(1, recordId);
    QStringList statements;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        statements.append(query->text(0));
    }
    return statements;
}

Status Replica::setExtraStatements(qint64 recordId, const QStringList &statements)
{
    auto remove = m_db.prepare(u"DELETE FROM extra_triple WHERE record = ?"_s);
    if (!remove)
        return std::unexpected(remove.error());
    PES_TRY((*remove)->bind(1, recordId).run());
    auto insert =
        m_db.prepare(u"INSERT INTO extra_triple (record, position, statement) VALUES (?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    for (qsizetype i = 0; i < statements.size(); ++i)
        PES_TRY((*insert)->bind(1, recordId).bind(2, qint64(i)).bind(3, statements.at(i)).run());
    return {};
}

Status Replica::writeImported(const Record &record)
{
    auto update = m_db.prepare(u"UPDATE record SET network = ?, visibility = ?, modified = ?, "
                               u"version = ?, deleted = ?, title = ?, fields = ? WHERE id = ?"_s);
    if (!update)
        return std::unexpected(update.error());
    (*update)->bind(1, record.network).bind(2, visibilityName(record.visibility));
    (*update)->bind(3, storedTime(record.modified)).bind(4, record.version);
    if (record.isDeleted())
        (*update)->bind(5, storedTime(record.deletedAt));
    else
        (*update)->bindNull(5);
    (*update)->bind(6, record.title());
    (*update)->bind(7, QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
    (*update)->bind(8, record.id);
    PES_TRY((*update)->run());
    SearchIndex index(m_db);
    PES_TRY(index.index(record));
    if (record.kind == Kind::Tag)
        PES_TRY(index.reindexTagged(record.iri));
    return {};
}

Result<Replica::ImportOutcome> Replica::applyImported(const Record &incoming,
                                                      const QStringList &extras)
{
    auto existing = record(incoming.iri);
    if (!existing && existing.error().code != Error::Code::NotFound)
        return std::unexpected(existing.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (!existing) {
        if (incoming.isDeleted())
            return ImportOutcome::UnknownTombstone;
        Record created = incoming;
        created.id = 0;
        if (created.network.isEmpty())
            created.network = m_network.iri;
        if (!created.modified.isValid())
            created.modified = now;
        if (!created.created.isValid())
            created.created = created.modified;
        if (created.version <= 0)
            created.version = 1;
        PES_TRY(enterChange(
            m_change ? QString()
                     : u"Import %1 “%2”"_s.arg(kindInfo(created.kind).name, created.title())));
        auto written = [&]() -> Status {
            PES_TRY(insertCreated(created));
            return extras.isEmpty() ? Status() : setExtraStatements(created.id, extras);
        }();
        PES_TRY(leaveChange(written.has_value()));
        if (!written)
            return std::unexpected(written.error());
        return ImportOutcome::Created;
    }

    Record current = *existing;
    if (incoming.kind != current.kind)
        return fail(Error::Code::Conflict,
                    u"<%1> is a %2 here but a %3 in the import"_s.arg(
                        incoming.iri, kindInfo(current.kind).name, kindInfo(incoming.kind).name));
    if (incoming.modified.isValid() && current.modified.isValid() &&
        incoming.modified < current.modified)
        return ImportOutcome::Older;

    auto currentExtras = extraStatements(current.id);
    if (!currentExtras)
        return std::unexpected(currentExtras.error());

    QSet<QString> names;
    for (auto it = current.fields.begin(); it != current.fields.end(); ++it)
        names.insert(it.key());
    for (auto it = incoming.fields.begin(); it != incoming.fields.end(); ++it)
        names.insert(it.key());
    QStringList changedFields;
    for (const QString &name : std::as_const(names)) {
        if (!sameValue(current.fields.value(name), incoming.fields.value(name)))
            changedFields.append(name);
    }
    changedFields.sort();
    const bool network = !incoming.network.isEmpty() && incoming.network != current.network;

    if (incoming.isDeleted()) {
        if (current.isDeleted())
            return ImportOutcome::Unchanged;
    } else if (!current.isDeleted() && changedFields.isEmpty() &&
               incoming.visibility == current.visibility && *currentExtras == extras && !network) {
        return ImportOutcome::Unchanged;
    }

    PES_TRY(enterChange(
        m_change ? QString()
                 : u"Import %1 “%2”"_s.arg(kindInfo(current.kind).name, current.title())));
    auto written = [&]() -> Status {
        if (incoming.isDeleted()) {
            current.deletedAt = incoming.deletedAt;
            PES_TRY(journal(current, u"@delete"_s, QJsonValue(), storedTime(current.deletedAt)));
        } else {
            if (current.isDeleted()) {
                current.deletedAt = QDateTime();
                PES_TRY(journal(current, u"@restore"_s, QJsonValue(), storedTime(now)));
            }
            if (incoming.visibility != current.visibility) {
                PES_TRY(journal(current, u"@visibility"_s, visibilityName(current.visibility),
                                visibilityName(incoming.visibility)));
                current.visibility = incoming.visibility;
            }
            for (const QString &name : std::as_const(changedFields)) {
                const QJsonValue newValue = incoming.fields.value(name);
                PES_TRY(journal(current, name, current.fields.value(name),
                                newValue.isUndefined() ? QJsonValue() : newValue));
            }
            current.fields = incoming.fields;
            if (*currentExtras != extras)
                PES_TRY(setExtraStatements(current.id, extras));
        }
        if (network)
            current.network = incoming.network;
        current.modified = incoming.modified.isValid() ? incoming.modified : now;
        current.version = incoming.version > 0 ? incoming.version : current.version + 1;
        m_change->touched.append(current.iri); // also when only the network or extras changed
        return writeImported(current);
    }();
    PES_TRY(leaveChange(written.has_value()));
    if (!written)
        return std::unexpected(written.error());
    return incoming.isDeleted() ? ImportOutcome::Deleted : ImportOutcome::Updated;
}

} // namespace pes
