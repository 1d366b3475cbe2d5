// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pes::rdf {

// One RDF term: an IRI, a blank node or a literal, with everything expanded
// (no prefixes, no relative IRIs).
struct Term
{
    enum class Type : quint8 { None, Iri, Blank, Literal };

    Type type = Type::None;
    QString value;    // the IRI, the blank node label (without "_:"), or the lexical form
    QString datatype; // a literal's datatype IRI; empty for plain and language strings
    QString language; // a literal's language tag ("fr", "en"); empty when none

    static Term iri(QString value) { return {Type::Iri, std::move(value), {}, {}}; }
    static Term blank(QString label) { return {Type::Blank, std::move(label), {}, {}}; }
    static Term literal(QString value, QString datatype = {}, QString language = {})
    {
        return {Type::Literal, std::move(value), std::move(datatype), std::move(language)};
    }

    bool isNone() const { return type == Type::None; }
    bool isIri() const { return type == Type::Iri; }
    bool isBlank() const { return type == Type::Blank; }
    bool isLiteral() const { return type == Type::Literal; }
    bool operator==(const Term &other) const = default;
};

// One statement; `graph` is None for the default graph.
struct Statement
{
    Term subject;
    Term predicate;
    Term object;
    Term graph;

    bool operator==(const Statement &other) const = default;
};

// A term, or a statement without its graph ("<s> <p> "o" ."), in N-Triples syntax.
QString toNTriples(const Term &term);
QString toNTriples(const Statement &statement);

} // namespace pes::rdf
