// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordgraph.h"

#include "domain/validation.h"
#include "rdf/recordmapping.h"

using namespace Qt::StringLiterals;

namespace pes::wire {

namespace {

Term toWire(const rdf::Term &term)
{
    switch (term.type) {
    case rdf::Term::Type::Blank:
        return {Term::Type::Blank, term.value, {}, {}};
    case rdf::Term::Type::Literal:
        return {Term::Type::Literal, term.value, term.datatype, term.language};
    default:
        return Term::iri(term.value);
    }
}

rdf::Term fromWire(const Term &term)
{
    switch (term.type) {
    case Term::Type::Blank:
        return rdf::Term::blank(term.value);
    case Term::Type::Literal:
        return rdf::Term::literal(term.value, term.datatype, term.language);
    case Term::Type::Iri:
        break;
    }
    return rdf::Term::iri(term.value);
}

} // namespace

void appendRecordGraph(QList<Quad> &out, const Record &record, const QString &graph)
{
    static const QStringList bookkeeping{u"http://ns.economie-solidaire.fr/ess#network"_s,
                                         u"http://ns.economie-solidaire.fr/ess#visibility"_s,
                                         u"http://ns.economie-solidaire.fr/ess#version"_s,
                                         u"http://purl.org/dc/terms/created"_s,
                                         u"http://purl.org/dc/terms/modified"_s};
    for (const rdf::Statement &statement : rdf::recordToStatements(record)) {
        // Bookkeeping travels in the metadata graph; the record graph holds what the record says.
        if (statement.subject.value == record.iri &&
            bookkeeping.contains(statement.predicate.value))
            continue;
        out.append({toWire(statement.subject), statement.predicate.value, toWire(statement.object),
                    graph});
    }
}

Result<QJsonObject> fieldsFromGraph(const QString &iri, Kind kind, const QList<Quad> &graph)
{
    QList<rdf::Statement> statements;
    statements.reserve(graph.size());
    for (const Quad &quad : graph)
        statements.append(
            {fromWire(quad.subject), rdf::Term::iri(quad.predicate), fromWire(quad.object), {}});
    auto mapped = rdf::recordFromStatements(iri, statements);
    if (!mapped)
        return std::unexpected(mapped.error());
    if (!mapped->problems.isEmpty())
        return fail(Error::Code::Parse, u"<%1>: %2"_s.arg(iri, mapped->problems.join(u"; "_s)));
    if (mapped->record.kind != kind)
        return fail(Error::Code::Parse,
                    u"<%1> is described as a %2 but announced as a %3"_s.arg(
                        iri, kindInfo(mapped->record.kind).name, kindInfo(kind).name));
    return normaliseFields(kind, mapped->record.fields);
}

} // namespace pes::wire
