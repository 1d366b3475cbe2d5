// SPDX-License-Identifier: GPL-3.0-or-later
#include "nquads.h"

#include "nquadsguard.h"

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::wire {

namespace {

struct ReadState
{
    QList<Quad> quads;
    QString error;
};

QString nodeText(const SerdNode *node)
{
    if (!node || !node->buf)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(node->buf), qsizetype(node->n_bytes));
}

Term nodeTerm(const SerdNode *node, const SerdNode *datatype, const SerdNode *language)
{
    Term term;
    term.value = nodeText(node);
    switch (node->type) {
    case SERD_BLANK:
        term.type = Term::Type::Blank;
        break;
    case SERD_LITERAL:
        term.type = Term::Type::Literal;
        term.datatype = nodeText(datatype);
        term.language = nodeText(language);
        break;
    default:
        term.type = Term::Type::Iri;
        break;
    }
    return term;
}

SerdStatus onStatement(void *handle, SerdStatementFlags, const SerdNode *graph,
                       const SerdNode *subject, const SerdNode *predicate, const SerdNode *object,
                       const SerdNode *datatype, const SerdNode *language)
{
    auto *state = static_cast<ReadState *>(handle);
    state->quads.append(Quad{nodeTerm(subject, nullptr, nullptr), nodeText(predicate),
                             nodeTerm(object, datatype, language), nodeText(graph)});
    return SERD_SUCCESS;
}

SerdStatus onError(void *handle, const SerdError *error)
{
    auto *state = static_cast<ReadState *>(handle);
    char buffer[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(buffer, sizeof buffer, error->fmt, args);
    va_end(args);
    QString text = QString::fromUtf8(buffer).trimmed();
    text.removeIf([](QChar c) { return c.unicode() < 0x20 || c == QChar::ReplacementCharacter; });
    if (state->error.isEmpty())
        state->error = u"%1:%2: %3"_s.arg(error->line).arg(error->col).arg(text);
    return SERD_SUCCESS;
}

void appendIri(QByteArray &out, const QString &iri)
{
    out += '<';
    // Bytes of multi-byte UTF-8 sequences are all >= 0x80: only ASCII needs escaping.
    for (const char c : iri.toUtf8()) {
        const uchar u = uchar(c);
        if (u <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
            c == '^' || c == '`' || c == '\\')
            out += QByteArray("\\u") +
                   QByteArray::number(uint(u), 16).rightJustified(4, '0').toUpper();
        else
            out += c;
    }
    out += '>';
}

void appendLiteral(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += QByteArray("\\u") +
                       QByteArray::number(uint(uchar(c)), 16).rightJustified(4, '0').toUpper();
            else
                out += c;
        }
    }
    out += '"';
}

void appendTerm(QByteArray &out, const Term &term)
{
    switch (term.type) {
    case Term::Type::Iri:
        appendIri(out, term.value);
        break;
    case Term::Type::Blank:
        out += "_:" + term.value.toUtf8();
        break;
    case Term::Type::Literal:
        appendLiteral(out, term.value);
        if (!term.language.isEmpty())
            out += '@' + term.language.toUtf8();
        else if (!term.datatype.isEmpty()) {
            out += "^^";
            appendIri(out, term.datatype);
        }
        break;
    }
}

} // namespace

Result<QList<Quad>> parseNQuads(const QByteArray &text, const QString &source)
{
    if (text.contains('\0'))
        return fail(Error::Code::Parse, u"%1: the body contains a NUL byte"_s.arg(source));
    if (const QString error = rdf::findNQuadsHazard(text); !error.isEmpty())
        return fail(Error::Code::Parse, u"%1:%2"_s.arg(source, error));
    ReadState state;
    SerdReader *reader =
        serd_reader_new(SERD_NQUADS, &state, nullptr, nullptr, nullptr, onStatement, nullptr);
    serd_reader_set_strict(reader, true);
    serd_reader_set_error_sink(reader, onError, &state);
    const QByteArray terminated = text + '\0';
    const SerdStatus status =
        serd_reader_read_string(reader, reinterpret_cast<const uint8_t *>(terminated.constData()));
    serd_reader_free(reader);
    if (status != SERD_SUCCESS || !state.error.isEmpty())
        return fail(
            Error::Code::Parse,
            u"%1:%2"_s.arg(source, state.error.isEmpty() ? u" malformed N-Quads"_s : state.error));
    return state.quads;
}

void appendNQuad(QByteArray &out, const Quad &quad)
{
    appendTerm(out, quad.subject);
    out += ' ';
    appendIri(out, quad.predicate);
    out += ' ';
    appendTerm(out, quad.object);
    if (!quad.graph.isEmpty()) {
        out += ' ';
        appendIri(out, quad.graph);
    }
    out += " .\n";
}

QByteArray writeNQuads(const QList<Quad> &quads)
{
    QByteArray out;
    for (const Quad &quad : quads)
        appendNQuad(out, quad);
    return out;
}

} // namespace pes::wire
