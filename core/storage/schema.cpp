// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "logging.h"
#include "replica/searchindex.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace pes::schema {

namespace {

// Version 1: records with their fields as JSON, and the journal of local changes.
Status createVersion1(sql::Database &db)
{
    return db.exec(uR"(
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE record (
            id INTEGER PRIMARY KEY,
            iri TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            network TEXT NOT NULL,
            visibility TEXT NOT NULL CHECK (visibility IN ('public', 'shared', 'network')),
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            deleted TEXT,
            title TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields))
        );
        CREATE INDEX record_kind ON record (kind, deleted);

        -- One undoable unit of work: a form saved, a command run, an undo or a redo.
        CREATE TABLE change (
            id INTEGER PRIMARY KEY,
            change_id TEXT NOT NULL UNIQUE,
            hlc TEXT NOT NULL,
            device TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('edit', 'undo', 'redo')),
            description TEXT NOT NULL,
            reverts INTEGER REFERENCES change (id),
            undone INTEGER NOT NULL DEFAULT 0
        );

        -- Field-level operations, written in the same transaction as the change itself.
        CREATE TABLE operation (
            id INTEGER PRIMARY KEY,
            op_id TEXT NOT NULL UNIQUE,
            change INTEGER NOT NULL REFERENCES change (id),
            record TEXT NOT NULL,
            kind TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            hlc TEXT NOT NULL,
            synced INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX operation_change ON operation (change);
        CREATE INDEX operation_record ON operation (record);
        CREATE INDEX operation_unsynced ON operation (id) WHERE synced = 0;
    )"_s);
}

// Version 2: full-text search, folded sort keys, places and tags for filtering.
Status createVersion2(sql::Database &db)
{
    PES_TRY(db.exec(uR"(
        CREATE VIRTUAL TABLE search USING fts5 (
            title, body, place, tags,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '2 3'
        );
        ALTER TABLE record ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE record ADD COLUMN city_key TEXT;
        ALTER TABLE record ADD COLUMN postcode TEXT;
        CREATE INDEX record_sort ON record (kind, sort_key) WHERE deleted IS NULL;
        CREATE INDEX record_city ON record (city_key) WHERE city_key IS NOT NULL;
        CREATE INDEX record_postcode ON record (postcode) WHERE postcode IS NOT NULL;
        CREATE TABLE record_tag (
            tag TEXT NOT NULL,
            record INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
            PRIMARY KEY (tag, record)
        ) WITHOUT ROWID;
        CREATE INDEX record_tag_record ON record_tag (record);
    )"_s));
    return SearchIndex(db).rebuild();
}

// Version 3: what imports need to be loss-free and repeatable.
Status createVersion3(sql::Database &db)
{
    return db.exec(uR"(
        -- RDF statements about a record that the replica does not model (unknown
        -- predicates, extra types, other languages), written back out on export.
        -- One N-Triples statement per row; blank nodes are labelled per record.
        CREATE TABLE extra_triple (
            record INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            statement TEXT NOT NULL,
            PRIMARY KEY (record, position)
        ) WITHOUT ROWID;

        -- Where imported records came from (an Access file's table and key, ...),
        -- so that running an import again updates the same records.
        CREATE TABLE import_source (
            source TEXT NOT NULL,
            source_table TEXT NOT NULL,
            source_key TEXT NOT NULL,
            record TEXT NOT NULL,
            imported TEXT NOT NULL,
            PRIMARY KEY (source, source_table, source_key)
        ) WITHOUT ROWID;
        CREATE INDEX import_source_record ON import_source (record);
    )"_s);
}

// Version 4: sync with a regional hub (sync/). Settings and cursor, the shadow
// copy of the last state agreed with the hub (the base of three-way merges),
// conflicts waiting for a person and refusals. operation.synced now also takes
// 2 (held by an open conflict), 3 (refused by the hub) and 4 (superseded by a
// conflict resolution), besides 0 (pending) and 1 (accepted by the hub).
Status createVersion4(sql::Database &db)
{
    return db.exec(uR"(
        CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE sync_shadow (
            record TEXT PRIMARY KEY,
            version INTEGER NOT NULL,
            visibility TEXT NOT NULL,
            deleted TEXT,
            fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields))
        ) WITHOUT ROWID;

        -- Values are journal-encoded JSON (NULL: no value).
        CREATE TABLE sync_conflict (
            id INTEGER PRIMARY KEY,
            record TEXT NOT NULL,
            field TEXT NOT NULL,
            mine TEXT,
            theirs TEXT,
            base TEXT,
            hub_version INTEGER NOT NULL,
            detected TEXT NOT NULL,
            resolved TEXT,
            resolution TEXT
        );
        CREATE UNIQUE INDEX sync_conflict_open ON sync_conflict (record, field)
            WHERE resolved IS NULL;

        CREATE TABLE sync_refusal (
            op_id TEXT PRIMARY KEY,
            record TEXT NOT NULL,
            field TEXT NOT NULL,
            message TEXT NOT NULL,
            refused TEXT NOT NULL
        ) WITHOUT ROWID;
    )"_s);
}

// Version 5: notices for the user found while pulling (sync/engine/notices.h):
// a need that arrived from the hub matches an offer or an organisation of this
// network, by a shared tag or by type and area.
Status createVersion5(sql::Database &db)
{
    return db.exec(uR"(
        CREATE TABLE sync_notice (
            id INTEGER PRIMARY KEY,
            need TEXT NOT NULL,
            match TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('tag', 'area')),
            detail TEXT NOT NULL,
            created TEXT NOT NULL,
            read TEXT,
            UNIQUE (need, match)
        );
    )"_s);
}

// Version 6: exchange bundles (sync/bundle/). A conflict remembers where its
// other side came from: NULL for the hub, 'bundle' for a bundle imported from
// another device, whose held operations must still reach the hub once settled.
Status createVersion6(sql::Database &db)
{
    return db.exec(u"ALTER TABLE sync_conflict ADD COLUMN origin TEXT"_s);
}

// Version 7: the pages of records list those that point at them (contact
// points of an owner, engagements of an organisation or a person, relations by
// either end); each of those reference fields gets an index on its value.
Status createVersion7(sql::Database &db)
{
    for (const char16_t *field : indexedReferenceFields) {
        const QString name = QString::fromUtf16(field);
        PES_TRY(db.exec(u"CREATE INDEX record_ref_%1 ON record (fields ->> '%1') "
                        u"WHERE fields ->> '%1' IS NOT NULL"_s.arg(name)));
    }
    return {};
}

const std::function<Status(sql::Database &)> steps[] = {
    createVersion1, createVersion2, createVersion3, createVersion4,
    createVersion5, createVersion6, createVersion7};
static_assert(std::size(steps) == latestVersion);

} // namespace

int version(sql::Database &db)
{
    auto value = db.scalar(u"PRAGMA user_version"_s);
    return value ? value->toInt() : -1;
}

Status migrate(sql::Database &db, int target)
{
    int current = version(db);
    if (current < 0)
        return fail(Error::Code::Storage, u"cannot read the schema version of %1"_s.arg(db.path()));
    if (current > latestVersion)
        return fail(Error::Code::Unsupported,
                    u"%1 was written by a newer PES Desktop (schema version %2; this version "
                    u"reads up to %3): install the newer version to open it"_s.arg(db.path())
                        .arg(current)
                        .arg(latestVersion));

    const bool upgrading = current > 0;
    while (current < target) {
        const int next = current + 1;
        if (upgrading)
            qCInfo(lcCore) << "upgrading" << db.path() << "to schema version" << next;
        sql::Transaction transaction(db);
        PES_TRY(transaction.begin());
        if (current == 0)
            PES_TRY(db.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        PES_TRY(steps[current](db));
        PES_TRY(db.exec(u"PRAGMA user_version = %1"_s.arg(next)));
        PES_TRY(transaction.commit());
        current = next;
    }
    return {};
}

} // namespace pes::schema
