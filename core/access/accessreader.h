// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "inspection.h"

#include <QJsonArray>

#include <functional>

namespace pes::access {

struct ReaderOptions
{
    QString workerPath;       // empty: $PES_ACCESS_WORKER, or pes-access-worker beside the program
    int timeoutSeconds = 300; // the worker is stopped after this long
    QString encoding;         // Jet3 code page; empty: the file's own, or CP1252
};

// One row as the worker decoded it.
struct AccessRow
{
    qint64 number = 0; // 1-based, in file order
    QJsonArray values; // aligned with the table's columns
    QJsonArray issues; // [{column, reason, raw}] for values that could not be read
};

// Reads Access files through the pes-access-worker process, so that a damaged
// or hostile file can make the worker fail or be stopped, never the caller.
// The file is opened read-only.
class AccessReader
{
public:
    explicit AccessReader(ReaderOptions options = {});

    Result<AccessInspection> inspect(const QString &path);

    // Calls `sink` for every row of the given tables (all user tables when
    // empty), table by table. The sink can stop the read by returning an error.
    using RowSink = std::function<Status(const QString &table, const QStringList &columns,
                                         const AccessRow &row)>;
    Status read(const QString &path, const QStringList &tables, const RowSink &sink,
                qint64 limit = -1);

    QString workerPath() const;

private:
    Status run(const QStringList &arguments,
               const std::function<Status(const QJsonObject &line)> &onLine);
    ReaderOptions m_options;
};

} // namespace pes::access
