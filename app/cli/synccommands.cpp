// SPDX-License-Identifier: GPL-3.0-or-later
// Commands about the regional hub: where it is, syncing, and settling conflicts.
#include "commandcontext.h"
#include "progressline.h"

#include "engine/automaticsync.h"
#include "engine/conflicts.h"
#include "engine/notices.h"
#include "engine/syncengine.h"
#include "replica/journal.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"(no value)"_s;
    if (value.isBool())
        return value.toBool() ? u"deleted"_s : u"kept"_s;
    return encodeJournalValue(value);
}

QJsonObject conflictJson(const sync::Conflict &conflict, const QString &title)
{
    return {{u"id"_s, conflict.id},
            {u"record"_s, conflict.record},
            {u"title"_s, title},
            {u"field"_s, conflict.field},
            {u"mine"_s, conflict.mine},
            {u"theirs"_s, conflict.theirs},
            {u"base"_s, conflict.base},
            {u"hubVersion"_s, conflict.hubVersion},
            {u"detected"_s, conflict.detected.toString(Qt::ISODate)},
            {u"resolution"_s, conflict.resolution},
            {u"origin"_s, conflict.origin.isEmpty() ? u"hub"_s : conflict.origin}};
}

int hub(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    context.arguments = context.arguments.mid(1);
    QCommandLineParser parser;
    const QCommandLineOption token(u"token"_s, u"This device's token, from the hub's admin."_s,
                                   u"TOKEN"_s);
    const QCommandLineOption ca(
        u"ca"_s, u"PEM file of the authority that signed the hub's certificate."_s, u"FILE"_s);
    const QCommandLineOption every(
        u"every"_s, u"With “auto on”: minutes between automatic syncs (1 to 1440)."_s,
        u"MINUTES"_s);
    parser.addOptions({token, ca, every});
    parser.addPositionalArgument(u"url"_s, u"The hub's address, such as http://127.0.0.1:8470."_s);
    if (!context.parse(parser,
                       u"set URL --token TOKEN [--ca FILE] | show | auto on [--every MINUTES] | "
                       u"auto off"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    auto replica = context.openReplica();
    if (action == u"set") {
        if (parser.positionalArguments().size() != 1 || !parser.isSet(token))
            return context.usage(u"give the hub's address and --token"_s);
        if (!replica)
            return context.report(replica.error());
        if (auto set = sync::SyncEngine::configure(
                **replica, QUrl(parser.positionalArguments().first()), parser.value(token));
            !set)
            return context.report(set.error());
        context.out << "This replica now syncs with " << parser.positionalArguments().first()
                    << Qt::endl;
        return Success;
    }
    if (action == u"show") {
        if (!replica)
            return context.report(replica.error());
        sync::SyncStore store((*replica)->database());
        for (const QString &key : {u"hub.url"_s, u"last.success"_s, u"last.failure"_s,
                                   u"last.error"_s, u"feed.cursor"_s, u"feed.watermark"_s})
            context.out << key.leftJustified(15) << store.value(key).value_or(QString()) << '\n';
        auto automatic = sync::readAutomaticSync(store);
        if (!automatic)
            return context.report(automatic.error());
        context.out << u"automatic"_s.leftJustified(15)
                    << (automatic->enabled ? u"on"_s : u"off (only on request)"_s);
        if (automatic->enabled)
            context.out << (automatic->intervalMinutes > 0
                                ? u", every %1 minutes"_s.arg(automatic->intervalMinutes)
                                : u", at the app's pace"_s);
        context.out << Qt::endl;
        return Success;
    }
    if (action == u"auto") {
        const QString choice = parser.positionalArguments().value(0);
        if (parser.positionalArguments().size() != 1 || (choice != u"on" && choice != u"off"))
            return context.usage(
                u"use “pes hub auto on [--every MINUTES]” or “pes hub auto off”"_s);
        if (!replica)
            return context.report(replica.error());
        sync::AutomaticSync settings{choice == u"on", 0};
        if (parser.isSet(every)) {
            bool ok = false;
            settings.intervalMinutes = parser.value(every).toInt(&ok);
            if (!ok || settings.intervalMinutes < 1)
                return context.usage(u"--every takes a number of minutes, 1 to 1440"_s);
        }
        sync::SyncStore store((*replica)->database());
        if (auto saved = sync::writeAutomaticSync(store, settings); !saved)
            return context.report(saved.error());
        context.out << (settings.enabled ? "PES Desktop syncs this replica on its own."
                                         : "PES Desktop syncs this replica only on request.")
                    << Qt::endl;
        return Success;
    }
    return context.usage(
        u"use “pes hub set URL --token TOKEN”, “pes hub show” or “pes hub auto on|off”"_s);
}

int syncNow(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    if (!context.parse(parser, u"[--json]"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    sync::SyncEngine engine(**replica);
    ProgressLine progress(context.err, !parser.isSet(json));
    QObject::connect(&engine, &sync::SyncEngine::progress, &engine,
                     [&](qint64 cursor, qint64 watermark) {
                         progress.show(cursor, watermark,
                                       u"Receiving: change %1 of %2"_s.arg(cursor).arg(watermark));
                     });
    ProgressLine filesProgress(context.err, !parser.isSet(json));
    QObject::connect(
        &engine, &sync::SyncEngine::attachmentProgress, &engine, [&](qint64 done, qint64 total) {
            progress.finish();
            filesProgress.show(done, total,
                               u"Attached files: %1 of %2 kB"_s.arg(done / 1024).arg(total / 1024));
        });
    auto report = engine.sync();
    progress.finish();
    filesProgress.finish();
    if (parser.isSet(json)) {
        QJsonObject object = report ? report->toJson() : QJsonObject();
        object.insert(u"ok"_s, report.has_value());
        if (!report) {
            object.insert(u"problem"_s, sync::problemName(report.error().problem));
            object.insert(u"error"_s, report.error().message);
        }
        context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        context.out.flush();
        return report ? Success : Failure;
    }
    if (!report) {
        context.err << "pes sync: " << report.error().message << Qt::endl;
        return Failure;
    }
    context.out << "Sent " << report->pushed << " change(s): " << report->applied << " applied, "
                << report->conflicting << " in conflict, " << report->refused << " refused.\n"
                << "Received " << report->pulled << " record(s).\n";
    for (const QString &refusal : std::as_const(report->refusals))
        context.out << "Refused: " << refusal << '\n';
    const sync::BlobReport &files = report->attachments;
    if (files.uploaded + files.downloaded > 0 || !files.unavailable.isEmpty())
        context.out << "Attachments: " << files.uploaded << " sent (" << files.bytesSent
                    << " bytes), " << files.downloaded << " received (" << files.bytesReceived
                    << " bytes), " << files.unavailable.size() << " not on the hub yet.\n";
    if (report->openConflicts > 0)
        context.out << report->openConflicts
                    << " conflict(s) to settle: see “pes conflicts list”.\n";
    if (report->newNotices > 0)
        context.out << report->newNotices
                    << " new need(s) match what your network offers: see “pes notices”.\n";
    context.out.flush();
    return Success;
}

QJsonObject noticeJson(const sync::Notice &notice)
{
    return {{u"id"_s, notice.id},
            {u"need"_s, notice.need},
            {u"needTitle"_s, notice.needTitle},
            {u"needNetwork"_s, notice.needNetwork},
            {u"match"_s, notice.match},
            {u"matchTitle"_s, notice.matchTitle},
            {u"matchKind"_s, kindInfo(notice.matchKind).name},
            {u"reason"_s, notice.reason == sync::Notice::Reason::Tag ? u"tag"_s : u"area"_s},
            {u"detail"_s, notice.detail},
            {u"created"_s, notice.created.toString(Qt::ISODateWithMs)},
            {u"read"_s, notice.read.isValid() ? QJsonValue(notice.read.toString(Qt::ISODateWithMs))
                                              : QJsonValue()}};
}

int notices(CommandContext &context)
{
    const bool marking = context.arguments.value(0) == u"read";
    if (marking)
        context.arguments = context.arguments.mid(1);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption all(u"all"_s, u"Include notices already read (with read: all of "
                                           u"them)."_s);
    parser.addOptions({json, all});
    parser.addPositionalArgument(u"id"_s, u"With read: the notices' numbers."_s);
    if (!context.parse(parser, u"[--all] [--json] | read --all | read ID..."_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    sync::NoticeBoard board((*replica)->database(), (*replica)->network().iri);

    if (marking) {
        QList<qint64> ids;
        for (const QString &argument : parser.positionalArguments()) {
            bool ok = false;
            ids.append(argument.toLongLong(&ok));
            if (!ok)
                return context.usage(u"“%1” is not a notice number"_s.arg(argument));
        }
        if (ids.isEmpty() && !parser.isSet(all))
            return context.usage(u"give the notices' numbers, or --all"_s);
        if (auto marked = board.markRead(ids); !marked)
            return context.report(marked.error());
        return Success;
    }
    auto list = board.notices(!parser.isSet(all));
    if (!list)
        return context.report(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const sync::Notice &notice : std::as_const(*list))
            array.append(noticeJson(notice));
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const sync::Notice &notice : std::as_const(*list))
            context.out << '#' << notice.id << " need “" << notice.needTitle << "” ("
                        << notice.needNetwork << ") matches “" << notice.matchTitle << "”: "
                        << (notice.reason == sync::Notice::Reason::Tag ? "same tag " : "same area ")
                        << notice.detail << (notice.read.isValid() ? " (read)" : "") << '\n';
        if (list->isEmpty())
            context.err << "No notice." << Qt::endl;
    }
    context.out.flush();
    return Success;
}

int conflicts(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    context.arguments = context.arguments.mid(1);
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption all(u"all"_s, u"Include settled conflicts."_s);
    const QCommandLineOption mine(u"mine"_s, u"Keep this device's value."_s);
    const QCommandLineOption theirs(u"theirs"_s, u"Take the hub's value."_s);
    const QCommandLineOption value(u"value"_s, u"Use this value instead (JSON or text)."_s, u"V"_s);
    parser.addOptions({json, all, mine, theirs, value});
    parser.addPositionalArgument(u"id"_s, u"The conflict's number."_s);
    if (!context.parse(
            parser,
            u"list [--all] [--json] | show ID [--json] | resolve ID --mine|--theirs|--value V"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    sync::SyncStore store((*replica)->database());
    auto titleOf = [&](const QString &iri) {
        auto record = (*replica)->record(iri);
        return record ? record->title() : QString();
    };

    if (action == u"list") {
        auto list = store.conflicts(!parser.isSet(all));
        if (!list)
            return context.report(list.error());
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const auto &conflict : std::as_const(*list))
                array.append(conflictJson(conflict, titleOf(conflict.record)));
            context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &conflict : std::as_const(*list))
                context.out << '#' << conflict.id << ' ' << titleOf(conflict.record) << " — "
                            << conflict.field << ": mine " << shown(conflict.mine) << ", theirs "
                            << shown(conflict.theirs)
                            << (conflict.origin == u"bundle" ? u" (from a bundle)"_s : QString())
                            << (conflict.resolved.isValid()
                                    ? u" (settled: "_s + conflict.resolution + u')'
                                    : QString())
                            << '\n';
            if (list->isEmpty())
                context.err << "No conflict." << Qt::endl;
        }
        context.out.flush();
        return Success;
    }

    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return context.usage(u"give the conflict's number (see “pes conflicts list”)"_s);
    if (action == u"show") {
        auto conflict = store.conflict(id);
        if (!conflict)
            return context.report(conflict.error());
        if (!*conflict)
            return context.report({Error::Code::NotFound, u"no conflict #%1"_s.arg(id)});
        const QJsonObject object = conflictJson(**conflict, titleOf((*conflict)->record));
        if (parser.isSet(json)) {
            context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            context.out << "Record  " << (*conflict)->record << " ("
                        << object.value(u"title"_s).toString() << ")\nField   "
                        << (*conflict)->field << "\nMine    " << shown((*conflict)->mine)
                        << "\nTheirs  " << shown((*conflict)->theirs) << "\nBase    "
                        << shown((*conflict)->base) << '\n';
        }
        context.out.flush();
        return Success;
    }
    if (action == u"resolve") {
        const int chosen =
            int(parser.isSet(mine)) + int(parser.isSet(theirs)) + int(parser.isSet(value));
        if (chosen != 1)
            return context.usage(u"choose one of --mine, --theirs or --value"_s);
        QJsonValue edited;
        if (parser.isSet(value)) {
            edited = decodeJournalValue(parser.value(value));
            if (edited.isUndefined() || edited.isNull())
                edited = parser.value(value);
        }
        const auto settlement = parser.isSet(mine)     ? sync::Settlement::Mine
                                : parser.isSet(theirs) ? sync::Settlement::Theirs
                                                       : sync::Settlement::Edited;
        if (auto settled = sync::settleConflict(**replica, id, settlement, edited); !settled)
            return context.report(settled.error());
        context.out << "Settled conflict #" << id << "; run “pes sync” to send the decision."
                    << Qt::endl;
        return Success;
    }
    return context.usage(u"use list, show or resolve"_s);
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {u"hub"_s, u"Set or show the regional hub this replica syncs with"_s, hub},
        {u"sync"_s, u"Send local changes to the hub and receive the others"_s, syncNow},
        {u"conflicts"_s, u"List, show and settle sync conflicts"_s, conflicts},
        {u"notices"_s, u"New needs from other networks that match your offers"_s, notices},
    };
}

} // namespace pes::cli
