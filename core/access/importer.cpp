// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "attachments/replicaattachments.h"
#include "domain/validation.h"
#include "embeddedfiles.h"
#include "fieldconversion.h"
#include "text/folding.h"

#include <QBuffer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace pes::access {

namespace {

const QString attachmentsField = u"attachments"_s;

// The record's attachments with the imported ones it lacks added after them
// (the same content is never attached twice); `added` counts those.
QJsonValue mergeAttachments(const QJsonValue &existing, const QJsonValue &imported, qint64 *added)
{
    QJsonArray merged = existing.toArray();
    QSet<QString> hashes;
    for (const AttachmentRef &ref : attachmentsOf({{attachmentsField, merged}}))
        hashes.insert(ref.hash);
    for (const AttachmentRef &ref : attachmentsOf({{attachmentsField, imported}})) {
        if (!hashes.contains(ref.hash)) {
            hashes.insert(ref.hash);
            merged.append(ref.toJson());
            ++*added;
        }
    }
    return merged.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(merged);
}

// One import run against one replica (the real one, or a staging copy).
class ImportRun
{
public:
    ImportRun(Replica &replica, const ImportMapping &mapping, ImportReport &report)
        : m_replica(replica)
        , m_db(replica.database())
        , m_mapping(mapping)
        , m_report(report)
    {
    }

    Status importTable(const TableMapping &table, const QStringList &columns, const AccessRow &row);

private:
    Result<QString> knownRecord(const QString &table, const QString &key);
    Status remember(const QString &table, const QString &key, const QString &iri);
    Result<QString> matchExisting(Kind kind, const QJsonObject &fields, bool *nameOnly);
    // Creates or updates the record for a source key; returns its IRI.
    Result<QString> upsert(const TableMapping &table, const QString &sourceKey, Kind kind,
                           const QJsonObject &fields, TableReport &counts, bool match,
                           const QString &rowKey);
    void reject(const TableMapping &table, const QString &rowKey, const QString &column,
                const QJsonValue &raw, const QString &reason, bool wholeRow = false)
    {
        m_report.rejects.append(
            {table.table, rowKey, column, accessValueText(raw), reason, wholeRow});
    }
    TableReport &counts(const TableMapping &table);
    // Puts the files of an attachment or OLE value into the replica's store and
    // adds their references to `fields`; a file that cannot be taken is a reject.
    void storeFiles(const TableMapping &table, const QString &rowKey, const QString &column,
                    const QJsonValue &raw, QJsonObject &fields);

    Replica &m_replica;
    sql::Database &m_db;
    const ImportMapping &m_mapping;
    ImportReport &m_report;
    QHash<QString, QSet<QString>> m_seenKeys; // per table, in this run
};

void ImportRun::storeFiles(const TableMapping &table, const QString &rowKey, const QString &column,
                           const QJsonValue &raw, QJsonObject &fields)
{
    const EmbeddedFiles found = embeddedFilesOf(raw, column);
    for (const EmbeddedFileProblem &problem : found.problems)
        reject(table, rowKey, column, problem.name.isEmpty() ? raw : QJsonValue(problem.name),
               problem.reason);
    if (found.files.isEmpty())
        return;
    AttachmentStore store = attachmentStoreOf(m_replica);
    QJsonArray attachments = fields.value(attachmentsField).toArray();
    for (const EmbeddedFile &file : found.files) {
        QBuffer buffer;
        buffer.setData(file.content);
        buffer.open(QIODevice::ReadOnly);
        auto ref = store.put(buffer, file.name, file.mediaType);
        if (!ref) {
            reject(table, rowKey, column, file.name, ref.error().message);
            continue;
        }
        bool already = false;
        for (const AttachmentRef &existing : attachmentsOf({{attachmentsField, attachments}}))
            already |= existing.hash == ref->hash;
        if (!already)
            attachments.append(ref->toJson());
    }
    if (!attachments.isEmpty())
        fields.insert(attachmentsField, attachments);
}

TableReport &ImportRun::counts(const TableMapping &table)
{
    for (TableReport &t : m_report.tables) {
        if (t.table == table.table)
            return t;
    }
    m_report.tables.append({table.table, kindInfo(table.kind).name});
    return m_report.tables.last();
}

Result<QString> ImportRun::knownRecord(const QString &table, const QString &key)
{
    auto query = m_db.prepare(u"SELECT record FROM import_source WHERE source = ? AND "
                              u"source_table = ? AND source_key = ?"_s);
    if (!query)
        return std::unexpected(query.error());
    sql::Query q(**query);
    q->bind(1, m_mapping.source).bind(2, table).bind(3, key);
    auto row = q->next();
    if (!row)
        return std::unexpected(row.error());
    return *row ? q->text(0) : QString();
}

Status ImportRun::remember(const QString &table, const QString &key, const QString &iri)
{
    auto query = m_db.prepare(
        u"INSERT INTO import_source (source, source_table, source_key, record, imported) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, source_table, source_key) "
        u"DO UPDATE SET record = excluded.record, imported = excluded.imported"_s);
    if (!query)
        return std::unexpected(query.error());
    sql::Query q(**query);
    q->bind(1, m_mapping.source).bind(2, table).bind(3, key).bind(4, iri);
    q->bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q->run();
}

Result<QString> ImportRun::matchExisting(Kind kind, const QJsonObject &fields, bool *nameOnly)
{
    *nameOnly = false;
    const QString kindName = kindInfo(kind).name;
    auto firstIri = [&](const QString &sql, const QString &value) -> Result<QString> {
        auto query = m_db.prepare(sql);
        if (!query)
            return std::unexpected(query.error());
        sql::Query q(**query);
        q->bind(1, kindName).bind(2, value).bind(3, m_mapping.source);
        auto row = q->next();
        if (!row)
            return std::unexpected(row.error());
        return *row ? q->text(0) : QString();
    };
    // Records this same source already imported are its own rows, not matches.
    const QString notFromSource =
        u" AND iri NOT IN (SELECT record FROM import_source WHERE source = ?) LIMIT 1"_s;

    if (const QString siret = fields.value(u"siret"_s).toString(); !siret.isEmpty()) {
        auto iri = firstIri(u"SELECT iri FROM record WHERE kind = ? AND deleted IS NULL AND "
                            u"json_extract(fields, '$.siret') = ?"_s +
                                notFromSource,
                            siret);
        if (!iri || !iri->isEmpty())
            return iri;
    }
    if (const QString email = fields.value(u"email"_s).toString(); !email.isEmpty()) {
        auto iri = firstIri(u"SELECT iri FROM record WHERE kind = ? AND deleted IS NULL AND "
                            u"lower(json_extract(fields, '$.email')) = lower(?)"_s +
                                notFromSource,
                            email);
        if (!iri || !iri->isEmpty())
            return iri;
    }
    QStringList titleParts;
    for (const QString &f : kindInfo(kind).titleFields) {
        if (const QString part = fields.value(f).toString(); !part.isEmpty())
            titleParts.append(part);
    }
    if (titleParts.isEmpty())
        return QString();
    auto iri = firstIri(u"SELECT iri FROM record WHERE kind = ? AND deleted IS NULL AND "
                        u"sort_key = ?"_s +
                            notFromSource,
                        foldText(titleParts.join(u' ')));
    if (iri && !iri->isEmpty())
        *nameOnly = true;
    return iri;
}

Result<QString> ImportRun::upsert(const TableMapping &table, const QString &sourceKey, Kind kind,
                                  const QJsonObject &fields, TableReport &counts, bool match,
                                  const QString &rowKey)
{
    auto known = knownRecord(table.table, sourceKey);
    if (!known)
        return std::unexpected(known.error());
    QString iri = *known;
    bool linked = false;
    QString candidate;

    if (!iri.isEmpty()) {
        auto existing = m_replica.record(iri);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return std::unexpected(existing.error());
        if (!existing)
            iri.clear(); // the record is gone for good: import the row again
    }
    // Only organisations and people are matched: other records are too alike to tell apart.
    if (iri.isEmpty() && match && (kind == Kind::Organisation || kind == Kind::Person)) {
        bool nameOnly = false;
        auto found = matchExisting(kind, fields, &nameOnly);
        if (!found)
            return std::unexpected(found.error());
        if (nameOnly)
            candidate = *found;
        else if (!found->isEmpty()) {
            iri = *found;
            linked = true;
        }
    }

    if (iri.isEmpty()) {
        auto created = m_replica.create(kind, fields);
        if (!created)
            return std::unexpected(created.error());
        PES_TRY(remember(table.table, sourceKey, *created));
        if (kind == table.kind) {
            ++counts.created;
            counts.attachments += fields.value(attachmentsField).toArray().size();
            if (!candidate.isEmpty()) {
                QStringList title;
                for (const QString &f : kindInfo(kind).titleFields)
                    title.append(fields.value(f).toString());
                m_report.candidates.append(
                    {table.table, rowKey, *created, candidate, title.join(u' ').trimmed()});
            }
        }
        return *created;
    }

    auto record = m_replica.record(iri);
    if (!record)
        return std::unexpected(record.error());
    QJsonObject changes;
    qint64 attached = 0;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        // Imported files are added to those the record has, never replace them.
        const QJsonValue wanted =
            it.key() == attachmentsField
                ? mergeAttachments(record->fields.value(it.key()), it.value(), &attached)
                : it.value();
        if (record->fields.value(it.key()) != wanted)
            changes.insert(it.key(), wanted);
    }
    if (!changes.isEmpty() && !record->isDeleted()) {
        PES_TRY(m_replica.update(iri, changes));
        if (kind == table.kind)
            counts.attachments += attached;
    }
    if (linked)
        PES_TRY(remember(table.table, sourceKey, iri));
    if (kind == table.kind) {
        if (linked)
            ++counts.linked;
        else if (changes.isEmpty() || record->isDeleted())
            ++counts.unchanged;
        else
            ++counts.updated;
    }
    return iri;
}

Status ImportRun::importTable(const TableMapping &table, const QStringList &columns,
                              const AccessRow &row)
{
    TableReport &tally = counts(table);
    ++tally.rows;
    auto value = [&](const QString &column) {
        const qsizetype at = columns.indexOf(column);
        return at < 0 ? QJsonValue() : row.values.at(at);
    };

    QStringList keyParts;
    for (const QString &column : table.key)
        keyParts.append(accessValueText(value(column)));
    const QString rowKey = table.key.isEmpty() ? u"#%1"_s.arg(row.number) : keyParts.join(u'|');

    // A row must be found again on the next run: its key must be there and unique.
    if (!table.key.isEmpty() && keyParts.join(QString()).trimmed().isEmpty()) {
        reject(table, u"#%1"_s.arg(row.number), table.key.join(u", "_s), {},
               u"the key is empty: the row could not be found again on a re-run"_s, true);
        ++tally.rejectedRows;
        return {};
    }
    QSet<QString> &seen = m_seenKeys[table.table];
    if (seen.contains(rowKey)) {
        reject(table, rowKey, table.key.join(u", "_s), {},
               u"another row of the table has the same key"_s, true);
        ++tally.rejectedRows;
        return {};
    }
    seen.insert(rowKey);

    // Values the worker could not read, in the columns this import uses.
    for (const QJsonValue &v : row.issues) {
        const QJsonObject issue = v.toObject();
        const QString column = issue.value(u"column"_s).toString();
        if (table.fields.contains(column) || table.contacts.contains(column))
            reject(table, rowKey, column, issue.value(u"raw"_s),
                   issue.value(u"reason"_s).toString());
    }

    const KindInfo &info = kindInfo(table.kind);
    QJsonObject fields = table.constants;
    for (auto it = table.fields.cbegin(); it != table.fields.cend(); ++it) {
        const QJsonValue raw = value(it.key());
        if (it.value() == attachmentsField) {
            storeFiles(table, rowKey, it.key(), raw, fields);
            continue;
        }
        auto converted = convertAccessValue(*info.field(it.value()), raw);
        if (!converted)
            reject(table, rowKey, it.key(), raw, converted.error().message);
        else if (!converted->isNull())
            fields.insert(it.value(), *converted);
    }
    for (const ReferenceMapping &reference : table.references) {
        const QString target = accessValueText(value(reference.column));
        if (target.isEmpty())
            continue;
        auto iri = knownRecord(reference.table, target);
        if (!iri)
            return std::unexpected(iri.error());
        if (iri->isEmpty())
            reject(table, rowKey, reference.column, value(reference.column),
                   u"no imported row of table “%1” has this key"_s.arg(reference.table));
        else
            fields.insert(reference.field, *iri);
    }
    if (auto required = checkRequired(table.kind, fields); !required) {
        reject(table, rowKey, {}, {}, required.error().message, true);
        ++tally.rejectedRows;
        return {};
    }

    auto iri = upsert(table, rowKey, table.kind, fields, tally, true, rowKey);
    if (!iri) {
        if (iri.error().code == Error::Code::Storage)
            return std::unexpected(iri.error());
        reject(table, rowKey, {}, {}, iri.error().message, true);
        ++tally.rejectedRows;
        return {};
    }

    const FieldInfo &contactValue = *kindInfo(Kind::ContactPoint).field(u"value"_s);
    for (auto it = table.contacts.cbegin(); it != table.contacts.cend(); ++it) {
        const QJsonValue raw = value(it.key());
        FieldInfo rule = contactValue;
        if (it.value() == u"phone" || it.value() == u"mobile" || it.value() == u"fax")
            rule.type = FieldType::Phone;
        else if (it.value() == u"email")
            rule.type = FieldType::Email;
        else if (it.value() == u"website")
            rule.type = FieldType::Url;
        auto converted = convertAccessValue(rule, raw);
        if (!converted) {
            reject(table, rowKey, it.key(), raw, converted.error().message);
            continue;
        }
        if (converted->isNull())
            continue;
        const QJsonObject contact{
            {u"owner"_s, *iri}, {u"medium"_s, it.value()}, {u"value"_s, *converted}};
        auto made = upsert(table, rowKey + u'#' + it.key(), Kind::ContactPoint, contact, tally,
                           false, rowKey);
        if (!made)
            return std::unexpected(made.error());
        ++tally.contactPoints;
    }

    if (table.engagement) {
        const EngagementMapping &e = *table.engagement;
        const QString organisationKey = accessValueText(value(e.column));
        if (!organisationKey.isEmpty()) {
            auto organisation = knownRecord(e.table, organisationKey);
            if (!organisation)
                return std::unexpected(organisation.error());
            if (organisation->isEmpty()) {
                reject(table, rowKey, e.column, value(e.column),
                       u"no imported row of table “%1” has this key"_s.arg(e.table));
            } else {
                QJsonObject engagement{
                    {u"person"_s, *iri}, {u"organisation"_s, *organisation}, {u"role"_s, e.role}};
                if (const QString detail = accessValueText(value(e.roleDetailColumn)).trimmed();
                    !e.roleDetailColumn.isEmpty() && !detail.isEmpty())
                    engagement.insert(u"roleDetail"_s, detail);
                auto made = upsert(table, rowKey + u"#engagement"_s, Kind::Engagement, engagement,
                                   tally, false, rowKey);
                if (!made)
                    return std::unexpected(made.error());
                ++tally.engagements;
            }
        }
    }
    return {};
}

Status runImport(Replica &replica, const QString &path, const ImportMapping &mapping,
                 const ImportOptions &options, const AccessInspection &inspection,
                 ImportReport &report)
{
    auto change = replica.beginChange(u"Import of %1"_s.arg(mapping.source));
    if (!change)
        return std::unexpected(change.error());

    qint64 total = 0;
    for (const TableMapping &t : mapping.tables)
        total += inspection.table(t.table)->rows;
    qint64 done = 0;

    ImportRun run(replica, mapping, report);
    AccessReader reader(options.reader);
    for (const TableMapping &table : mapping.orderedTables()) {
        PES_TRY(reader.read(
            path, {table.table},
            [&](const QString &, const QStringList &columns, const AccessRow &row) -> Status {
                PES_TRY(run.importTable(table, columns, row));
                if (options.progress)
                    options.progress(++done, total);
                return Status{};
            }));
    }
    return change->commit();
}

} // namespace

Result<ImportReport> importAccess(Replica &replica, const QString &path,
                                  const ImportMapping &mapping, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();

    ImportMapping effective = mapping;
    if (effective.source.isEmpty())
        effective.source = defaultSource(path);
    ImportOptions effectiveOptions = options;
    if (effectiveOptions.reader.encoding.isEmpty())
        effectiveOptions.reader.encoding = effective.encoding;

    AccessReader reader(effectiveOptions.reader);
    auto inspection = reader.inspect(path);
    if (!inspection)
        return std::unexpected(inspection.error());
    PES_TRY(effective.check(*inspection));

    ImportReport report;
    report.file = inspection->file;
    report.source = effective.source;
    report.format = inspection->format;
    report.dryRun = options.dryRun;

    if (!options.dryRun) {
        PES_TRY(runImport(replica, path, effective, effectiveOptions, *inspection, report));
    } else {
        // The staging area: a consistent copy of the replica, thrown away afterwards.
        QTemporaryDir staging;
        if (!staging.isValid())
            return fail(Error::Code::Io, u"no temporary folder for the dry run"_s);
        const QString copy = staging.filePath(u"staging.sqlite"_s);
        PES_TRY(replica.database().exec(
            u"VACUUM INTO '%1'"_s.arg(QString(copy).replace(u"'"_s, u"''"_s))));
        auto staged = Replica::open(copy);
        if (!staged)
            return std::unexpected(staged.error());
        PES_TRY(runImport(**staged, path, effective, effectiveOptions, *inspection, report));
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace pes::access
