// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include "replica/journal.h"
#include "wire/nquads.h"
#include "wire/recordgraph.h"
#include "wire/vocabulary.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pes::wire {

namespace {

const QString uuidPrefix = u"urn:uuid:"_s;
const QString resultPrefix = u"urn:pes:result:"_s;

// The statements of the metadata graph about one subject.
struct Node
{
    QMultiHash<QString, Term> properties;

    QString text(const QString &local) const { return properties.value(vocab::term(local)).value; }
    qint64 integer(const QString &local) const { return text(local).toLongLong(); }
    QDateTime time(const QString &local) const
    {
        return QDateTime::fromString(text(local), Qt::ISODateWithMs);
    }
    bool has(const QString &local) const { return properties.contains(vocab::term(local)); }
    QJsonValue json(const QString &local) const
    {
        return has(local) ? decodeJournalValue(text(local)) : QJsonValue(QJsonValue::Null);
    }
    QStringList all(const QString &local) const
    {
        QStringList values;
        for (const Term &term : properties.values(vocab::term(local)))
            values.append(term.value);
        return values;
    }
};

class Writer
{
public:
    void add(const QString &subject, const QString &local, const Term &object)
    {
        quads.append({Term::iri(subject), vocab::term(local), object, vocab::metaGraph});
    }
    void text(const QString &subject, const QString &local, const QString &value)
    {
        add(subject, local, Term::literal(value));
    }
    void integer(const QString &subject, const QString &local, qint64 value)
    {
        add(subject, local, Term::literal(QString::number(value), vocab::xsdInteger));
    }
    void time(const QString &subject, const QString &local, const QDateTime &value)
    {
        if (value.isValid())
            add(subject, local,
                Term::literal(value.toUTC().toString(Qt::ISODateWithMs), vocab::xsdDateTime));
    }
    void json(const QString &subject, const QString &local, const QJsonValue &value)
    {
        if (!value.isNull() && !value.isUndefined())
            add(subject, local, Term::literal(encodeJournalValue(value), vocab::rdfJson));
    }
    void type(const QString &subject, const QString &local)
    {
        quads.append(
            {Term::iri(subject), vocab::rdfType, Term::iri(vocab::term(local)), vocab::metaGraph});
    }

    QList<Quad> quads;
};

struct Parsed
{
    QHash<QString, Node> meta;
    QHash<QString, QList<Quad>> graphs;
};

Result<Parsed> parse(const QByteArray &body, const QString &what)
{
    auto quads = parseNQuads(body, what);
    if (!quads)
        return std::unexpected(quads.error());
    Parsed parsed;
    for (const Quad &quad : std::as_const(*quads)) {
        if (quad.graph == vocab::metaGraph)
            parsed.meta[quad.subject.value].properties.insert(quad.predicate, quad.object);
        else if (!quad.graph.isEmpty())
            parsed.graphs[quad.graph].append(quad);
    }
    return parsed;
}

QList<QString> subjectsOfType(const Parsed &parsed, const QString &local)
{
    QList<QString> subjects;
    for (auto it = parsed.meta.begin(); it != parsed.meta.end(); ++it) {
        for (const Term &type : it->properties.values(vocab::rdfType)) {
            if (type.value == vocab::term(local))
                subjects.append(it.key());
        }
    }
    return subjects;
}

QString stripUuid(const QString &iri)
{
    return iri.startsWith(uuidPrefix) ? iri.mid(uuidPrefix.size()) : iri;
}

void writeRecord(Writer &writer, const RemoteRecord &record)
{
    const QString &s = record.iri;
    writer.type(s, u"Record"_s);
    writer.text(s, u"kind"_s, kindInfo(record.kind).name);
    writer.add(s, u"network"_s, Term::iri(record.network));
    writer.text(s, u"visibility"_s, visibilityName(record.visibility));
    writer.integer(s, u"version"_s, record.version);
    writer.integer(s, u"sequence"_s, record.sequence);
    writer.time(s, u"created"_s, record.created);
    writer.time(s, u"modified"_s, record.modified);
    writer.time(s, u"deleted"_s, record.deleted);
    if (record.withdrawn)
        writer.add(s, u"withdrawn"_s, Term::literal(u"true"_s, vocab::xsdBoolean));
    if (!record.lastChange.isEmpty())
        writer.add(s, u"lastChange"_s, Term::iri(uuidPrefix + record.lastChange));
    if (!record.deleted.isValid() && !record.withdrawn) {
        Record state;
        state.iri = record.iri;
        state.kind = record.kind;
        state.network = record.network;
        state.fields = record.fields;
        appendRecordGraph(writer.quads, state, record.iri);
    }
}

Result<QList<RemoteRecord>> readRecords(const Parsed &parsed)
{
    QList<RemoteRecord> records;
    for (const QString &iri : subjectsOfType(parsed, u"Record"_s)) {
        const Node &node = parsed.meta[iri];
        RemoteRecord record;
        record.iri = iri;
        const auto kind = kindFromName(node.text(u"kind"_s));
        const auto visibility = visibilityFromName(node.text(u"visibility"_s));
        if (!kind || !visibility)
            return fail(Error::Code::Parse,
                        u"<%1>: missing or unknown kind or visibility"_s.arg(iri));
        record.kind = *kind;
        record.visibility = *visibility;
        record.network = node.text(u"network"_s);
        record.version = node.integer(u"version"_s);
        record.sequence = node.integer(u"sequence"_s);
        record.created = node.time(u"created"_s);
        record.modified = node.time(u"modified"_s);
        record.deleted = node.time(u"deleted"_s);
        record.withdrawn = node.text(u"withdrawn"_s) == u"true";
        record.lastChange = stripUuid(node.text(u"lastChange"_s));
        if (!record.deleted.isValid() && !record.withdrawn) {
            auto fields = fieldsFromGraph(iri, record.kind, parsed.graphs.value(iri));
            if (!fields)
                return std::unexpected(fields.error());
            record.fields = *fields;
        }
        records.append(record);
    }
    std::sort(records.begin(), records.end(),
              [](const RemoteRecord &a, const RemoteRecord &b) { return a.sequence < b.sequence; });
    return records;
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return u"applied"_s;
    case Outcome::Conflict:
        return u"conflict"_s;
    case Outcome::Refused:
        return u"refused"_s;
    }
    return {};
}

QByteArray encodePush(const QList<PushOperation> &operations)
{
    Writer writer;
    for (const PushOperation &op : operations) {
        const QString s = uuidPrefix + op.opId;
        writer.type(s, u"Operation"_s);
        writer.add(s, u"change"_s, Term::iri(uuidPrefix + op.changeId));
        writer.text(s, u"device"_s, op.device);
        writer.add(s, u"record"_s, Term::iri(op.record));
        writer.text(s, u"kind"_s, kindInfo(op.kind).name);
        writer.text(s, u"field"_s, op.field);
        writer.json(s, u"oldValue"_s, op.oldValue);
        writer.json(s, u"newValue"_s, op.newValue);
        writer.text(s, u"hlc"_s, op.hlc);
        writer.integer(s, u"baseVersion"_s, op.baseVersion);
        writer.integer(s, u"position"_s, op.position);
    }
    return writeNQuads(writer.quads);
}

Result<QList<PushOperation>> decodePush(const QByteArray &body)
{
    auto parsed = parse(body, u"push"_s);
    if (!parsed)
        return std::unexpected(parsed.error());
    QList<PushOperation> operations;
    for (const QString &subject : subjectsOfType(*parsed, u"Operation"_s)) {
        const Node &node = parsed->meta[subject];
        PushOperation op;
        op.opId = stripUuid(subject);
        op.changeId = stripUuid(node.text(u"change"_s));
        op.device = node.text(u"device"_s);
        op.record = node.text(u"record"_s);
        op.field = node.text(u"field"_s);
        op.oldValue = node.json(u"oldValue"_s);
        op.newValue = node.json(u"newValue"_s);
        op.hlc = node.text(u"hlc"_s);
        op.baseVersion = node.integer(u"baseVersion"_s);
        op.position = node.integer(u"position"_s);
        const auto kind = kindFromName(node.text(u"kind"_s));
        if (!kind || op.opId.isEmpty() || op.changeId.isEmpty() || op.record.isEmpty() ||
            op.field.isEmpty())
            return fail(
                Error::Code::Parse,
                u"push: operation <%1> lacks its change, record, kind or field"_s.arg(subject));
        op.kind = *kind;
        operations.append(op);
    }
    std::sort(
        operations.begin(), operations.end(),
        [](const PushOperation &a, const PushOperation &b) { return a.position < b.position; });
    return operations;
}

QByteArray encodePushResponse(const PushResponse &response)
{
    Writer writer;
    for (qsizetype i = 0; i < response.results.size(); ++i) {
        const RecordResult &result = response.results.at(i);
        const QString s = resultPrefix + QString::number(i);
        writer.type(s, u"Result"_s);
        writer.add(s, u"change"_s, Term::iri(uuidPrefix + result.changeId));
        writer.add(s, u"record"_s, Term::iri(result.record));
        writer.text(s, u"outcome"_s, outcomeName(result.outcome));
        writer.integer(s, u"version"_s, result.version);
        writer.integer(s, u"position"_s, i);
        if (!result.message.isEmpty())
            writer.text(s, u"message"_s, result.message);
        for (const QString &op : result.applied)
            writer.add(s, u"applied"_s, Term::iri(uuidPrefix + op));
        for (const QString &op : result.conflicting)
            writer.add(s, u"conflicting"_s, Term::iri(uuidPrefix + op));
        for (const QString &op : result.refused)
            writer.add(s, u"refused"_s, Term::iri(uuidPrefix + op));
    }
    for (const RemoteRecord &record : response.current)
        writeRecord(writer, record);
    return writeNQuads(writer.quads);
}

Result<PushResponse> decodePushResponse(const QByteArray &body)
{
    auto parsed = parse(body, u"push response"_s);
    if (!parsed)
        return std::unexpected(parsed.error());
    PushResponse response;
    QList<std::pair<qint64, RecordResult>> ordered;
    for (const QString &subject : subjectsOfType(*parsed, u"Result"_s)) {
        const Node &node = parsed->meta[subject];
        RecordResult result;
        result.changeId = stripUuid(node.text(u"change"_s));
        result.record = node.text(u"record"_s);
        const QString outcome = node.text(u"outcome"_s);
        if (outcome == u"applied")
            result.outcome = Outcome::Applied;
        else if (outcome == u"conflict")
            result.outcome = Outcome::Conflict;
        else if (outcome == u"refused")
            result.outcome = Outcome::Refused;
        else
            return fail(Error::Code::Parse, u"push response: unknown outcome “%1”"_s.arg(outcome));
        result.version = node.integer(u"version"_s);
        result.message = node.text(u"message"_s);
        for (const QString &op : node.all(u"applied"_s))
            result.applied.append(stripUuid(op));
        for (const QString &op : node.all(u"conflicting"_s))
            result.conflicting.append(stripUuid(op));
        for (const QString &op : node.all(u"refused"_s))
            result.refused.append(stripUuid(op));
        ordered.append({node.integer(u"position"_s), result});
    }
    std::sort(ordered.begin(), ordered.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(ordered))
        response.results.append(entry.second);
    auto records = readRecords(*parsed);
    if (!records)
        return std::unexpected(records.error());
    response.current = *records;
    return response;
}

QByteArray encodeFeed(const FeedPage &page)
{
    Writer writer;
    writer.type(vocab::feedNode, u"FeedPage"_s);
    writer.integer(vocab::feedNode, u"cursor"_s, page.cursor);
    writer.integer(vocab::feedNode, u"watermark"_s, page.watermark);
    writer.add(vocab::feedNode, u"more"_s,
               Term::literal(page.more ? u"true"_s : u"false"_s, vocab::xsdBoolean));
    for (const RemoteRecord &record : page.records)
        writeRecord(writer, record);
    return writeNQuads(writer.quads);
}

Result<FeedPage> decodeFeed(const QByteArray &body)
{
    auto parsed = parse(body, u"feed"_s);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->meta.contains(vocab::feedNode))
        return fail(Error::Code::Parse, u"feed: the page lacks its cursor"_s);
    const Node &feed = parsed->meta[vocab::feedNode];
    FeedPage page;
    page.cursor = feed.integer(u"cursor"_s);
    page.watermark = feed.integer(u"watermark"_s);
    page.more = feed.text(u"more"_s) == u"true";
    auto records = readRecords(*parsed);
    if (!records)
        return std::unexpected(records.error());
    page.records = *records;
    return page;
}

} // namespace pes::wire
