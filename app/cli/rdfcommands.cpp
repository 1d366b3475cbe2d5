// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that read and write RDF: import-rdf and export-rdf.
#include "commandcontext.h"
#include "progressline.h"

#include "backup/backup.h"
#include "rdfexport.h"
#include "rdfimport.h"
#include "taxonomy.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

void printReport(QTextStream &out, const rdf::ImportReport &report)
{
    out << "Imported " << report.source << ": " << report.statements << " statements read in "
        << report.elapsedMs << " ms\n"
        << "  created: " << report.created << ", updated: " << report.updated
        << ", unchanged: " << report.unchanged << ", older than ours: " << report.older
        << ", moved to the trash: " << report.deleted << '\n'
        << "  statements kept without a mapping: " << report.extraStatements << '\n';
    if (report.unknownTombstones)
        out << "  tombstones of records never seen here: " << report.unknownTombstones << '\n';
    if (report.skipped) {
        out << "  skipped (no class PES Desktop knows): " << report.skipped << '\n';
        for (const QString &example : report.skippedExamples)
            out << "    " << example << '\n';
    }
    out << "  rejected: " << report.rejected.size() << '\n';
    for (const rdf::RejectedRecord &rejected : report.rejected) {
        out << "    <" << rejected.iri << ">";
        if (!rejected.title.isEmpty())
            out << " “" << rejected.title << "”";
        out << ": " << rejected.reasons.join(u"; ") << '\n';
    }
}

int importRdf(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s,
                                    u"turtle, ntriples, trig or nquads (default: from the file's "
                                    u"extension)."_s,
                                    u"F"_s);
    const QCommandLineOption strict(u"strict"_s, u"Import nothing when any record is rejected."_s);
    const QCommandLineOption json(u"json"_s, u"Print the report as JSON."_s);
    const QCommandLineOption reportFile(u"report"_s, u"Also write the report as JSON to FILE."_s,
                                        u"FILE"_s);
    const QCommandLineOption base(u"base"_s, u"Base IRI for relative IRIs."_s, u"IRI"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print no progress."_s);
    parser.addOptions({format, strict, json, reportFile, base, quiet});
    parser.addPositionalArgument(u"file"_s, u"The RDF file to import."_s);
    int code;
    if (context.helpOrUsage(
            parser, u"FILE [--format F] [--strict] [--json] [--report R.json] [--base IRI]"_s,
            &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give exactly one file to import"_s);
    const QString path = parser.positionalArguments().constFirst();

    rdf::ImportOptions options;
    auto syntax = parser.isSet(format) ? rdf::syntaxFromName(parser.value(format))
                                       : rdf::syntaxFromFileName(path);
    if (!syntax)
        return context.report(syntax.error());
    options.syntax = *syntax;
    options.strict = parser.isSet(strict);
    options.baseIri = parser.value(base);
    ProgressLine progress(context.err, !parser.isSet(quiet));
    options.progress = [&](qint64 read, qint64 total) {
        if (total < 4 * 1024 * 1024)
            return;
        progress.show(read, total,
                      u"Importing: %1% (%2 of %3 MB)"_s.arg(total ? read * 100 / total : 100)
                          .arg(megabytes(read))
                          .arg(megabytes(total)));
    };

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto saved =
        backup::autoBackup(**replica, u"before importing %1"_s.arg(QFileInfo(path).fileName()));
    if (!saved)
        return context.report(saved.error());
    rdf::RdfImporter importer(**replica);
    auto report = importer.importFile(path, options);
    progress.finish();
    if (!report)
        return context.report(report.error());

    const QByteArray jsonText = QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    if (parser.isSet(reportFile)) {
        QSaveFile file(parser.value(reportFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(jsonText) != jsonText.size() ||
            !file.commit())
            return context.report(Error{Error::Code::Io, u"cannot write %1: %2"_s.arg(
                                                             file.fileName(), file.errorString())});
    }
    if (parser.isSet(json))
        context.out << jsonText;
    else
        printReport(context.out, *report);
    return Success;
}

int exportRdf(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Write to FILE instead of stdout."_s,
                                    u"FILE"_s);
    const QCommandLineOption format(u"format"_s,
                                    u"turtle, ntriples, trig or nquads (default: from -o, else "
                                    u"turtle)."_s,
                                    u"F"_s);
    const QCommandLineOption visibility(u"visibility"_s, u"public, shared or all (default all)."_s,
                                        u"V"_s, u"all"_s);
    const QCommandLineOption publicOnly(u"public"_s, u"Same as --visibility public."_s);
    const QCommandLineOption kind(u"kind"_s, u"Only records of this kind (repeatable)."_s,
                                  u"KIND"_s);
    const QCommandLineOption noTombstones(u"no-tombstones"_s, u"Leave out records in the trash."_s);
    const QCommandLineOption profile(u"profile"_s,
                                     u"pes (default) or essglobal (public organisations, for "
                                     u"solidarity-economy maps)."_s,
                                     u"P"_s, u"pes"_s);
    parser.addOptions({output, format, visibility, publicOnly, kind, noTombstones, profile});
    int code;
    if (context.helpOrUsage(parser,
                            u"[-o FILE] [--format F] [--visibility public|shared|all] [--kind K] "
                            u"[--profile pes|essglobal]"_s,
                            &code))
        return code;

    rdf::ExportOptions options;
    const QString path = parser.value(output);
    auto syntax = parser.isSet(format) ? rdf::syntaxFromName(parser.value(format))
                  : path.isEmpty()     ? Result<rdf::Syntax>(rdf::Syntax::Turtle)
                                       : rdf::syntaxFromFileName(path);
    if (!syntax)
        return context.report(syntax.error());
    options.syntax = *syntax;
    const QString level = parser.isSet(publicOnly) ? u"public"_s : parser.value(visibility);
    if (level != u"all") {
        const auto v = visibilityFromName(level);
        if (!v || *v == Visibility::Network)
            return context.usage(u"--visibility takes public, shared or all"_s);
        options.visibility = *v;
    }
    for (const QString &list : parser.values(kind)) {
        for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
            const auto k = kindFromName(name.trimmed());
            if (!k)
                return context.usage(u"unknown kind “%1”"_s.arg(name));
            options.kinds.append(*k);
        }
    }
    options.tombstones = !parser.isSet(noTombstones);
    if (parser.value(profile) == u"essglobal")
        options.profile = rdf::Profile::Essglobal;
    else if (parser.value(profile) != u"pes")
        return context.usage(u"--profile takes pes or essglobal"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    rdf::RdfExporter exporter(**replica);
    Result<rdf::ExportReport> report;
    if (path.isEmpty()) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.report(Error{Error::Code::Io, u"cannot write to stdout"_s});
        report = exporter.exportTo(out, options);
        out.flush();
    } else {
        report = exporter.exportToFile(path, options);
    }
    if (!report)
        return context.report(report.error());
    context.err << "Exported " << report->records << " records (" << report->statements
                << " statements) in " << report->elapsedMs << " ms" << Qt::endl;
    return Success;
}

int importTaxonomy(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s,
                                    u"turtle, ntriples, trig or nquads (default: from the file's "
                                    u"extension)."_s,
                                    u"F"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"file"_s, u"A SKOS concept scheme."_s);
    int code;
    if (context.helpOrUsage(parser, u"FILE [--format F]"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give exactly one file"_s);
    const QString path = parser.positionalArguments().constFirst();
    auto syntax = parser.isSet(format) ? rdf::syntaxFromName(parser.value(format))
                                       : rdf::syntaxFromFileName(path);
    if (!syntax)
        return context.report(syntax.error());
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto saved =
        backup::autoBackup(**replica, u"before importing %1"_s.arg(QFileInfo(path).fileName()));
    if (!saved)
        return context.report(saved.error());
    auto report = rdf::importTaxonomyFile(**replica, path, *syntax);
    if (!report)
        return context.report(report.error());
    context.out << "Loaded " << report->concepts << " concepts of " << report->schemes.join(u", ")
                << " as tags in " << report->elapsedMs << " ms\n"
                << "  created: " << report->created << ", updated: " << report->updated
                << ", unchanged: " << report->unchanged << '\n';
    return Success;
}

} // namespace

QList<Command> rdfCommands()
{
    return {
        {u"import-rdf"_s, u"Import records from Turtle, N-Triples, TriG or N-Quads"_s, importRdf},
        {u"export-rdf"_s, u"Export records as Turtle, N-Triples, TriG or N-Quads"_s, exportRdf},
        {u"import-taxonomy"_s, u"Load a SKOS concept scheme as tags"_s, importTaxonomy},
    };
}

} // namespace pes::cli
