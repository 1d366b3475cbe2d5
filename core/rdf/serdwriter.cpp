// SPDX-License-Identifier: GPL-3.0-or-later
// The one boundary with Serd's writer.
#include "serdwriter.h"

#include "vocabulary.h"

#include <QHash>

#include <serd/serd.h>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

// A Term held as Serd nodes, with the UTF-8 bytes they point into.
struct SerdTerm
{
    QByteArray value;
    QByteArray datatype;
    QByteArray language;
    SerdNode node = SERD_NODE_NULL;
    SerdNode datatypeNode = SERD_NODE_NULL;
    SerdNode languageNode = SERD_NODE_NULL;

    explicit SerdTerm(const Term &term)
    {
        if (term.isNone())
            return;
        value = term.value.toUtf8();
        const SerdType type = term.isIri() ? SERD_URI : term.isBlank() ? SERD_BLANK : SERD_LITERAL;
        // Built by hand: serd_node_from_substring() scans the text again, and the
        // writer only needs the length and, for literals, the quote and newline flags.
        SerdNodeFlags flags = 0;
        if (type == SERD_LITERAL) {
            if (value.contains('"'))
                flags |= SERD_HAS_QUOTE;
            if (value.contains('\n') || value.contains('\r'))
                flags |= SERD_HAS_NEWLINE;
        }
        node = SerdNode{bytes(value), size_t(value.size()), size_t(term.value.size()), flags, type};
        if (!term.datatype.isEmpty() && term.datatype != ns::iri(ns::xsd, u"string")) {
            datatype = term.datatype.toUtf8();
            datatypeNode =
                serd_node_from_substring(SERD_URI, bytes(datatype), size_t(datatype.size()));
        }
        if (!term.language.isEmpty()) {
            language = term.language.toUtf8();
            languageNode =
                serd_node_from_substring(SERD_LITERAL, bytes(language), size_t(language.size()));
        }
    }

    static const uint8_t *bytes(const QByteArray &array)
    {
        return reinterpret_cast<const uint8_t *>(array.constData());
    }
    const SerdNode *datatypeOrNull() const { return datatype.isEmpty() ? nullptr : &datatypeNode; }
    const SerdNode *languageOrNull() const { return language.isEmpty() ? nullptr : &languageNode; }
};

size_t writeToDevice(const void *buffer, size_t length, void *stream)
{
    auto *device = static_cast<QIODevice *>(stream);
    const qint64 written = device->write(static_cast<const char *>(buffer), qint64(length));
    return written < 0 ? 0 : size_t(written);
}

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

} // namespace

struct StatementWriter::Private
{
    QIODevice *out = nullptr;
    Syntax syntax = Syntax::Turtle;
    SerdEnv *env = nullptr;
    SerdWriter *writer = nullptr;

    bool abbreviates() const { return syntax == Syntax::Turtle || syntax == Syntax::TriG; }

    Status check(SerdStatus status)
    {
        if (status == SERD_SUCCESS)
            return {};
        return fail(Error::Code::Io,
                    u"cannot write RDF: %1%2"_s.arg(
                        QString::fromUtf8(reinterpret_cast<const char *>(serd_strerror(status))),
                        out->errorString().isEmpty()
                            ? QString()
                            : QString(u" ("_s + out->errorString() + u')')));
    }
};

StatementWriter::StatementWriter(QIODevice &out, Syntax syntax)
    : d(std::make_unique<Private>())
{
    d->out = &out;
    d->syntax = syntax;
    d->env = serd_env_new(nullptr);
    const int style = d->abbreviates()
                          ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK)
                          : SERD_STYLE_BULK;
    d->writer =
        serd_writer_new(serdSyntax(syntax), SerdStyle(style), d->env, nullptr, writeToDevice, &out);
    if (d->abbreviates()) {
        for (const ns::Prefix &prefix : ns::prefixes()) {
            const QByteArray name = prefix.name.toUtf8();
            const QByteArray iri = prefix.iri.toUtf8();
            const SerdNode nameNode =
                serd_node_from_substring(SERD_LITERAL, SerdTerm::bytes(name), size_t(name.size()));
            const SerdNode iriNode =
                serd_node_from_substring(SERD_URI, SerdTerm::bytes(iri), size_t(iri.size()));
            serd_writer_set_prefix(d->writer, &nameNode, &iriNode);
        }
    }
}

StatementWriter::~StatementWriter()
{
    serd_writer_free(d->writer);
    serd_env_free(d->env);
}

Status StatementWriter::writeGroup(const QList<Statement> &statements, const Term &graph)
{
    const bool quads = hasGraphs(d->syntax) && !graph.isNone();
    const SerdTerm graphTerm(quads ? graph : Term());

    // A blank node is written inline when it is the object of exactly one
    // statement and its own statements come right after that one.
    QHash<QString, int> objectUses;
    QHash<QString, int> subjectUses;
    if (d->abbreviates()) {
        for (const Statement &s : statements) {
            if (s.object.isBlank())
                ++objectUses[s.object.value];
            if (s.subject.isBlank())
                ++subjectUses[s.subject.value];
        }
    }
    // How many statements right after `index` have `node` as their subject.
    auto runAfter = [&](qsizetype index, const Term &node) {
        int run = 0;
        for (qsizetype j = index + 1; j < statements.size() && statements.at(j).subject == node;
             ++j)
            ++run;
        return run;
    };

    QList<QString> open; // the inline blank nodes being written, innermost last
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const Statement &s = statements.at(i);
        while (!open.isEmpty() && !(s.subject.isBlank() && s.subject.value == open.last())) {
            const SerdTerm closing(Term::blank(open.takeLast()));
            PES_TRY(d->check(serd_writer_end_anon(d->writer, &closing.node)));
        }
        SerdStatementFlags flags = 0;
        if (!open.isEmpty())
            flags |= SERD_ANON_CONT;
        if (d->abbreviates() && s.object.isBlank() && objectUses.value(s.object.value) == 1 &&
            !open.contains(s.object.value) && subjectUses.value(s.object.value) > 0 &&
            runAfter(i, s.object) == subjectUses.value(s.object.value)) {
            flags |= SERD_ANON_O_BEGIN;
        }
        const SerdTerm subject(s.subject);
        const SerdTerm predicate(s.predicate);
        const SerdTerm object(s.object);
        PES_TRY(d->check(serd_writer_write_statement(
            d->writer, flags, quads ? &graphTerm.node : nullptr, &subject.node, &predicate.node,
            &object.node, object.datatypeOrNull(), object.languageOrNull())));
        if (flags & SERD_ANON_O_BEGIN)
            open.append(s.object.value);
        ++m_count;
    }
    while (!open.isEmpty()) {
        const SerdTerm closing(Term::blank(open.takeLast()));
        PES_TRY(d->check(serd_writer_end_anon(d->writer, &closing.node)));
    }
    return {};
}

Status StatementWriter::finish()
{
    return d->check(serd_writer_finish(d->writer));
}

} // namespace pes::rdf
