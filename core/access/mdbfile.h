// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace pes::access {

// One Access file opened read-only with libmdb: the project's only boundary
// with the libmdb C API. Runs inside the pes-access-worker process only, since
// libmdb can crash or loop on a damaged file and is not thread-safe.
//
// Schema facts come from libmdb; values are decoded here from the bytes of
// each row (see accessvalues.h), so that long values, old dates and
// characters outside the Basic Multilingual Plane come out whole. Whatever
// cannot be decoded is reported next to the row, never replaced silently.
class MdbFile
{
public:
    ~MdbFile();
    MdbFile(const MdbFile &) = delete;
    MdbFile &operator=(const MdbFile &) = delete;

    // `encoding` is the code page of Jet3 (Access 97) text; empty means the
    // one recorded in the file, or CP1252.
    static Result<std::unique_ptr<MdbFile>> open(const QString &path, const QString &encoding);

    // {format, jetVersion, codePage, encoding, pageSize}
    QJsonObject databaseInfo() const;
    // Each user table: {name, rows, columns: [{name, type, typeName, size,
    // precision, scale, autoNumber, rowSource, description}], primaryKey: [...]}
    Result<QJsonArray> tables();
    // Tables linked from another file: {name, foreignName, database, connect}.
    Result<QJsonArray> linkedTables();
    // Rows of MSysRelationships grouped per relationship: {name, table,
    // columns, referencedTable, referencedColumns, flags}.
    Result<QJsonArray> relationships();

    // Reads a table's rows in file order. For each row the callback receives
    // the values (aligned with the columns) and the problems met decoding them
    // ([{column, reason, raw}]). At most `limit` rows when limit >= 0.
    // Attachment columns give their files' bytes only with `withFiles` (a
    // preview needs their names only).
    Result<QStringList> columnNames(const QString &table);
    using RowSink = std::function<void(const QJsonArray &values, const QJsonArray &issues)>;
    Status readRows(const QString &table, qint64 limit, const RowSink &sink, bool withFiles = true);

private:
    struct Private;
    explicit MdbFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// Checks the first page of a file before libmdb sees it: an Access file
// starts with a known signature; an encrypted Office file is a compound
// document. Returns the reason the file cannot be read, if any.
Status checkAccessHeader(const QString &path);

} // namespace pes::access
