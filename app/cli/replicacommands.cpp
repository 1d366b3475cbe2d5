// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about the replica as a whole: create it, search it, count it, fill it.
#include "commandcontext.h"
#include "progressline.h"

#include "demo/demodata.h"
#include "replica/journal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

int init(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption iri(u"network-iri"_s, u"The network's base IRI."_s, u"IRI"_s);
    const QCommandLineOption name(u"network-name"_s, u"The network's name."_s, u"NAME"_s);
    parser.addOptions({iri, name});
    int code;
    if (context.helpOrUsage(parser, u"--network-iri IRI --network-name NAME"_s, &code))
        return code;
    if (!parser.isSet(iri) || !parser.isSet(name))
        return context.usage(u"both --network-iri and --network-name are needed"_s);

    auto replica = Replica::create(context.replicaPath, {parser.value(iri), parser.value(name)});
    if (!replica)
        return context.report(replica.error());
    context.out << "Created the replica of " << (*replica)->network().name << " in "
                << context.replicaPath << Qt::endl;
    return Success;
}

Result<QList<Kind>> parseKinds(const QStringList &names)
{
    QList<Kind> kinds;
    for (const QString &list : names) {
        for (const QString &name : list.split(u',', Qt::SkipEmptyParts)) {
            const auto kind = kindFromName(name.trimmed());
            if (!kind)
                return fail(Error::Code::InvalidArgument, u"unknown kind “%1”"_s.arg(name));
            kinds.append(*kind);
        }
    }
    return kinds;
}

int search(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, u"Only records of this kind (repeatable)."_s,
                                  u"KIND"_s);
    const QCommandLineOption tag(u"tag"_s, u"Only records with this tag (IRI or label)."_s,
                                 u"TAG"_s);
    const QCommandLineOption place(u"place"_s, u"Only records in this town or postcode."_s,
                                   u"PLACE"_s);
    const QCommandLineOption network(u"network"_s, u"Only records of this network."_s, u"IRI"_s);
    const QCommandLineOption trash(u"trash"_s, u"Search the trash."_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N results (default 20)."_s, u"N"_s,
                                   u"20"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({kind, tag, place, network, trash, limit, json});
    parser.addPositionalArgument(u"text"_s, u"Words to look for; each matches as a prefix."_s);
    int code;
    if (context.helpOrUsage(parser, u"TEXT [--kind K] [--place P] [--tag T] [--limit N] [--json]"_s,
                            &code))
        return code;

    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    auto kinds = parseKinds(parser.values(kind));
    if (!kinds)
        return context.report(kinds.error());
    query.kinds = *kinds;
    query.tag = parser.value(tag);
    query.place = parser.value(place);
    query.network = parser.value(network);
    query.deleted = parser.isSet(trash);
    bool ok = false;
    query.limit = parser.value(limit).toInt(&ok);
    if (!ok || query.limit <= 0)
        return context.usage(u"--limit needs a positive number"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto hits = (*replica)->search(query);
    if (!hits)
        return context.report(hits.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(*hits))
            array.append(QJsonObject{{u"iri"_s, hit.iri},
                                     {u"kind"_s, kindInfo(hit.kind).name},
                                     {u"title"_s, hit.title},
                                     {u"city"_s, hit.city},
                                     {u"postcode"_s, hit.postcode}});
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        context.out << kindInfo(hit.kind).name.leftJustified(13) << hit.title;
        if (!hit.city.isEmpty())
            context.out << " (" << hit.postcode << ' ' << hit.city << ')';
        context.out << "\n    " << hit.iri << '\n';
    }
    if (hits->isEmpty())
        context.err << "No record matches." << Qt::endl;
    return Success;
}

int stats(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    int code;
    if (context.helpOrUsage(parser, u"[--json]"_s, &code))
        return code;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto stats = (*replica)->stats();
    if (!stats)
        return context.report(stats.error());

    if (parser.isSet(json)) {
        QJsonObject records;
        for (Kind kind : allKinds())
            records.insert(kindInfo(kind).name, stats->records.value(kind));
        const QJsonObject object{{u"network"_s, (*replica)->network().iri},
                                 {u"networkName"_s, (*replica)->network().name},
                                 {u"device"_s, (*replica)->deviceId()},
                                 {u"records"_s, records},
                                 {u"deleted"_s, stats->deleted},
                                 {u"unsyncedOperations"_s, stats->unsyncedOperations},
                                 {u"schemaVersion"_s, stats->schemaVersion},
                                 {u"fileSize"_s, stats->fileSize}};
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        return Success;
    }
    context.out << "Replica of " << (*replica)->network().name << " <" << (*replica)->network().iri
                << ">\n"
                << "  file: " << (*replica)->path() << " (" << stats->fileSize / 1024 << " KiB)\n"
                << "  schema version: " << stats->schemaVersion << '\n';
    for (Kind kind : allKinds())
        context.out << "  " << QString(kindInfo(kind).name + u':').leftJustified(14)
                    << stats->records.value(kind) << '\n';
    context.out << "  in the trash: " << stats->deleted << '\n'
                << "  operations not yet synced: " << stats->unsyncedOperations << '\n';
    return Success;
}

int demo(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption organisations(u"organisations"_s, u"How many organisations."_s, u"N"_s,
                                           u"500"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generator (default 1)."_s, u"S"_s,
                                  u"1"_s);
    const QCommandLineOption only(u"organisations-only"_s,
                                  u"Create organisations without people, exchanges or events."_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print no progress."_s);
    parser.addOptions({organisations, seed, only, quiet});
    int code;
    if (context.helpOrUsage(parser, u"--organisations N [--seed S]"_s, &code))
        return code;

    DemoOptions options;
    bool ok = false;
    options.organisations = parser.value(organisations).toInt(&ok);
    if (!ok || options.organisations < 0)
        return context.usage(u"--organisations needs a number of 0 or more"_s);
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(u"--seed needs a whole number"_s);
    options.related = !parser.isSet(only);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    QElapsedTimer timer;
    timer.start();
    ProgressLine progress(context.err, !parser.isSet(quiet));
    auto created = generateDemoData(**replica, options, [&](int done, int total) {
        progress.show(done, total, u"Creating demo data: %1/%2"_s.arg(done).arg(total));
    });
    progress.finish();
    if (!created)
        return context.report(created.error());
    qint64 total = 0;
    for (int n : std::as_const(*created))
        total += n;
    context.out << "Created " << total << " records (" << created->value(Kind::Organisation)
                << " organisations) in " << timer.elapsed() << " ms" << Qt::endl;
    return Success;
}

int journal(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption record(u"record"_s, u"The operations on one record."_s, u"IRI"_s);
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOptions({record, json});
    int code;
    if (context.helpOrUsage(parser, u"[--record IRI] [--json]"_s, &code))
        return code;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    Journal journal((*replica)->database());
    auto operations =
        parser.isSet(record) ? journal.forRecord(parser.value(record)) : journal.unsynced(100000);
    if (!operations)
        return context.report(operations.error());
    QJsonArray array;
    for (const JournalOperation &op : std::as_const(*operations)) {
        const QJsonObject item{{u"op"_s, op.opId},       {u"change"_s, op.changeId},
                               {u"record"_s, op.record}, {u"field"_s, op.field},
                               {u"old"_s, op.oldValue},  {u"new"_s, op.newValue},
                               {u"hlc"_s, op.hlc},       {u"synced"_s, op.synced}};
        if (parser.isSet(json))
            array.append(item);
        else
            context.out << op.hlc << ' ' << op.record << ' ' << op.field << ' '
                        << encodeJournalValue(op.oldValue) << " -> "
                        << encodeJournalValue(op.newValue).left(120) << '\n';
    }
    if (parser.isSet(json))
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Success;
}

QString describeField(const FieldInfo &field)
{
    QString type = fieldTypeName(field.type);
    if (field.referenceKind)
        type += u" to " + kindInfo(*field.referenceKind).name;
    if (!field.choices.isEmpty())
        type += u": " + field.choices.join(u", ");
    return type;
}

int kinds(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption markdown(u"markdown"_s, u"Print the data model as Markdown."_s);
    parser.addOption(markdown);
    parser.addPositionalArgument(u"kind"_s, u"Only this kind."_s);
    int code;
    if (context.helpOrUsage(parser, u"[KIND] [--markdown]"_s, &code))
        return code;
    auto only = parseKinds(parser.positionalArguments());
    if (!only)
        return context.report(only.error());

    const bool md = parser.isSet(markdown);
    if (md)
        context.out
            << "# The data model\n\nGenerated by `pes kinds --markdown`: the kinds of record "
               "a replica holds and their fields. Every record also has an IRI, its owning "
               "network, a visibility (public, shared, network), created and modified "
               "times and a version.\n";
    for (Kind kind : allKinds()) {
        if (!only->isEmpty() && !only->contains(kind))
            continue;
        const KindInfo &info = kindInfo(kind);
        if (md)
            context.out << "\n## " << info.label << " (`" << info.name
                        << "`)\n\nIRIs: `<network>/id/" << info.pathSegment
                        << "/<uuid>`; default visibility: "
                        << visibilityName(info.defaultVisibility)
                        << ".\n\n| field | label | type | required |\n| --- | --- | --- | --- |\n";
        else
            context.out << info.name << " (" << info.label << ")\n";
        for (const FieldInfo &field : info.fields) {
            if (md)
                context.out << "| `" << field.name << "` | " << field.label << " | "
                            << describeField(field) << " | " << (field.required ? "yes" : "")
                            << " |\n";
            else
                context.out << "  " << field.name.leftJustified(16) << describeField(field)
                            << (field.required ? " (required)" : "") << '\n';
        }
    }
    return Success;
}

} // namespace

QList<Command> replicaCommands()
{
    return {
        {u"init"_s, u"Create a replica for a network"_s, init},
        {u"search"_s, u"Search records by words and filters"_s, search},
        {u"stats"_s, u"Count records and unsynced operations"_s, stats},
        {u"demo"_s, u"Fill the replica with demo data"_s, demo},
        {u"journal"_s, u"List unsynced operations, or those of one record"_s, journal},
        {u"kinds"_s, u"List the kinds of record and their fields"_s, kinds},
    };
}

} // namespace pes::cli
