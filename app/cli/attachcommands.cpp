// SPDX-License-Identifier: GPL-3.0-or-later
// pes attach: files attached to records (add, list, get, remove, gc).
#include "commandcontext.h"

#include "attachments/replicaattachments.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

int add(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"iri"_s, u"The record."_s);
    parser.addPositionalArgument(u"file"_s, u"The file to attach."_s);
    int code = 0;
    if (context.helpOrUsage(parser, u"IRI FILE"_s, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(u"give the record's IRI and a file"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto ref = attachFile(**replica, positional.at(0), positional.at(1));
    if (!ref)
        return context.report(ref.error());
    context.out << attachmentHashField(ref->hash) << '\t' << ref->size << '\t' << ref->name
                << Qt::endl;
    return Success;
}

int list(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"iri"_s, u"The record."_s);
    int code = 0;
    if (context.helpOrUsage(parser, u"IRI [--json]"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give the record's IRI"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto record = (*replica)->record(parser.positionalArguments().constFirst());
    if (!record)
        return context.report(record.error());
    const AttachmentStore store = attachmentStoreOf(**replica);
    QJsonArray items;
    for (const AttachmentRef &ref : attachmentsOf(record->fields)) {
        const bool here = store.contains(ref.hash);
        if (parser.isSet(json)) {
            QJsonObject item = ref.toJson();
            item.insert(u"stored"_s, here);
            items.append(item);
            continue;
        }
        // Tab-separated: hash, size, media type, whether the file is here, name.
        context.out << attachmentHashField(ref.hash) << '\t' << ref.size << '\t'
                    << (ref.mediaType.isEmpty() ? u"-"_s : ref.mediaType) << '\t'
                    << (here ? "stored" : "missing") << '\t' << ref.name << Qt::endl;
    }
    if (parser.isSet(json))
        context.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
    return Success;
}

int get(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({u"o"_s, u"output"_s}, u"Where to write the file."_s,
                                    u"FILE"_s);
    parser.addOption(output);
    parser.addPositionalArgument(u"hash"_s, u"sha256:… as “pes attach list” shows it."_s);
    int code = 0;
    if (context.helpOrUsage(parser, u"HASH -o FILE"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output))
        return context.usage(u"give a hash and -o FILE"_s);
    auto hash = parseAttachmentHash(parser.positionalArguments().constFirst());
    if (!hash)
        return context.report(hash.error());

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    const AttachmentStore store = attachmentStoreOf(**replica);
    if (auto checked = store.verify(*hash); !checked)
        return context.report(checked.error());
    auto blob = store.open(*hash);
    if (!blob)
        return context.report(blob.error());

    QSaveFile target(parser.value(output));
    if (!target.open(QIODevice::WriteOnly))
        return context.report(Error{Error::Code::Io, u"cannot write %1: %2"_s.arg(
                                                         target.fileName(), target.errorString())});
    while (!(*blob)->atEnd()) {
        const QByteArray piece = (*blob)->read(1024 * 1024);
        if (piece.isEmpty() || target.write(piece) != piece.size())
            return context.report(
                Error{Error::Code::Io,
                      u"cannot write %1: %2"_s.arg(target.fileName(), target.errorString())});
    }
    if (!target.commit())
        return context.report(Error{Error::Code::Io, u"cannot write %1: %2"_s.arg(
                                                         target.fileName(), target.errorString())});
    return Success;
}

int remove(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"iri"_s, u"The record."_s);
    parser.addPositionalArgument(u"hash"_s, u"The attachment's hash."_s);
    int code = 0;
    if (context.helpOrUsage(parser, u"IRI HASH"_s, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(u"give the record's IRI and the attachment's hash"_s);
    auto hash = parseAttachmentHash(positional.at(1));
    if (!hash)
        return context.report(hash.error());
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    if (auto removed = detachFile(**replica, positional.at(0), *hash); !removed)
        return context.report(removed.error());
    return Success;
}

int gc(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption grace(u"grace"_s,
                                   u"Spare files written in the last SECONDS (default 600)."_s,
                                   u"SECONDS"_s, u"600"_s);
    parser.addOption(grace);
    int code = 0;
    if (context.helpOrUsage(parser, u"[--grace SECONDS]"_s, &code))
        return code;
    bool ok = false;
    const int seconds = parser.value(grace).toInt(&ok);
    if (!ok || seconds < 0)
        return context.usage(u"--grace needs a number of seconds, 0 or more"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto collected = collectAttachmentGarbage(**replica, seconds);
    if (!collected)
        return context.report(collected.error());
    context.out << "removed " << collected->removed.size() << " files, " << collected->bytesFreed
                << " bytes" << Qt::endl;
    return Success;
}

int attach(CommandContext &context)
{
    static const QList<std::pair<QString, int (*)(CommandContext &)>> actions = {
        {u"add"_s, add}, {u"list"_s, list}, {u"get"_s, get}, {u"remove"_s, remove}, {u"gc"_s, gc}};
    const QString action = context.arguments.value(0);
    for (const auto &[name, run] : actions) {
        if (name == action) {
            CommandContext sub{context.command + u' ' + name, context.arguments.mid(1),
                               context.replicaPath, context.out, context.err};
            return run(sub);
        }
    }
    if (action == u"-h" || action == u"--help") {
        context.out << "pes attach add IRI FILE      attach a file to a record\n"
                       "pes attach list IRI [--json] the files of a record\n"
                       "pes attach get HASH -o FILE  copy a stored file out\n"
                       "pes attach remove IRI HASH   take a file off a record\n"
                       "pes attach gc [--grace S]    delete files nothing refers to\n";
        return Success;
    }
    return context.usage(u"say what to do: add, list, get, remove or gc"_s);
}

} // namespace

QList<Command> attachmentCommands()
{
    return {{u"attach"_s, u"Files attached to records: add, list, get, remove, gc"_s, attach}};
}

} // namespace pes::cli
