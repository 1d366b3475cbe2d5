// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordgraph.h"

#include "replica/journal.h"
#include "wire/vocabulary.h"

using namespace Qt::StringLiterals;

namespace pes::wire {

void appendRecordGraph(QList<Quad> &out, const QString &iri, Kind kind, const QJsonObject &fields,
                       const QString &graph)
{
    out.append(
        {Term::iri(iri), vocab::rdfType, Term::iri(vocab::kind + kindInfo(kind).name), graph});
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        out.append({Term::iri(iri), vocab::field + it.key(),
                    Term::literal(encodeJournalValue(it.value()), vocab::rdfJson), graph});
    }
}

Result<QJsonObject> fieldsFromGraph(const QString &iri, const QList<Quad> &graph)
{
    QJsonObject fields;
    for (const Quad &quad : graph) {
        if (quad.subject.value != iri || !quad.predicate.startsWith(vocab::field))
            continue;
        if (quad.object.type != Term::Type::Literal || quad.object.datatype != vocab::rdfJson)
            return fail(
                Error::Code::Parse,
                u"<%1> <%2>: a field value must be an rdf:JSON literal"_s.arg(iri, quad.predicate));
        const QJsonValue value = decodeJournalValue(quad.object.value);
        if (value.isNull() || value.isUndefined())
            return fail(Error::Code::Parse, u"<%1> <%2>: “%3” is not a JSON value"_s.arg(
                                                iri, quad.predicate, quad.object.value));
        fields.insert(quad.predicate.mid(vocab::field.size()), value);
    }
    return fields;
}

} // namespace pes::wire
