// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "storage/sqlite.h"

namespace pes {

// Keeps the full-text index, sort keys, places and tag links of records in
// step with their fields. Called inside the transaction that writes the record.
class SearchIndex
{
public:
    explicit SearchIndex(sql::Database &db)
        : m_db(db)
    {
    }

    // The folded keys kept in the record table for sorting and filtering.
    struct Keys
    {
        QString sortKey;
        QString cityKey;
        QString postcode;
    };
    static Keys keys(const Record &record);

    // Indexes a stored record (record.id set), tombstones included. A record
    // just inserted with its keys has nothing to clear first.
    Status index(const Record &record, bool inserted = false);
    // Reindexes the records that carry this tag (after the tag's label changed).
    Status reindexTagged(const QString &tagIri);
    // Indexes every record again, for schema upgrades and repairs.
    Status rebuild();

private:
    Status clear(qint64 id);
    Result<QString> tagLabels(const QJsonObject &fields);

    sql::Database &m_db;
};

// Turns what a person typed into an FTS5 query: every word folded and
// matched as a prefix, all words required. Empty when nothing searchable.
QString ftsQuery(const QString &typed);

} // namespace pes
