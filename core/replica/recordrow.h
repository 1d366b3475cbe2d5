// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "storage/sqlite.h"

namespace pes {

// The columns read for a Record, in the order recordFromRow() expects them.
QString recordSelectSql();
Record recordFromRow(const sql::Statement &row);

// Timestamps as stored: UTC, ISO 8601 with milliseconds.
QString storedTime(const QDateTime &time);
QDateTime parseStoredTime(const QString &text);

} // namespace pes
