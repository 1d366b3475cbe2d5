// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pes::access {

// The pes-access-worker command line and output, shared by both sides.
//
//   pes-access-worker inspect FILE [--limit SAMPLES] [--encoding CP]
//   pes-access-worker read FILE [--table NAME]... [--limit N] [--encoding CP]
//
// The worker writes one JSON object per line on stdout, each with a "type":
//   database      {format, jetVersion, pageSize, codePage, encoding?, file, size}
//   table         a user table's schema (inspect), see MdbFile::tables(),
//                 with "samples": its first rows (--limit, 3 by default)
//   linked        a linked table {name, foreignName, database?, connect?}
//   relationship  {name, table, columns, referencedTable, referencedColumns, flags}
//   begin         {table, columns: [names]} before a table's rows (read)
//   row           {values: [...], issues: [{column, reason, raw}]}
//   end           {table, rows}
//   error         {message, code} and exit status 1
//   done          the last line of a complete run
// Values: text as strings, integers and floating point as numbers, currency
// and decimals as exact text, dates as "yyyy-MM-ddTHH:mm:ss", booleans, null,
// binary and OLE values as {binary: base64, size}. An attachment column
// (Access 2007+) gives {attachments: [file...]}, each file either
// {name, extension?, data: base64 of its bytes, size} or, when it cannot be
// decoded, {name, reason, raw?}; null when the row has no file.
int runWorker(const QStringList &arguments);

} // namespace pes::access
