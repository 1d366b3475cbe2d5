// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace pes::rdf {

// Serd 0.32 loops forever on some malformed N-Quads (a statement starting with
// '{', '}' or '"', or such text after a statement's final dot; `serdi -i nquads`
// hangs too), and allocates without bound on a literal whose datatype is not an
// IRI in angle brackets (`"x"^^h`) or on some lines holding a NUL byte.
// N-Quads is line-based, so every line is
// checked before Serd sees it: it holds no NUL, starts with an IRI or a blank node, its
// datatypes are IRIs, a dot outside a blank node label ends it, and nothing but
// a comment follows that final dot.
// Returns "line:column: what is wrong", or an empty string.
QString findNQuadsHazard(const QByteArray &text);

// The same over a seekable device, read once from its current position and
// put back there.
QString findNQuadsHazard(QIODevice &device);

} // namespace pes::rdf
