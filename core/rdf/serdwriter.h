// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "syntax.h"
#include "term.h"

#include <QIODevice>

#include <memory>

namespace pes::rdf {

// Writes statements as RDF text with Serd, group by group (one group is the
// description of one record). Turtle and TriG are written with the prefixes
// of ns::prefixes(), statements of one subject grouped, and a blank node used
// once as an object written inline as [ ... ] when its statements follow the
// one that uses it. TriG and N-Quads put each group in the named graph given.
class StatementWriter
{
public:
    StatementWriter(QIODevice &out, Syntax syntax);
    ~StatementWriter();
    StatementWriter(const StatementWriter &) = delete;
    StatementWriter &operator=(const StatementWriter &) = delete;

    // `graph` is ignored for Turtle and N-Triples.
    Status writeGroup(const QList<Statement> &statements, const Term &graph = {});
    // Flushes what Serd still holds; call once at the end.
    Status finish();

    qint64 statementsWritten() const { return m_count; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_count = 0;
};

} // namespace pes::rdf
