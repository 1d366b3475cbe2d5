// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "syntax.h"
#include "term.h"

#include <QByteArray>
#include <QStringList>

// The RDF mapping of records, both ways. docs/rdf-mapping.md describes it
// for people; this is the code the importer, the exporter and the sync
// engine share, so a record always turns into the same statements.
//
// A record and its extra statements to N-Quads, and back:
//
//     auto record = replica.record(iri);                 // Result<Record>
//     auto extras = replica.extraStatements(record->id); // Result<QStringList>
//     QByteArray nquads = rdf::recordToNQuads(*record, *extras);
//     ...
//     auto mapped = rdf::recordsFromText(nquads, rdf::Syntax::NQuads);
//     for (const rdf::MappedRecord &m : *mapped) {
//         auto checked = rdf::checkedRecord(m); // the record's problems, or it ready to store
//         if (checked)
//             replica.applyImported(*checked, m.extras); // Created, Updated, Older...
//     }
namespace pes::rdf {

// A record read back from its statements.
struct MappedRecord
{
    // iri, kind, network, visibility, created, modified, version, deletedAt and
    // fields as found in the statements. Fields are raw values (text as
    // written); run normaliseFields() on them before storing. Metadata
    // missing from the statements is left empty (invalid times, version 0).
    Record record;
    bool hasVisibility = false; // ess:visibility was given
    // The statements the replica does not model, in N-Triples, in the order
    // read, blank nodes relabelled _:a (the address node) and _:b1, _:b2...
    QStringList extras;
    // What makes the record unusable ("locn:geometry “POINT(x 4)” is not a
    // WKT point"); reject the record when not empty.
    QStringList problems;
};

// The record ready for Replica::applyImported(): its problems, then its
// fields checked and normalised (normaliseFields, checkRequired; empty values
// dropped). A tombstone's fields are not checked. The error message lists
// every reason, separated by "; ".
Result<Record> checkedRecord(const MappedRecord &mapped);

// The class IRI of a kind (org:Organization for an organisation...).
QString kindClass(Kind kind);

// The statements describing a record, in a fixed order: its types, its
// fields in the kind's field order, its metadata, its extra statements, its
// address node. Blank node labels are made unique per record from its IRI,
// so the statements of many records can share one file. A record in the
// trash gives a tombstone: its type, ov:deletedOn and its metadata only.
QList<Statement> recordToStatements(const Record &record, const QStringList &extras = {});

// The record described by statements about `iri` (usually one group from
// RecordGrouper). NotFound when no statement gives it the class of a kind.
Result<MappedRecord> recordFromStatements(const QString &iri, const QList<Statement> &statements);

// One record as N-Quads text, in a named graph named after the record: the
// unit the sync engine sends. Blank nodes are labelled per record.
QByteArray recordToNQuads(const Record &record, const QStringList &extras = {});

// Every record described in N-Triples, N-Quads, Turtle or TriG text
// (grouped as the importer groups them). Parse errors name `name:line:column`.
Result<QList<MappedRecord>> recordsFromText(const QByteArray &text, Syntax syntax,
                                            const QString &name = QStringLiteral("text"));
// The same, with the syntax by name ("nquads", "turtle"...).
Result<QList<MappedRecord>> recordsFromText(const QByteArray &text, const QString &syntaxName,
                                            const QString &name = QStringLiteral("text"));

} // namespace pes::rdf
