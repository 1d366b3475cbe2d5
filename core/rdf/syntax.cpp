// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pes::rdf {

Result<Syntax> syntaxFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"turtle" || lower == u"ttl")
        return Syntax::Turtle;
    if (lower == u"ntriples" || lower == u"n-triples" || lower == u"nt")
        return Syntax::NTriples;
    if (lower == u"trig")
        return Syntax::TriG;
    if (lower == u"nquads" || lower == u"n-quads" || lower == u"nq")
        return Syntax::NQuads;
    return fail(Error::Code::InvalidArgument,
                u"unknown RDF format “%1”; expected turtle, ntriples, trig or nquads"_s.arg(name));
}

Result<Syntax> syntaxFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty() || !syntaxFromName(suffix))
        return fail(Error::Code::InvalidArgument,
                    u"cannot tell the RDF format of %1 from its name (expected .ttl, .nt, .trig "
                    u"or .nq); give it with --format"_s.arg(fileName));
    return syntaxFromName(suffix);
}

QString syntaxName(Syntax syntax)
{
    switch (syntax) {
    case Syntax::Turtle:
        return u"turtle"_s;
    case Syntax::NTriples:
        return u"ntriples"_s;
    case Syntax::TriG:
        return u"trig"_s;
    case Syntax::NQuads:
        return u"nquads"_s;
    }
    return {};
}

bool hasGraphs(Syntax syntax)
{
    return syntax == Syntax::TriG || syntax == Syntax::NQuads;
}

} // namespace pes::rdf
