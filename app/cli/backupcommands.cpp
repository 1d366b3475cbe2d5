// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that save a replica to a backup file and put one back.
#include "commandcontext.h"

#include "backup/backup.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

const QCommandLineOption
    replicaOption(u"replica"_s, u"The replica (also accepted before the command)."_s, u"PATH"_s);

qint64 recordCount(const backup::Manifest &manifest)
{
    qint64 total = 0;
    for (auto it = manifest.counts.cbegin(); it != manifest.counts.cend(); ++it) {
        if (it.key() != u"deleted" && it.key() != u"changes" && !it.key().contains(u"perations"))
            total += it.value();
    }
    return total;
}

void describe(QTextStream &out, const backup::Manifest &manifest)
{
    out << "  network: " << manifest.networkName << " <" << manifest.networkIri << ">\n"
        << "  taken: " << manifest.created.toString(Qt::ISODate) << " on device " << manifest.device
        << " (" << manifest.reason << ")\n"
        << "  schema version: " << manifest.schemaVersion << '\n'
        << "  records: " << recordCount(manifest) << " (" << manifest.counts.value(u"deleted"_s)
        << " in the trash, " << manifest.counts.value(u"unsyncedOperations"_s)
        << " operations not yet synced)\n";
}

// "pes restore IRI" brings a record back from the trash; a path is never an IRI.
bool isRecordIri(const QString &argument)
{
    return argument.startsWith(u"http://") || argument.startsWith(u"https://");
}

int restoreRecord(CommandContext &context, const QString &iri)
{
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    if (auto done = (*replica)->restore(iri); !done)
        return context.report(done.error());
    return Success;
}

int backupCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"The backup file to write."_s,
                                    u"FILE"_s);
    const QCommandLineOption list(u"list"_s, u"List the automatic backups of the replica."_s);
    parser.addOptions({output, list, replicaOption});
    if (!context.parse(parser, u"-o FILE | --list"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    if (parser.isSet(replicaOption))
        context.replicaPath = parser.value(replicaOption);

    if (parser.isSet(list)) {
        for (const QString &path : backup::automaticBackups(context.replicaPath))
            context.out << path << " (" << QFileInfo(path).size() / 1024 << " KiB)\n";
        return Success;
    }
    if (!parser.isSet(output))
        return context.usage(u"say where to write the backup with -o FILE"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    QElapsedTimer timer;
    timer.start();
    const QString file = parser.value(output);
    auto manifest = backup::writeBackup(**replica, file);
    if (!manifest)
        return context.report(manifest.error());
    context.out << "Backed up " << context.replicaPath << " to " << file << " ("
                << QFileInfo(file).size() / 1024 << " KiB) in " << timer.elapsed() << " ms\n";
    describe(context.out, *manifest);
    return Success;
}

int restoreCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption force(u"force"_s,
                                   u"Replace an existing replica (a backup of it is kept)."_s);
    const QCommandLineOption check(u"check"_s, u"Only check the backup; change nothing."_s);
    parser.addOptions({force, check, replicaOption});
    parser.addPositionalArgument(u"file"_s, u"The backup file, or the IRI of a record."_s);
    if (!context.parse(parser, u"FILE [--replica PATH] [--force] [--check] | IRI"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give one backup file, or the IRI of a record in the trash"_s);
    if (parser.isSet(replicaOption))
        context.replicaPath = parser.value(replicaOption);
    const QString file = parser.positionalArguments().first();
    if (isRecordIri(file))
        return restoreRecord(context, file);

    if (parser.isSet(check)) {
        auto manifest = backup::verifyBackup(file);
        if (!manifest)
            return context.report(manifest.error());
        context.out << file << " is a sound backup:\n";
        describe(context.out, *manifest);
        return Success;
    }
    auto restored = backup::restoreBackup(file, context.replicaPath, {parser.isSet(force)});
    if (!restored)
        return context.report(restored.error());
    context.out << "Restored " << file << " to " << context.replicaPath << '\n';
    describe(context.out, restored->manifest);
    if (!restored->replacedKeptAs.isEmpty())
        context.out << "The replaced replica is kept in " << restored->replacedKeptAs << '\n';
    return Success;
}

} // namespace

QList<Command> backupCommands()
{
    return {
        {u"backup"_s, u"Save the replica to a backup file"_s, backupCommand},
        {u"restore"_s, u"Restore the replica from a backup file, or a record from the trash"_s,
         restoreCommand},
    };
}

} // namespace pes::cli
