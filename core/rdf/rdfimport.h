// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "syntax.h"

#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace pes {
class Replica;
}

namespace pes::rdf {

struct ImportOptions
{
    Syntax syntax = Syntax::Turtle;
    // Roll the whole import back when any record is rejected, instead of
    // importing the others.
    bool strict = false;
    // Resolves relative IRIs until the file sets its own @base.
    QString baseIri;
    // Called now and then with the bytes read so far and the input's size.
    std::function<void(qint64 read, qint64 total)> progress;
};

struct RejectedRecord
{
    QString iri;
    QString title;
    QStringList reasons;
};

// What an import did, record by record counted.
struct ImportReport
{
    QString source;
    qint64 statements = 0; // statements read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 older = 0;             // older than the replica's version: left alone
    qint64 deleted = 0;           // moved to the trash by a tombstone
    qint64 unknownTombstones = 0; // tombstones of records this replica never had
    qint64 extraStatements = 0;   // statements kept with their records, not modelled
    QList<RejectedRecord> rejected;
    qint64 skipped = 0;          // described things of no known class
    QStringList skippedExamples; // the first few of them
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

// Imports RDF into a replica, streaming: one record's statements in memory
// at a time. The whole import is one transaction and one undoable change:
// a syntax error (reported as file:line:column) or, with `strict`, any
// rejected record leaves the replica exactly as it was. Records are applied
// with Replica::applyImported(), so newer versions update fields through the
// journal and re-importing the same data changes nothing.
class RdfImporter
{
public:
    explicit RdfImporter(Replica &replica)
        : m_replica(replica)
    {
    }

    Result<ImportReport> importFile(const QString &path, const ImportOptions &options);
    // `name` names the input in messages.
    Result<ImportReport> importDevice(QIODevice &device, const QString &name,
                                      const ImportOptions &options);

private:
    Replica &m_replica;
};

} // namespace pes::rdf
