// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wire/messages.h"

#include <QByteArray>

namespace pes::hub {

// The public RDF description of a record the hub holds: its mapping
// (docs/rdf-mapping.md) plus dct:modified, as N-Triples, or as N-Quads in the
// record's own named graph. Served as Linked Data, in the dump and to the
// SPARQL mirror, so all three say the same.
QByteArray publicStatements(const wire::RemoteRecord &record, bool inOwnGraph);

} // namespace pes::hub
