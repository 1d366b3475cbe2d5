// SPDX-License-Identifier: GPL-3.0-or-later
// Private to pes_rdf: the tables of the record mapping, shared by both directions.
#pragma once

#include "domain/kinds.h"
#include "vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

namespace pes::rdf::detail {

// One field of a kind and the predicate it is written with. `language` is
// the language tag of its literals (Tag labels); empty for plain literals.
struct FieldRule
{
    QString field;
    QString predicate;
    QString language;
    const FieldInfo *info = nullptr;
};

// The rules of a kind in its field order; address fields are not listed
// (they live on the locn:Address node), nor is an exchange's way.
const QList<FieldRule> &fieldRules(Kind kind);
bool isAddressField(const QString &field);

// Choice values are IRIs in the ess: namespace ("ess:product"), except
// relation types, which are the original platform's predicates.
QString choiceIri(Kind kind, const QString &field, const QString &value);
std::optional<QString> choiceFromIri(Kind kind, const FieldInfo &field, const QString &iri);

// Extra classes a kind is also written with (gr:Offering for an exchange).
QStringList extraClasses(Kind kind);

// A prefix for the blank nodes of one record, unique per IRI: "r" and 16 hex digits.
QString blankPrefix(const QString &iri);

// The blank node of a record's attachment number `index` (from 0): prefix + "m1"...
QString mediaLabel(const QString &prefix, qsizetype index);

// Terms the code names directly.
QString rdfType();
QString xsdType(const char16_t *local);

} // namespace pes::rdf::detail
