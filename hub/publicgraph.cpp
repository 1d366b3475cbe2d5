// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicgraph.h"

#include "wire/nquads.h"
#include "wire/recordgraph.h"
#include "wire/vocabulary.h"

using namespace Qt::StringLiterals;

namespace pes::hub {

QByteArray publicStatements(const wire::RemoteRecord &record, bool inOwnGraph)
{
    QList<wire::Quad> quads;
    Record state;
    state.iri = record.iri;
    state.kind = record.kind;
    state.network = record.network;
    state.fields = record.fields;
    const QString graph = inOwnGraph ? record.iri : QString();
    wire::appendRecordGraph(quads, state, graph);
    quads.append({wire::Term::iri(record.iri), u"http://purl.org/dc/terms/modified"_s,
                  wire::Term::literal(record.modified.toUTC().toString(Qt::ISODateWithMs),
                                      wire::vocab::xsdDateTime),
                  graph});
    return wire::writeNQuads(quads);
}

} // namespace pes::hub
