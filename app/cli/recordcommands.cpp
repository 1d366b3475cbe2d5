// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that create, change and show single records.
#include "commandcontext.h"

#include "replica/recordrow.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

// Reads NAME=VALUE pairs; an empty VALUE clears the field.
Result<QJsonObject> parseAssignments(const QStringList &assignments)
{
    QJsonObject fields;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return fail(Error::Code::InvalidArgument,
                        u"“%1” is not a field assignment; write NAME=VALUE"_s.arg(assignment));
        const QString value = assignment.mid(equals + 1);
        fields.insert(assignment.left(equals), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return fields;
}

Result<std::optional<Visibility>> parseVisibility(const QString &text)
{
    if (text.isEmpty())
        return std::optional<Visibility>();
    const auto visibility = visibilityFromName(text);
    if (!visibility)
        return fail(Error::Code::InvalidArgument,
                    u"unknown visibility “%1”; use public, shared or network"_s.arg(text));
    return std::optional<Visibility>(visibility);
}

QCommandLineOption visibilityOption()
{
    return {u"visibility"_s, u"Who may see the record: public, shared or network."_s,
            u"VISIBILITY"_s};
}

int add(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption field(u"field"_s, u"A field value; repeat for each field."_s,
                                   u"NAME=VALUE"_s);
    parser.addOption(field);
    parser.addOption(visibilityOption());
    parser.addPositionalArgument(u"kind"_s, u"organisation, person, exchange, event, ..."_s);
    if (!context.parse(parser, u"KIND --field NAME=VALUE... [--visibility V]"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give exactly one kind of record"_s);

    const QString kindName = parser.positionalArguments().constFirst();
    const auto kind = kindFromName(kindName);
    if (!kind) {
        QStringList names;
        for (Kind k : allKinds())
            names.append(kindInfo(k).name);
        return context.usage(
            u"unknown kind “%1”; kinds are: %2"_s.arg(kindName, names.join(u", ")));
    }
    auto fields = parseAssignments(parser.values(field));
    if (!fields)
        return context.report(fields.error());
    auto visibility = parseVisibility(parser.value(u"visibility"_s));
    if (!visibility)
        return context.report(visibility.error());

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    CreateOptions options;
    options.visibility = *visibility;
    auto iri = (*replica)->create(*kind, *fields, options);
    if (!iri)
        return context.report(iri.error());
    context.out << *iri << Qt::endl;
    return Success;
}

int edit(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addOption(visibilityOption());
    parser.addPositionalArgument(u"iri"_s, u"The record to change."_s);
    parser.addPositionalArgument(u"assignments"_s,
                                 u"NAME=VALUE; an empty VALUE clears the field."_s);
    if (!context.parse(parser, u"IRI NAME=VALUE... [--visibility V]"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usage(u"give the IRI of the record to edit"_s);
    auto fields = parseAssignments(positional.mid(1));
    if (!fields)
        return context.report(fields.error());
    auto visibility = parseVisibility(parser.value(u"visibility"_s));
    if (!visibility)
        return context.report(visibility.error());
    if (fields->isEmpty() && !*visibility)
        return context.usage(u"nothing to change: give NAME=VALUE or --visibility"_s);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    if (auto updated = (*replica)->update(positional.constFirst(), *fields, *visibility); !updated)
        return context.report(updated.error());
    return Success;
}

// delete takes one IRI and calls one Replica method (restore IRI: backupcommands.cpp).
int withIri(CommandContext &context, Status (Replica::*action)(const QString &))
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"iri"_s, u"The record."_s);
    if (!context.parse(parser, u"IRI"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give exactly one IRI"_s);
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    if (auto done = ((**replica).*action)(parser.positionalArguments().constFirst()); !done)
        return context.report(done.error());
    return Success;
}

int undoOrRedo(CommandContext &context, bool redo)
{
    QCommandLineParser parser;
    if (!context.parse(parser, QString()))
        return parser.isSet(u"help"_s) ? Success : Usage;
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto description = redo ? (*replica)->redo() : (*replica)->undo();
    if (!description)
        return context.report(description.error());
    context.out << (redo ? "Redone: " : "Undone: ") << *description << Qt::endl;
    return Success;
}

QJsonObject recordJson(const Record &record)
{
    QJsonObject json{{u"iri"_s, record.iri},
                     {u"kind"_s, kindInfo(record.kind).name},
                     {u"title"_s, record.title()},
                     {u"network"_s, record.network},
                     {u"visibility"_s, visibilityName(record.visibility)},
                     {u"created"_s, storedTime(record.created)},
                     {u"modified"_s, storedTime(record.modified)},
                     {u"version"_s, record.version},
                     {u"fields"_s, record.fields}};
    if (record.isDeleted())
        json.insert(u"deleted"_s, storedTime(record.deletedAt));
    return json;
}

QString displayValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(displayValue(item));
        return items.join(u", ");
    }
    if (value.isBool())
        return value.toBool() ? u"yes"_s : u"no"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

int show(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"iri"_s, u"The record."_s);
    if (!context.parse(parser, u"IRI [--json]"_s))
        return parser.isSet(u"help"_s) ? Success : Usage;
    if (parser.positionalArguments().size() != 1)
        return context.usage(u"give exactly one IRI"_s);
    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    auto record = (*replica)->record(parser.positionalArguments().constFirst());
    if (!record)
        return context.report(record.error());

    if (parser.isSet(json)) {
        context.out << QJsonDocument(recordJson(*record)).toJson(QJsonDocument::Indented);
        return Success;
    }
    const KindInfo &info = kindInfo(record->kind);
    context.out << info.label << ": " << record->title() << '\n'
                << "  iri: " << record->iri << '\n'
                << "  visibility: " << visibilityName(record->visibility) << '\n'
                << "  version: " << record->version << ", modified " << storedTime(record->modified)
                << '\n';
    if (record->isDeleted())
        context.out << "  in the trash since " << storedTime(record->deletedAt) << '\n';
    for (const FieldInfo &field : info.fields) {
        if (record->fields.contains(field.name))
            context.out << "  " << field.name << ": "
                        << displayValue(record->fields.value(field.name)) << '\n';
    }
    return Success;
}

} // namespace

QList<Command> recordCommands()
{
    return {
        {u"add"_s, u"Create a record and print its IRI"_s, add},
        {u"edit"_s, u"Change fields of a record"_s, edit},
        {u"delete"_s, u"Move a record to the trash"_s,
         [](CommandContext &c) { return withIri(c, &Replica::remove); }},
        {u"undo"_s, u"Undo the last change"_s,
         [](CommandContext &c) { return undoOrRedo(c, false); }},
        {u"redo"_s, u"Redo the last undone change"_s,
         [](CommandContext &c) { return undoOrRedo(c, true); }},
        {u"show"_s, u"Show a record"_s, show},
    };
}

} // namespace pes::cli
