// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "storage/sqlite.h"

namespace pes::schema {

// The schema version this build writes. Every earlier version is upgraded on open.
constexpr int latestVersion = 6;

// The SQLite application_id that marks a file as a PES replica ("PES1").
constexpr int applicationId = 0x50455331;

int version(sql::Database &db);

// Brings the database from its current version up to target, one step at a
// time, each step in its own transaction. Refuses a database newer than this build.
Status migrate(sql::Database &db, int target = latestVersion);

} // namespace pes::schema
