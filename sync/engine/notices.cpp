// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices.h"

#include "text/folding.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::sync {

namespace {

bool isOpenNeed(const Record &record)
{
    const QString status = record.fields.value(u"status"_s).toString();
    return record.kind == Kind::Exchange && !record.isDeleted() &&
           record.fields.value(u"way"_s).toString() == u"need" && status != u"draft" &&
           status != u"closed";
}

} // namespace

Result<int> NoticeBoard::consider(const Record &arrived)
{
    if (!isOpenNeed(arrived))
        return 0;
    const QString ownOrganisation = arrived.fields.value(u"organisation"_s).toString();
    int added = 0;

    const QJsonArray tags = arrived.fields.value(u"tags"_s).toArray();
    if (!tags.isEmpty()) {
        auto select = m_db.prepare(
            u"SELECT r.iri, t.tag, coalesce(tag.title, t.tag) FROM record_tag t "
            u"JOIN record r ON r.id = t.record LEFT JOIN record tag ON tag.iri = t.tag "
            u"WHERE t.tag IN (SELECT value FROM json_each(?1)) AND r.network = ?2 "
            u"AND r.deleted IS NULL AND r.iri != ?3 AND (r.kind = 'organisation' OR "
            u"(r.kind = 'exchange' AND r.fields ->> 'way' = 'offer')) ORDER BY r.id"_s);
        if (!select)
            return std::unexpected(select.error());
        sql::Query query(**select);
        query->bind(1, QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
        query->bind(2, m_network).bind(3, arrived.iri);
        QList<std::pair<QString, QString>> matches;
        while (true) {
            auto row = query->next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            if (query->text(0) != ownOrganisation)
                matches.append({query->text(0), query->text(2)});
        }
        for (const auto &[match, label] : std::as_const(matches))
            PES_TRY(add(arrived.iri, match, Notice::Reason::Tag, label, added));
    }

    const QString area = arrived.fields.value(u"area"_s).toString();
    const QString type = arrived.fields.value(u"type"_s).toString();
    if (!area.trimmed().isEmpty() && !type.isEmpty()) {
        auto select = m_db.prepare(
            u"SELECT iri, fields ->> 'area' FROM record WHERE kind = 'exchange' AND network = ? "
            u"AND deleted IS NULL AND fields ->> 'way' = 'offer' AND fields ->> 'type' = ? "
            u"AND fields ->> 'area' IS NOT NULL ORDER BY id"_s);
        if (!select)
            return std::unexpected(select.error());
        sql::Query query(**select);
        query->bind(1, m_network).bind(2, type);
        const QString wanted = foldText(area.trimmed());
        QStringList matches;
        while (true) {
            auto row = query->next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            if (foldText(query->text(1).trimmed()) == wanted)
                matches.append(query->text(0));
        }
        for (const QString &match : std::as_const(matches))
            PES_TRY(add(arrived.iri, match, Notice::Reason::Area, area.trimmed(), added));
    }
    return added;
}

Status NoticeBoard::add(const QString &need, const QString &match, Notice::Reason reason,
                        const QString &detail, int &added)
{
    auto insert = m_db.prepare(u"INSERT INTO sync_notice (need, match, reason, detail, created) "
                               u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (need, match) DO NOTHING"_s);
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, need).bind(2, match);
    (*insert)->bind(3, reason == Notice::Reason::Tag ? u"tag"_s : u"area"_s).bind(4, detail);
    (*insert)->bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    PES_TRY((*insert)->run());
    added += int(m_db.changes());
    return {};
}

Result<QList<Notice>> NoticeBoard::notices(bool unreadOnly)
{
    auto select = m_db.prepare(
        u"SELECT n.id, n.need, need.title, need.network, n.match, m.title, m.kind, n.reason, "
        u"n.detail, n.created, n.read FROM sync_notice n "
        u"JOIN record need ON need.iri = n.need AND need.deleted IS NULL "
        u"JOIN record m ON m.iri = n.match AND m.deleted IS NULL "_s +
        (unreadOnly ? u"WHERE n.read IS NULL "_s : QString()) + u"ORDER BY n.id DESC"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    QList<Notice> notices;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Notice notice;
        notice.id = query->integer(0);
        notice.need = query->text(1);
        notice.needTitle = query->text(2);
        notice.needNetwork = query->text(3);
        notice.match = query->text(4);
        notice.matchTitle = query->text(5);
        notice.matchKind = kindFromName(query->text(6)).value_or(Kind::Exchange);
        notice.reason = query->text(7) == u"area" ? Notice::Reason::Area : Notice::Reason::Tag;
        notice.detail = query->text(8);
        notice.created = QDateTime::fromString(query->text(9), Qt::ISODateWithMs);
        if (!query->isNull(10))
            notice.read = QDateTime::fromString(query->text(10), Qt::ISODateWithMs);
        notices.append(notice);
    }
    return notices;
}

Result<qint64> NoticeBoard::unreadCount()
{
    auto count =
        m_db.scalar(u"SELECT count(*) FROM sync_notice n JOIN record need ON need.iri = n.need AND "
                    u"need.deleted IS NULL JOIN record m ON m.iri = n.match AND m.deleted IS NULL "
                    u"WHERE n.read IS NULL"_s);
    if (!count)
        return std::unexpected(count.error());
    return count->toLongLong();
}

Status NoticeBoard::markRead(const QList<qint64> &ids)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (ids.isEmpty()) {
        auto update = m_db.prepare(u"UPDATE sync_notice SET read = ? WHERE read IS NULL"_s);
        if (!update)
            return std::unexpected(update.error());
        return (*update)->bind(1, now).run();
    }
    auto update = m_db.prepare(u"UPDATE sync_notice SET read = ? WHERE id = ? AND read IS NULL"_s);
    if (!update)
        return std::unexpected(update.error());
    for (qint64 id : ids)
        PES_TRY((*update)->bind(1, now).bind(2, id).run());
    return {};
}

} // namespace pes::sync
