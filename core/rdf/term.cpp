// SPDX-License-Identifier: GPL-3.0-or-later
#include "term.h"

#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

void appendEscapedLiteral(QString &out, const QString &value)
{
    out.reserve(out.size() + value.size() + 2);
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u'"':
            out += u"\\\"";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) // other control characters
                out +=
                    u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
            else
                out += c;
        }
    }
}

void appendTerm(QString &out, const Term &term)
{
    switch (term.type) {
    case Term::Type::None:
        break;
    case Term::Type::Iri:
        out += u'<' + term.value + u'>';
        break;
    case Term::Type::Blank:
        out += u"_:" + term.value;
        break;
    case Term::Type::Literal:
        out += u'"';
        appendEscapedLiteral(out, term.value);
        out += u'"';
        if (!term.language.isEmpty())
            out += u'@' + term.language;
        else if (!term.datatype.isEmpty() && term.datatype != ns::iri(ns::xsd, u"string"))
            out += u"^^<" + term.datatype + u'>';
        break;
    }
}

} // namespace

QString toNTriples(const Term &term)
{
    QString out;
    appendTerm(out, term);
    return out;
}

QString toNTriples(const Statement &statement)
{
    QString out;
    appendTerm(out, statement.subject);
    out += u' ';
    appendTerm(out, statement.predicate);
    out += u' ';
    appendTerm(out, statement.object);
    out += u" ."_s;
    return out;
}

} // namespace pes::rdf
