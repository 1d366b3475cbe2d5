// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: full-text search with filters, and counting for list views.
#include "replica.h"

#include "replica/searchindex.h"
#include "storage/schema.h"
#include "text/folding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

struct Sql
{
    QString from;
    QStringList where;
    QVariantList bindings;
    QString order;
};

// Ranking computes a score for every match, which costs too much when a short
// prefix matches a large part of the directory; above this many matches the
// results come newest first, read straight from the index, until the words
// typed are specific enough to rank.
constexpr int rankedMatchLimit = 2000;

enum class Order { Title, Rank, Newest };

bool isIndexedReference(const QString &field)
{
    for (const char16_t *indexed : schema::indexedReferenceFields)
        if (field == QStringView(indexed))
            return true;
    return false;
}

Sql buildSql(const SearchQuery &query, const QString &fts, Order order, bool counting = false)
{
    Sql sql;
    if (fts.isEmpty()) {
        sql.from = u"FROM record r"_s;
        sql.order = u"ORDER BY r.sort_key, r.id"_s;
    } else if (counting || query.order != SearchOrder::Relevance) {
        // Without ranking, the matches are a set: SQLite walks the sorted index
        // and stops at the page's end, instead of scoring every match.
        sql.from = u"FROM record r"_s;
        sql.where.append(u"r.id IN (SELECT rowid FROM search WHERE search MATCH ?)"_s);
        sql.bindings.append(fts);
    } else {
        sql.from = u"FROM search s JOIN record r ON r.id = s.rowid"_s;
        sql.where.append(u"search MATCH ?"_s);
        sql.bindings.append(fts);
        // Title words weigh most, then tags, places and descriptions.
        sql.order = order == Order::Rank
                        ? u"ORDER BY bm25(search, 10.0, 1.0, 2.0, 3.0), r.sort_key"_s
                        : u"ORDER BY s.rowid DESC"_s;
    }
    sql.where.append(query.deleted ? u"r.deleted IS NOT NULL"_s : u"r.deleted IS NULL"_s);

    if (!query.kinds.isEmpty()) {
        QStringList marks;
        for (Kind kind : query.kinds) {
            marks.append(u"?"_s);
            sql.bindings.append(kindInfo(kind).name);
        }
        // "+": with an indexed reference to look up, SQLite would otherwise
        // walk the kind's sorted index (every contact point...) to spare a sort.
        const bool byReference = std::ranges::any_of(query.fieldEquals.keys(), isIndexedReference);
        sql.where.append(
            u"%1r.kind IN (%2)"_s.arg(byReference ? u"+"_s : QString(), marks.join(u", ")));
    }
    if (!query.place.trimmed().isEmpty()) {
        static const QRegularExpression postcodeStart(u"^\\d{2,5}$"_s);
        const QString place = query.place.trimmed();
        if (postcodeStart.match(place).hasMatch()) {
            sql.where.append(u"r.postcode >= ? AND r.postcode < ?"_s);
            sql.bindings.append(place);
            sql.bindings.append(QString(place + u'\xff'));
        } else {
            sql.where.append(u"r.city_key = ?"_s);
            sql.bindings.append(foldText(place));
        }
    }
    if (!query.tag.isEmpty()) {
        sql.where.append(u"r.id IN (SELECT record FROM record_tag WHERE tag = ? OR tag IN "
                         u"(SELECT iri FROM record WHERE kind = 'tag' AND sort_key = ?))"_s);
        sql.bindings.append(query.tag);
        sql.bindings.append(foldText(query.tag));
    }
    if (!query.network.isEmpty()) {
        sql.where.append(u"r.network = ?"_s);
        sql.bindings.append(query.network);
    }
    for (auto it = query.fieldEquals.begin(); it != query.fieldEquals.end(); ++it) {
        // An indexed reference field is named literally, so its index is used.
        if (isIndexedReference(it.key())) {
            sql.where.append(u"r.fields ->> '%1' = ?"_s.arg(it.key()));
        } else {
            sql.where.append(u"r.fields ->> ? = ?"_s);
            sql.bindings.append(QString(u"$."_s + it.key()));
        }
        sql.bindings.append(it.value());
    }
    switch (query.order) {
    case SearchOrder::Relevance:
        break;
    case SearchOrder::Title:
        sql.order = u"ORDER BY r.sort_key, r.id"_s;
        break;
    case SearchOrder::TitleDescending:
        sql.order = u"ORDER BY r.sort_key DESC, r.id DESC"_s;
        break;
    case SearchOrder::Modified:
        sql.order = u"ORDER BY r.modified DESC, r.id DESC"_s;
        break;
    }
    if (query.visibility) {
        sql.where.append(u"r.visibility = ?"_s);
        sql.bindings.append(visibilityName(*query.visibility));
    }
    return sql;
}

Result<Order> chooseOrder(sql::Database &db, const QString &fts)
{
    if (fts.isEmpty())
        return Order::Title;
    auto probe = db.prepare(u"SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? "
                            u"LIMIT %1)"_s.arg(rankedMatchLimit + 1));
    if (!probe)
        return std::unexpected(probe.error());
    sql::Query query(**probe);
    query->bind(1, fts);
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    return query->integer(0) > rankedMatchLimit ? Order::Newest : Order::Rank;
}

} // namespace

Result<QList<SearchHit>> Replica::search(const SearchQuery &query)
{
    const QString fts = ftsQuery(query.text);
    if (fts.isEmpty() && !query.text.trimmed().isEmpty())
        return QList<SearchHit>(); // only punctuation typed: nothing can match

    // Only ranking by relevance needs to know how many words match.
    auto order = query.order == SearchOrder::Relevance ? chooseOrder(m_db, fts)
                                                       : Result<Order>(Order::Title);
    if (!order)
        return std::unexpected(order.error());
    Sql sql = buildSql(query, fts, *order);
    auto statement = m_db.prepare(u"SELECT r.id, r.iri, r.kind, r.title, r.fields ->> 'city', "
                                  u"r.postcode "_s +
                                  sql.from + u" WHERE "_s + sql.where.join(u" AND "_s) + u' ' +
                                  sql.order + u" LIMIT ? OFFSET ?"_s);
    if (!statement)
        return std::unexpected(statement.error());
    sql::Query select(**statement);
    int index = 1;
    for (const QVariant &binding : std::as_const(sql.bindings))
        select->bind(index++, binding);
    select->bind(index++, qint64(query.limit));
    select->bind(index, qint64(query.offset));

    QList<SearchHit> hits;
    while (true) {
        auto row = select->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        hits.append({select->integer(0), select->text(1),
                     kindFromName(select->text(2)).value_or(Kind::Organisation), select->text(3),
                     select->text(4), select->text(5)});
    }
    return hits;
}

Result<qint64> Replica::count(const SearchQuery &query)
{
    const QString fts = ftsQuery(query.text);
    if (fts.isEmpty() && !query.text.trimmed().isEmpty())
        return 0;
    Sql sql = buildSql(query, fts, Order::Newest, true);
    auto statement =
        m_db.prepare(u"SELECT count(*) "_s + sql.from + u" WHERE "_s + sql.where.join(u" AND "_s));
    if (!statement)
        return std::unexpected(statement.error());
    sql::Query select(**statement);
    int index = 1;
    for (const QVariant &binding : std::as_const(sql.bindings))
        select->bind(index++, binding);
    auto row = select->next();
    if (!row)
        return std::unexpected(row.error());
    return select->integer(0);
}

} // namespace pes
