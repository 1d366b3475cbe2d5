// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that carry a device's unsynced work to another device by a file.
#include "commandcontext.h"

#include "bundleexport.h"
#include "bundleimport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

int exportBundle(CommandContext &context, Replica &replica)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The .pesbundle file to write."_s,
                                    u"FILE"_s);
    const QCommandLineOption since(u"since-last-bundle"_s,
                                   u"Only changes made since the last bundle exported here."_s);
    const QCommandLineOption records(
        u"records"_s, u"Only changes to these records (repeat it, or list IRIs after it)."_s,
        u"IRI"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({output, since, records, json});
    parser.addPositionalArgument(u"iri"_s, u"More records, with --records."_s, u"[IRI...]"_s);
    int code = Success;
    if (context.helpOrUsage(
            parser, u"export [--since-last-bundle | --records IRI...] -o FILE.pesbundle"_s, &code))
        return code;
    if (!parser.isSet(output))
        return context.usage(u"give the bundle file to write with -o FILE.pesbundle"_s);
    if (parser.isSet(since) && parser.isSet(records))
        return context.usage(u"choose --since-last-bundle or --records, not both"_s);
    if (!parser.isSet(records) && !parser.positionalArguments().isEmpty())
        return context.usage(u"record IRIs are given after --records"_s);

    bundle::ExportOptions options;
    options.output = parser.value(output);
    if (parser.isSet(since))
        options.scope = bundle::ExportOptions::Scope::SinceLastBundle;
    if (parser.isSet(records)) {
        options.scope = bundle::ExportOptions::Scope::Records;
        options.records = parser.values(records) + parser.positionalArguments();
    }
    auto report = bundle::exportBundle(replica, options);
    if (!report)
        return context.report(report.error());
    if (parser.isSet(json)) {
        context.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
        context.out.flush();
        return Success;
    }
    context.out << "Wrote " << report->path << " (" << report->bytes
                << " bytes): " << report->operations << " operation(s) on " << report->records
                << " record(s)";
    if (report->attachments > 0)
        context.out << ", " << report->attachments << " attachment(s)";
    context.out << ".\n";
    if (report->missingAttachments > 0)
        context.out << report->missingAttachments
                    << " attachment(s) are not on this device and stay out of the bundle.\n";
    if (report->drafts > 0)
        context.out << report->drafts << " operation(s) on drafts stay on this device.\n";
    context.out << "They stay waiting here too: when this device syncs, the hub recognises "
                   "those another device already sent.\n";
    context.out.flush();
    return Success;
}

int importBundle(CommandContext &context, Replica &replica)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"file"_s, u"The .pesbundle file to import."_s);
    int code = Success;
    if (context.helpOrUsage(parser, u"import FILE.pesbundle [--json]"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give one bundle file to import"_s);
    auto report = bundle::importBundle(replica, parser.positionalArguments().first());
    if (!report)
        return context.report(report.error());
    if (parser.isSet(json)) {
        context.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
        context.out.flush();
        return Success;
    }
    context.out << "Imported the bundle of device " << report->device << ": " << report->operations
                << " operation(s), " << report->applied << " applied, " << report->known
                << " already known, " << report->held << " waiting for a conflict to be settled.\n"
                << "Records: " << report->created << " created, " << report->updated << " updated";
    if (report->attachments > 0)
        context.out << "; " << report->attachments << " attachment(s), " << report->attachmentsAdded
                    << " new here";
    context.out << ".\n";
    if (report->conflicts > 0)
        context.out << report->conflicts << " conflict(s) to settle: see “pes conflicts list”.\n";
    if (report->applied > 0)
        context.out << "Run “pes sync” to send them to the hub.\n";
    context.out.flush();
    return Success;
}

int bundleCommand(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    if (action != u"export" && action != u"import") {
        if (action == u"--help" || action == u"-h") {
            context.out << "Usage: pes bundle export [--since-last-bundle | --records IRI...] -o "
                           "FILE.pesbundle\n       pes bundle import FILE.pesbundle\n"
                           "Carry this device's unsynced changes to another device of the same "
                           "network by a file.\n";
            context.out.flush();
            return Success;
        }
        return context.usage(u"use “pes bundle export” or “pes bundle import”"_s);
    }
    context.arguments = context.arguments.mid(1);
    context.command = u"bundle "_s + action;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    return action == u"export" ? exportBundle(context, **replica)
                               : importBundle(context, **replica);
}

} // namespace

QList<Command> bundleCommands()
{
    return {
        {u"bundle"_s, u"Carry unsynced changes to another device by a file, and import them"_s,
         bundleCommand},
    };
}

} // namespace pes::cli
