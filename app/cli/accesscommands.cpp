// SPDX-License-Identifier: GPL-3.0-or-later
// Commands for migrating a legacy Access database: inspect it, then import it.
#include "commandcontext.h"
#include "progressline.h"

#include "access/importer.h"
#include "backup/backup.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

const QCommandLineOption encodingOption(u"encoding"_s,
                                        u"Code page of an Access 97 file's text (default: the "
                                        u"file's own, or CP1252)."_s,
                                        u"CP"_s);
const QCommandLineOption timeoutOption(u"timeout"_s,
                                       u"Stop reading after this many seconds (default 300)."_s,
                                       u"S"_s, u"300"_s);

access::ReaderOptions readerOptions(const QCommandLineParser &parser)
{
    access::ReaderOptions options;
    options.encoding = parser.value(encodingOption);
    options.timeoutSeconds = qMax(1, parser.value(timeoutOption).toInt());
    return options;
}

int inspectAccess(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({json, encodingOption, timeoutOption});
    parser.addPositionalArgument(u"file"_s, u"The .mdb or .accdb file."_s);
    int code;
    if (context.helpOrUsage(parser, u"FILE [--json] [--encoding CP]"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"one Access file is needed"_s);

    access::AccessReader reader(readerOptions(parser));
    auto inspection = reader.inspect(parser.positionalArguments().first());
    if (!inspection)
        return context.report(inspection.error());
    if (parser.isSet(json))
        context.out << QJsonDocument(inspection->toJson()).toJson(QJsonDocument::Indented);
    else
        context.out << inspection->toText();
    return Success;
}

int importAccess(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption mapping(u"mapping"_s, u"The mapping to follow (JSON)."_s, u"M.json"_s);
    const QCommandLineOption writeMapping(
        u"write-mapping"_s,
        u"Write the mapping (the suggested one without --mapping) to this file and stop, unless "
        u"--dry-run is given too."_s,
        u"M.json"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    u"Run the whole import on a copy and report; the replica is "
                                    u"not changed."_s);
    const QCommandLineOption report(u"report"_s, u"Write the JSON summary here."_s, u"R.json"_s);
    const QCommandLineOption rejects(
        u"rejects"_s, u"Write the rejected values and rows here (CSV)."_s, u"R.csv"_s);
    const QCommandLineOption source(
        u"source"_s, u"Name of the source in the replica (default: access:FILENAME)."_s, u"NAME"_s);
    parser.addOptions(
        {mapping, writeMapping, dryRun, encodingOption, report, rejects, source, timeoutOption});
    parser.addPositionalArgument(u"file"_s, u"The .mdb or .accdb file."_s);
    int code;
    if (context.helpOrUsage(
            parser,
            u"FILE [--mapping M.json] [--write-mapping M.json] [--dry-run] [--encoding CP] "
            u"[--report R.json] [--rejects R.csv]"_s,
            &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"one Access file is needed"_s);
    const QString file = parser.positionalArguments().first();

    access::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.reader = readerOptions(parser);

    access::ImportMapping plan;
    if (parser.isSet(mapping)) {
        auto loaded = access::ImportMapping::load(parser.value(mapping));
        if (!loaded)
            return context.report(loaded.error());
        plan = *loaded;
    } else {
        auto inspection = access::AccessReader(options.reader).inspect(file);
        if (!inspection)
            return context.report(inspection.error());
        plan = access::suggestMapping(*inspection);
    }
    if (parser.isSet(source))
        plan.source = parser.value(source);
    if (plan.source.isEmpty())
        plan.source = access::defaultSource(file);
    if (parser.isSet(encodingOption))
        plan.encoding = parser.value(encodingOption);

    if (parser.isSet(writeMapping)) {
        if (auto saved = plan.save(parser.value(writeMapping)); !saved)
            return context.report(saved.error());
        context.out << "Wrote the mapping to " << parser.value(writeMapping) << Qt::endl;
        if (!options.dryRun)
            return Success;
    }
    if (plan.tables.isEmpty())
        return context.report(
            {Error::Code::InvalidArgument,
             u"no table of %1 is mapped: write the suggested mapping with "
             u"--write-mapping, edit it, and pass it with --mapping"_s.arg(file)});

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    if (!options.dryRun) {
        auto saved =
            backup::autoBackup(**replica, u"before importing %1"_s.arg(QFileInfo(file).fileName()));
        if (!saved)
            return context.report(saved.error());
    }

    ProgressLine progress(context.err);
    options.progress = [&](qint64 done, qint64 total) {
        progress.show(done, total, u"  %1/%2 rows"_s.arg(done).arg(total));
    };
    auto result = access::importAccess(**replica, file, plan, options);
    progress.finish();
    if (!result)
        return context.report(result.error());

    if (parser.isSet(report)) {
        if (auto written = result->writeJson(parser.value(report)); !written)
            return context.report(written.error());
    }
    if (parser.isSet(rejects)) {
        if (auto written = result->writeRejectsCsv(parser.value(rejects)); !written)
            return context.report(written.error());
    }
    context.out << result->toText();
    return Success;
}

} // namespace

QList<Command> accessCommands()
{
    return {
        {u"inspect-access"_s, u"Show the tables, columns and links of an Access file"_s,
         inspectAccess},
        {u"import-access"_s, u"Import an Access file (rehearse with --dry-run)"_s, importAccess},
    };
}

} // namespace pes::cli
