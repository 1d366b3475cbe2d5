// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "term.h"

#include <functional>

namespace pes::rdf {

// Cuts a stream of statements into the descriptions of single records, so an
// import holds one record in memory at a time, whatever the file's size.
//
// In a named graph (TriG, N-Quads) the graph is the record: every statement
// of graph G describes record G. In the default graph a record's description
// starts with a statement about its IRI and runs until a statement about
// another IRI; statements about blank nodes (its address...) belong to the
// record being read, and so does "X gr:offers/gr:seeks R" while R is read.
class RecordGrouper
{
public:
    // Receives the IRI of the record (empty for statements about blank nodes
    // before any IRI) and the statements describing it, in reading order.
    using GroupSink = std::function<Status(const QString &iri, const QList<Statement> &statements)>;

    explicit RecordGrouper(GroupSink sink)
        : m_sink(std::move(sink))
    {
    }

    Status add(const Statement &statement);
    // Hands over the last group; call once at the end of the input.
    Status finish();

private:
    Status flush();

    GroupSink m_sink;
    QString m_key;
    QList<Statement> m_group;
};

} // namespace pes::rdf
