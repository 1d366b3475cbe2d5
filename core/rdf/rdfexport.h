// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "domain/record.h"
#include "error.h"
#include "syntax.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace pes {
class Replica;
}

namespace pes::rdf {

// Which vocabulary an export speaks: PES (every kind, loss-free) or
// ESSGLOBAL (public organisations only, for solidarity-economy maps).
enum class Profile { Pes, Essglobal };

struct ExportOptions
{
    Syntax syntax = Syntax::Turtle;
    Profile profile = Profile::Pes; // Essglobal implies public organisations, no tombstones
    // The widest visibility exported: Public gives open data, Shared what the
    // hub relays; nullopt exports everything. A restricted export also leaves
    // out contact points whose display level is not public, and notes.
    std::optional<Visibility> visibility;
    QList<Kind> kinds;      // every kind when empty
    bool tombstones = true; // records in the trash, as tombstones
    // Called now and then with the records written and the number to write.
    std::function<void(qint64 done, qint64 total)> progress;
};

struct ExportReport
{
    qint64 records = 0;
    qint64 statements = 0;
    qint64 elapsedMs = 0;
};

// True when a record goes into an export with these options.
bool isExported(const Record &record, const ExportOptions &options);

// Writes a replica's records as RDF, ordered by IRI, each with its extra
// statements: the same replica always gives the same bytes. TriG and N-Quads
// put each record in a named graph named after it.
class RdfExporter
{
public:
    explicit RdfExporter(Replica &replica)
        : m_replica(replica)
    {
    }

    Result<ExportReport> exportTo(QIODevice &out, const ExportOptions &options);
    // Writes the file whole or not at all (through a temporary file).
    Result<ExportReport> exportToFile(const QString &path, const ExportOptions &options);

private:
    Replica &m_replica;
};

} // namespace pes::rdf
