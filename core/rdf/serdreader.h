// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "syntax.h"
#include "term.h"

#include <QByteArray>
#include <QIODevice>

#include <functional>

namespace pes::rdf {

// Reads RDF text with Serd and hands over each statement, fully expanded
// (prefixes and the base IRI applied), as soon as it is parsed: nothing but
// the statement at hand is kept in memory.
//
// The first syntax error stops reading; its message reads
// "NAME:LINE:COLUMN: what was expected". An error returned by the sink also
// stops reading and is returned as is.
class StatementReader
{
public:
    using Sink = std::function<Status(const Statement &)>;

    // `name` names the input in error messages (usually the file name);
    // `baseIri` resolves relative IRIs until the text sets its own base.
    static Status read(QIODevice &device, Syntax syntax, const QString &name, const Sink &sink,
                       const QString &baseIri = {});
    static Status read(const QByteArray &text, Syntax syntax, const QString &name, const Sink &sink,
                       const QString &baseIri = {});
};

} // namespace pes::rdf
