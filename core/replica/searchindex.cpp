// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "replica/recordrow.h"
#include "text/folding.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

const QStringList titleExtras = {u"acronym"_s, u"subtitle"_s, u"label"_s, u"labelEn"_s};
const QStringList bodyFields = {u"description"_s, u"body"_s,       u"legalForm"_s, u"category"_s,
                                u"area"_s,        u"actionArea"_s, u"contract"_s,  u"value"_s};

QString joinFields(const QJsonObject &fields, const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names) {
        const QString value = fields.value(name).toString();
        if (!value.isEmpty())
            parts.append(value);
    }
    return foldText(parts.join(u' '));
}

} // namespace

Status SearchIndex::clear(qint64 id)
{
    auto deleteText = m_db.prepare(u"DELETE FROM search WHERE rowid = ?"_s);
    if (!deleteText)
        return std::unexpected(deleteText.error());
    PES_TRY((*deleteText)->bind(1, id).run());
    auto deleteTags = m_db.prepare(u"DELETE FROM record_tag WHERE record = ?"_s);
    if (!deleteTags)
        return std::unexpected(deleteTags.error());
    return (*deleteTags)->bind(1, id).run();
}

Result<QString> SearchIndex::tagLabels(const QJsonObject &fields)
{
    const QJsonArray tags = fields.value(u"tags"_s).toArray();
    if (tags.isEmpty())
        return QString();
    auto label = m_db.prepare(u"SELECT title FROM record WHERE iri = ? AND deleted IS NULL"_s);
    if (!label)
        return std::unexpected(label.error());
    QStringList labels;
    for (const QJsonValue &tag : tags) {
        sql::Query query(**label);
        query->bind(1, tag.toString());
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        labels.append(*row ? query->text(0) : tag.toString().section(u'/', -1));
    }
    return foldText(labels.join(u' '));
}

SearchIndex::Keys SearchIndex::keys(const Record &record)
{
    const QString city = record.fields.value(u"city"_s).toString();
    const QString postcode = record.fields.value(u"postcode"_s).toString();
    return {foldText(record.title()), city.isEmpty() ? QString() : foldText(city),
            postcode.isEmpty() ? QString() : postcode};
}

Status SearchIndex::index(const Record &record, bool inserted)
{
    if (!inserted) {
        PES_TRY(clear(record.id));
        const Keys k = keys(record);
        auto update = m_db.prepare(
            u"UPDATE record SET sort_key = ?, city_key = ?, postcode = ? WHERE id = ?"_s);
        if (!update)
            return std::unexpected(update.error());
        PES_TRY((*update)
                    ->bind(1, k.sortKey)
                    .bind(2, k.cityKey)
                    .bind(3, k.postcode)
                    .bind(4, record.id)
                    .run());
    }

    // Tombstones stay indexed so that the trash can be searched; queries filter on r.deleted.
    const auto tags = tagLabels(record.fields);
    if (!tags)
        return std::unexpected(tags.error());
    auto insertText = m_db.prepare(
        u"INSERT INTO search (rowid, title, body, place, tags) VALUES (?, ?, ?, ?, ?)"_s);
    if (!insertText)
        return std::unexpected(insertText.error());
    (*insertText)
        ->bind(1, record.id)
        .bind(2, foldText(record.title() + u' ' + joinFields(record.fields, titleExtras)));
    (*insertText)->bind(3, joinFields(record.fields, bodyFields));
    (*insertText)
        ->bind(4, foldText(record.fields.value(u"city"_s).toString() + u' ' +
                           record.fields.value(u"postcode"_s).toString()));
    (*insertText)->bind(5, *tags);
    PES_TRY((*insertText)->run());

    const QJsonArray tagIris = record.fields.value(u"tags"_s).toArray();
    if (tagIris.isEmpty())
        return {};
    auto insertTag =
        m_db.prepare(u"INSERT OR IGNORE INTO record_tag (tag, record) VALUES (?, ?)"_s);
    if (!insertTag)
        return std::unexpected(insertTag.error());
    for (const QJsonValue &tag : tagIris)
        PES_TRY((*insertTag)->bind(1, tag.toString()).bind(2, record.id).run());
    return {};
}

Status SearchIndex::reindexTagged(const QString &tagIri)
{
    QList<Record> tagged;
    {
        auto select = m_db.prepare(recordSelectSql() +
                                   u" WHERE id IN (SELECT record FROM record_tag WHERE tag = ?)"_s);
        if (!select)
            return std::unexpected(select.error());
        sql::Query query(**select);
        query->bind(1, tagIri);
        while (true) {
            auto row = query->next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            tagged.append(recordFromRow(*query));
        }
    }
    for (const Record &record : std::as_const(tagged))
        PES_TRY(index(record));
    return {};
}

Status SearchIndex::rebuild()
{
    PES_TRY(m_db.exec(u"DELETE FROM search; DELETE FROM record_tag;"_s));
    // Tags first, so that records find their tags' labels.
    auto select = m_db.prepare(recordSelectSql() + u" ORDER BY kind <> 'tag', id"_s);
    if (!select)
        return std::unexpected(select.error());
    QList<Record> records;
    {
        sql::Query query(**select);
        while (true) {
            auto row = query->next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            records.append(recordFromRow(*query));
        }
    }
    for (const Record &record : std::as_const(records))
        PES_TRY(index(record));
    return {};
}

QString ftsQuery(const QString &typed)
{
    const QString folded = foldText(typed);
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(u'"' + word + u"\"*"_s);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(u' ');
}

} // namespace pes
