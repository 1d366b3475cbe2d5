// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "wire/nquads.h"

#include <QJsonObject>

namespace pes::wire {

// The conversion between a record's fields and its named graph in sync
// messages, the only place the protocol meets the record mapping: the
// project's RDF mapping (pes_rdf, docs/rdf-mapping.md), read back through
// normaliseFields() so that values compare exactly in merges. Bookkeeping
// (visibility, times, versions) travels in the metadata graph instead.
void appendRecordGraph(QList<Quad> &out, const Record &record, const QString &graph);
Result<QJsonObject> fieldsFromGraph(const QString &iri, Kind kind, const QList<Quad> &graph);

} // namespace pes::wire
