// SPDX-License-Identifier: GPL-3.0-or-later
// The one boundary with Serd's reader.
#include "serdreader.h"

#include "nquadsguard.h"

#include <QBuffer>

#include <serd/serd.h>

#include <cstdarg>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

SerdSyntax serdSyntax(Syntax syntax)
{
    switch (syntax) {
    case Syntax::Turtle:
        return SERD_TURTLE;
    case Syntax::NTriples:
        return SERD_NTRIPLES;
    case Syntax::TriG:
        return SERD_TRIG;
    case Syntax::NQuads:
        return SERD_NQUADS;
    }
    return SERD_TURTLE;
}

QString text(const SerdNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->buf), qsizetype(node->n_bytes));
}

struct Context
{
    SerdEnv *env = nullptr;
    QIODevice *device = nullptr;
    const StatementReader::Sink *sink = nullptr;
    QString name;
    std::optional<Error> error;
    QString undefinedName; // a prefixed name whose prefix was never declared
    int depth = 0;         // of [ ... ] blank nodes being read
    Statement statement;   // reused, to keep allocations down

    Status expand(const SerdNode *node, QString &out)
    {
        if (node->type == SERD_URI && serd_uri_string_has_scheme(node->buf)) {
            out = text(node);
            return {};
        }
        if (node->type == SERD_CURIE) {
            SerdChunk prefix{nullptr, 0};
            SerdChunk suffix{nullptr, 0};
            if (serd_env_expand(env, node, &prefix, &suffix) != SERD_SUCCESS) {
                undefinedName = text(node);
                return fail(Error::Code::Parse,
                            u"%1: undefined prefix in “%2”"_s.arg(name, undefinedName));
            }
            out = QString::fromUtf8(reinterpret_cast<const char *>(prefix.buf),
                                    qsizetype(prefix.len)) +
                  QString::fromUtf8(reinterpret_cast<const char *>(suffix.buf),
                                    qsizetype(suffix.len));
            return {};
        }
        SerdNode expanded = serd_env_expand_node(env, node);
        if (expanded.type == SERD_NOTHING)
            return fail(Error::Code::Parse,
                        u"%1: the relative IRI <%2> has no base IRI to resolve against"_s.arg(
                            name, text(node)));
        out = text(&expanded);
        serd_node_free(&expanded);
        return {};
    }

    Status convert(const SerdNode *node, const SerdNode *datatype, const SerdNode *language,
                   Term &term)
    {
        term.datatype.clear();
        term.language.clear();
        switch (node->type) {
        case SERD_URI:
        case SERD_CURIE:
            term.type = Term::Type::Iri;
            return expand(node, term.value);
        case SERD_BLANK:
            term.type = Term::Type::Blank;
            term.value = text(node);
            return {};
        case SERD_LITERAL:
            term.type = Term::Type::Literal;
            term.value = text(node);
            if (datatype && datatype->buf)
                PES_TRY(expand(datatype, term.datatype));
            if (language && language->buf)
                term.language = text(language).toLower();
            return {};
        default:
            term = Term();
            return {};
        }
    }
};

SerdStatus onBase(void *handle, const SerdNode *uri)
{
    return serd_env_set_base_uri(static_cast<Context *>(handle)->env, uri);
}

SerdStatus onPrefix(void *handle, const SerdNode *name, const SerdNode *uri)
{
    return serd_env_set_prefix(static_cast<Context *>(handle)->env, name, uri);
}

// Serd reads nested [ ... ] recursively; much deeper than any real data
// would exhaust the stack, so reading stops with an error first.
constexpr int maxDepth = 512;

SerdStatus onEnd(void *handle, const SerdNode *)
{
    auto *context = static_cast<Context *>(handle);
    if (context->depth > 0)
        --context->depth;
    return SERD_SUCCESS;
}

SerdStatus onStatement(void *handle, SerdStatementFlags flags, const SerdNode *graph,
                       const SerdNode *subject, const SerdNode *predicate, const SerdNode *object,
                       const SerdNode *datatype, const SerdNode *language)
{
    auto *context = static_cast<Context *>(handle);
    if ((flags & (SERD_ANON_O_BEGIN | SERD_ANON_S_BEGIN)) && ++context->depth > maxDepth) {
        context->error = Error{
            Error::Code::Parse,
            u"%1: blank nodes nested more than %2 levels deep"_s.arg(context->name).arg(maxDepth)};
        return SERD_ERR_BAD_SYNTAX;
    }
    Statement &s = context->statement;
    auto converted = [&]() -> Status {
        PES_TRY(context->convert(subject, nullptr, nullptr, s.subject));
        PES_TRY(context->convert(predicate, nullptr, nullptr, s.predicate));
        PES_TRY(context->convert(object, datatype, language, s.object));
        if (graph && graph->buf)
            PES_TRY(context->convert(graph, nullptr, nullptr, s.graph));
        else
            s.graph = Term();
        return (*context->sink)(s);
    }();
    if (!converted) {
        context->error = converted.error();
        return SERD_ERR_UNKNOWN;
    }
    return SERD_SUCCESS;
}

SerdStatus onError(void *handle, const SerdError *error)
{
    auto *context = static_cast<Context *>(handle);
    if (context->error)
        return SERD_SUCCESS; // the first error is the one that matters
    char buffer[512];
    va_list args;
    va_copy(args, *error->args);
    std::vsnprintf(buffer, sizeof buffer, error->fmt, args);
    va_end(args);
    const QString message = QString::fromUtf8(buffer).trimmed();
    context->error =
        Error{Error::Code::Parse,
              u"%1:%2:%3: %4"_s.arg(context->name).arg(error->line).arg(error->col).arg(message)};
    return SERD_SUCCESS;
}

size_t readPage(void *buffer, size_t size, size_t count, void *stream)
{
    auto *device = static_cast<QIODevice *>(stream);
    const qint64 n = device->read(static_cast<char *>(buffer), qint64(size * count));
    return n > 0 ? size_t(n) / size : 0;
}

int streamError(void *)
{
    return 0; // a read error ends the input early; the parser then reports where it stopped
}

// Serd does not say where an undefined prefix was used: "name:line:column"
// of the first use of the prefixed name, found by reading the input again.
QString firstUse(QIODevice &device, const QString &name, const QString &prefixedName)
{
    if (device.isSequential() || !device.seek(0))
        return name;
    const QByteArray needle = prefixedName.toUtf8();
    qint64 line = 0;
    while (!device.atEnd()) {
        const QByteArray text = device.readLine();
        ++line;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            const char before = at > 0 ? text.at(at - 1) : ' ';
            if (QByteArrayView(" \t;,([").contains(before))
                return u"%1:%2:%3"_s.arg(name).arg(line).arg(
                    QString::fromUtf8(text.left(at)).size() + 1);
        }
    }
    return name;
}

} // namespace

Status StatementReader::read(QIODevice &device, Syntax syntax, const QString &name,
                             const Sink &sink, const QString &baseIri)
{
    if (syntax == Syntax::NQuads) {
        if (const QString hazard = findNQuadsHazard(device); !hazard.isEmpty())
            return fail(Error::Code::Parse, u"%1:%2"_s.arg(name, hazard));
    }

    Context context;
    context.device = &device;
    context.sink = &sink;
    context.name = name;
    const QByteArray base = baseIri.toUtf8();
    SerdNode baseNode =
        serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t *>(base.constData()));
    context.env = serd_env_new(base.isEmpty() ? nullptr : &baseNode);

    SerdReader *reader = serd_reader_new(serdSyntax(syntax), &context, nullptr, onBase, onPrefix,
                                         onStatement, onEnd);
    serd_reader_set_strict(reader, true);
    serd_reader_set_error_sink(reader, onError, &context);
    const QByteArray utf8Name = name.toUtf8();
    const SerdStatus status =
        serd_reader_read_source(reader, readPage, streamError, &device,
                                reinterpret_cast<const uint8_t *>(utf8Name.constData()), 4096);
    serd_reader_free(reader);
    serd_env_free(context.env);

    if (!context.undefinedName.isEmpty())
        return fail(Error::Code::Parse,
                    u"%1: undefined prefix “%2:” in %3 (declare it with @prefix)"_s.arg(
                        firstUse(device, context.name, context.undefinedName),
                        context.undefinedName.section(u':', 0, 0), context.undefinedName));
    if (context.error)
        return std::unexpected(*context.error);
    if (status > SERD_FAILURE)
        return fail(Error::Code::Parse,
                    u"%1: %2"_s.arg(name, QString::fromUtf8(reinterpret_cast<const char *>(
                                              serd_strerror(status)))));
    return {};
}

Status StatementReader::read(const QByteArray &text, Syntax syntax, const QString &name,
                             const Sink &sink, const QString &baseIri)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, syntax, name, sink, baseIri);
}

} // namespace pes::rdf
