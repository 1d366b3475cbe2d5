// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "storage/sqlite.h"

namespace pes::schema {

// The schema version this build writes. Every earlier version is upgraded on open.
constexpr int latestVersion = 7;

// The SQLite application_id that marks a file as a PES replica ("PES1").
constexpr int applicationId = 0x50455331;

// The reference fields indexed by value (schema version 7), so that the
// records pointing at one are found without reading every record of a kind.
// A query uses such an index only when it names the field literally:
// `fields ->> 'owner' = ?`.
inline constexpr const char16_t *indexedReferenceFields[] = {u"owner", u"organisation", u"person",
                                                             u"source", u"target"};

int version(sql::Database &db);

// Brings the database from its current version up to target, one step at a
// time, each step in its own transaction. Refuses a database newer than this build.
Status migrate(sql::Database &db, int target = latestVersion);

} // namespace pes::schema
