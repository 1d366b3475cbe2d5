// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes {

QString encodeJournalValue(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    // Wrapped in an array so that scalars serialise too.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue decodeJournalValue(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(QByteArray('[' + text.toUtf8() + ']')).array().at(0);
}

bool sameJournalValue(const QJsonValue &a, const QJsonValue &b)
{
    const bool aEmpty = a.isNull() || a.isUndefined();
    const bool bEmpty = b.isNull() || b.isUndefined();
    return (aEmpty && bEmpty) || a == b;
}

Result<QList<JournalOperation>> Journal::select(const QString &where, const QVariantList &bindings)
{
    auto statement = m_db.prepare(
        u"SELECT o.id, o.op_id, c.change_id, c.device, o.record, o.kind, o.field, o.old_value, "
        u"o.new_value, o.hlc, o.synced FROM operation o JOIN change c ON c.id = o.change "_s +
        where);
    if (!statement)
        return std::unexpected(statement.error());
    sql::Query query(**statement);
    for (int i = 0; i < bindings.size(); ++i)
        query->bind(i + 1, bindings.at(i));
    QList<JournalOperation> operations;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        JournalOperation op;
        op.sequence = query->integer(0);
        op.opId = query->text(1);
        op.changeId = query->text(2);
        op.device = query->text(3);
        op.record = query->text(4);
        op.kind = kindFromName(query->text(5)).value_or(Kind::Organisation);
        op.field = query->text(6);
        op.oldValue = decodeJournalValue(query->text(7));
        op.newValue = decodeJournalValue(query->text(8));
        op.hlc = query->text(9);
        op.synced = query->integer(10) != 0;
        operations.append(op);
    }
    return operations;
}

Result<QList<JournalOperation>> Journal::unsynced(int limit, qint64 after)
{
    return select(u"WHERE o.synced = 0 AND o.id > ? ORDER BY o.id LIMIT ?"_s, {after, limit});
}

Result<QList<JournalOperation>> Journal::forRecord(const QString &iri)
{
    return select(u"WHERE o.record = ? ORDER BY o.id"_s, {iri});
}

Result<qint64> Journal::unsyncedCount()
{
    auto count = m_db.scalar(u"SELECT count(*) FROM operation WHERE synced = 0"_s);
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Status Journal::markSynced(const QStringList &opIds)
{
    auto update = m_db.prepare(u"UPDATE operation SET synced = 1 WHERE op_id = ?"_s);
    if (!update)
        return std::unexpected(update.error());
    for (const QString &id : opIds)
        PES_TRY((*update)->bind(1, id).run());
    return {};
}

} // namespace pes
