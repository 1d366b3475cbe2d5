// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicaattachments.h"

#include "attachmentslogging.h"
#include "replica/journal.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

const QString attachmentsField = u"attachments"_s;

void collect(const QJsonValue &attachments, QHash<QString, qint64> &into)
{
    for (const AttachmentRef &ref : attachmentsOf(QJsonObject{{attachmentsField, attachments}}))
        into.insert(ref.hash, ref.size);
}

// Runs a query whose columns hold attachment lists, as JSON text (`journalled`:
// journal values, decoded as the journal encodes them).
Status collectRows(Replica &replica, const QString &sql, bool journalled,
                   QHash<QString, qint64> &into)
{
    auto select = replica.database().prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    const int columns = journalled ? 2 : 1;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        for (int column = 0; column < columns; ++column) {
            if (query->isNull(column))
                continue;
            const QString text = query->text(column);
            collect(journalled ? decodeJournalValue(text)
                               : QJsonDocument::fromJson(text.toUtf8()).array(),
                    into);
        }
    }
}

} // namespace

AttachmentStore attachmentStoreOf(const Replica &replica)
{
    return AttachmentStore(AttachmentStore::rootForReplica(replica.path()));
}

Result<QHash<QString, qint64>> referencedAttachments(Replica &replica, bool withJournal)
{
    QHash<QString, qint64> referenced;
    PES_TRY(collectRows(replica,
                        u"SELECT json_extract(fields, '$.attachments') FROM record "
                        u"WHERE json_type(fields, '$.attachments') = 'array'"_s,
                        false, referenced));
    if (withJournal)
        PES_TRY(collectRows(
            replica, u"SELECT old_value, new_value FROM operation WHERE field = 'attachments'"_s,
            true, referenced));
    return referenced;
}

Result<AttachmentRef> attachFile(Replica &replica, const QString &iri, const QString &filePath)
{
    auto record = replica.record(iri);
    if (!record)
        return std::unexpected(record.error());
    if (!kindInfo(record->kind).field(attachmentsField))
        return fail(Error::Code::InvalidArgument,
                    u"a %1 cannot have attachments"_s.arg(kindInfo(record->kind).name));
    if (record->isDeleted())
        return fail(Error::Code::Conflict, u"<%1> is in the trash; restore it first"_s.arg(iri));

    AttachmentStore store = attachmentStoreOf(replica);
    auto ref = store.put(filePath);
    if (!ref)
        return std::unexpected(ref.error());

    QJsonArray attachments = record->fields.value(attachmentsField).toArray();
    for (const AttachmentRef &existing : attachmentsOf(record->fields)) {
        if (existing.hash == ref->hash)
            return fail(Error::Code::Conflict,
                        u"<%1> already has this file, as “%2”"_s.arg(iri, existing.name));
    }
    attachments.append(ref->toJson());
    PES_TRY(replica.update(iri, {{attachmentsField, attachments}}));
    qCInfo(lcAttachments).noquote() << u"attached"_s << ref->hash << u"to"_s << iri;
    return ref;
}

Status detachFile(Replica &replica, const QString &iri, const QString &hash)
{
    auto record = replica.record(iri);
    if (!record)
        return std::unexpected(record.error());
    QJsonArray kept;
    bool found = false;
    for (const QJsonValue &item : record->fields.value(attachmentsField).toArray()) {
        auto ref = AttachmentRef::fromJson(item);
        if (ref && ref->hash == hash)
            found = true;
        else
            kept.append(item);
    }
    if (!found)
        return fail(Error::Code::NotFound,
                    u"<%1> has no attachment %2"_s.arg(iri, attachmentHashField(hash)));
    return replica.update(iri, {{attachmentsField, kept.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(kept)}});
}

Result<GarbageCollection> collectAttachmentGarbage(Replica &replica, int graceSeconds)
{
    auto referenced = referencedAttachments(replica);
    if (!referenced)
        return std::unexpected(referenced.error());
    QSet<QString> hashes;
    for (auto it = referenced->cbegin(); it != referenced->cend(); ++it)
        hashes.insert(it.key());
    AttachmentStore store = attachmentStoreOf(replica);
    return store.collectGarbage(hashes,
                                QDateTime::currentDateTimeUtc().addSecs(-qMax(0, graceSeconds)));
}

} // namespace pes
