// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"
#include "wire/nquads.h"

#include <QJsonObject>

namespace pes::wire {

// The conversion between a record's fields and its named graph in sync
// messages: the one place to swap for the project's RDF mapping (pes_rdf).
//
// Until then it uses a lossless interim vocabulary: the record is typed
// <https://w3id.org/pes/kind#KIND> and every field is one statement
// <https://w3id.org/pes/field#NAME> whose object is the field's JSON value
// typed rdf:JSON. Lossless matters: merges compare values exactly.
void appendRecordGraph(QList<Quad> &out, const QString &iri, Kind kind, const QJsonObject &fields,
                       const QString &graph);
Result<QJsonObject> fieldsFromGraph(const QString &iri, const QList<Quad> &graph);

} // namespace pes::wire
