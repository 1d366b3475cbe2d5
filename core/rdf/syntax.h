// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>

namespace pes::rdf {

// The RDF syntaxes PES Desktop reads and writes.
enum class Syntax { Turtle, NTriples, TriG, NQuads };

// "turtle" / "ttl", "ntriples" / "nt", "trig", "nquads" / "nq".
Result<Syntax> syntaxFromName(const QString &name);
// From a file name's extension (.ttl, .nt, .trig, .nq).
Result<Syntax> syntaxFromFileName(const QString &fileName);
QString syntaxName(Syntax syntax);
// True for TriG and N-Quads, which carry named graphs.
bool hasGraphs(Syntax syntax);

} // namespace pes::rdf
