// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "syntax.h"

#include <QIODevice>
#include <QStringList>

namespace pes {
class Replica;
}

namespace pes::rdf {

struct TaxonomyReport
{
    QStringList schemes; // concept schemes met, sorted
    qint64 concepts = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 elapsedMs = 0;
};

// The IRI of the tag standing for a SKOS concept in a network: the same
// concept always gives the same tag, so loading a scheme again updates it.
QString tagIriForConcept(const QString &networkBase, const QString &conceptIri);

// Loads the concepts of SKOS concept schemes (ESSGLOBAL's or any other) as
// tags: the French label, falling back on English then any other language
// (then the concept's last path segment) when missing or empty; the English
// label; the concept, its scheme and its broader tag. One transaction.
// The file is read whole: concept schemes are small.
Result<TaxonomyReport> importTaxonomy(Replica &replica, QIODevice &device, const QString &name,
                                      Syntax syntax);
Result<TaxonomyReport> importTaxonomyFile(Replica &replica, const QString &path, Syntax syntax);

} // namespace pes::rdf
