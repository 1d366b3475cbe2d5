// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pes::wire {

// One RDF term as the sync protocol carries it.
struct Term
{
    enum class Type { Iri, Blank, Literal };
    Type type = Type::Iri;
    QString value;    // the IRI, the blank node label or the literal's text
    QString datatype; // for a typed literal
    QString language; // for a language-tagged literal

    static Term iri(const QString &iri) { return {Type::Iri, iri, {}, {}}; }
    static Term literal(const QString &text, const QString &datatype = {})
    {
        return {Type::Literal, text, datatype, {}};
    }
    bool operator==(const Term &) const = default;
};

// One statement: subject, predicate, object, and its graph (empty: the default graph).
struct Quad
{
    Term subject;
    QString predicate;
    Term object;
    QString graph;
};

// Reads N-Quads (a superset of N-Triples) with Serd. A syntax error names
// source:line:column and what is wrong.
Result<QList<Quad>> parseNQuads(const QByteArray &text, const QString &source);

// Appends one statement in N-Quads syntax, escaping as the grammar requires.
void appendNQuad(QByteArray &out, const Quad &quad);
QByteArray writeNQuads(const QList<Quad> &quads);

} // namespace pes::wire
