// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdfimport.h"

#include "domain/identity.h"
#include "domain/validation.h"
#include "rdflogging.h"
#include "recordgrouper.h"
#include "recordmapping.h"
#include "replica/replica.h"
#include "serdreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

constexpr int maxExamples = 20;

// The network owning a record that does not say: ours when the IRI lies
// under our base, otherwise the origin of its IRI.
QString owningNetwork(const QString &iri, const QString &ours)
{
    if (isOwnedBy(iri, ours))
        return ours;
    const QUrl url(iri);
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return ours;
    return url.scheme() + u"://"_s + url.authority();
}

class Session
{
public:
    Session(Replica &replica, ImportReport &report)
        : m_replica(replica)
        , m_report(report)
    {
    }

    Status group(const QString &iri, const QList<Statement> &statements)
    {
        if (iri.isEmpty()) {
            note(u"%1 statements about blank nodes outside any record"_s.arg(statements.size()));
            return {};
        }
        auto mapped = recordFromStatements(iri, statements);
        if (m_seen.contains(iri)) // described again further on: add to what was imported
            mapped = merged(iri, statements);
        if (!mapped) {
            if (mapped.error().code != Error::Code::NotFound)
                return std::unexpected(mapped.error());
            note(u"<%1>"_s.arg(iri));
            return {};
        }
        m_seen.insert(iri);
        return apply(*mapped);
    }

private:
    void note(const QString &what)
    {
        ++m_report.skipped;
        if (m_report.skippedExamples.size() < maxExamples)
            m_report.skippedExamples.append(what);
    }

    Result<MappedRecord> merged(const QString &iri, const QList<Statement> &statements)
    {
        auto current = m_replica.record(iri);
        if (!current || current->isDeleted())
            return recordFromStatements(iri, statements);
        auto extras = m_replica.extraStatements(current->id);
        if (!extras)
            return std::unexpected(extras.error());
        QList<Statement> all = recordToStatements(*current, *extras);
        all.append(statements);
        return recordFromStatements(iri, all);
    }

    Status reject(const Record &record, QStringList reasons)
    {
        m_report.rejected.append({record.iri, record.title(), std::move(reasons)});
        qCDebug(lcRdf) << "rejected" << record.iri << m_report.rejected.last().reasons;
        return {};
    }

    Status apply(const MappedRecord &mapped)
    {
        auto checked = checkedRecord(mapped);
        if (!checked)
            return reject(mapped.record, checked.error().message.split(u"; "_s));
        Record &record = *checked;
        if (!mapped.hasVisibility) { // say nothing, change nothing
            if (auto existing = m_replica.record(record.iri))
                record.visibility = existing->visibility;
        }
        if (record.network.isEmpty())
            record.network = owningNetwork(record.iri, m_replica.network().iri);

        auto outcome = m_replica.applyImported(record, mapped.extras);
        if (!outcome) {
            if (outcome.error().code == Error::Code::Conflict)
                return reject(record, {outcome.error().message});
            return std::unexpected(outcome.error());
        }
        switch (*outcome) {
        case Replica::ImportOutcome::Created:
            ++m_report.created;
            break;
        case Replica::ImportOutcome::Updated:
            ++m_report.updated;
            break;
        case Replica::ImportOutcome::Unchanged:
            ++m_report.unchanged;
            break;
        case Replica::ImportOutcome::Older:
            ++m_report.older;
            break;
        case Replica::ImportOutcome::Deleted:
            ++m_report.deleted;
            break;
        case Replica::ImportOutcome::UnknownTombstone:
            ++m_report.unknownTombstones;
            break;
        }
        m_report.extraStatements += mapped.extras.size();
        return {};
    }

    Replica &m_replica;
    ImportReport &m_report;
    QSet<QString> m_seen;
};

} // namespace

QJsonObject ImportReport::toJson() const
{
    QJsonArray rejectedArray;
    for (const RejectedRecord &r : rejected)
        rejectedArray.append(QJsonObject{{u"iri"_s, r.iri},
                                         {u"title"_s, r.title},
                                         {u"reasons"_s, QJsonArray::fromStringList(r.reasons)}});
    return {{u"source"_s, source},
            {u"statements"_s, statements},
            {u"created"_s, created},
            {u"updated"_s, updated},
            {u"unchanged"_s, unchanged},
            {u"older"_s, older},
            {u"deleted"_s, deleted},
            {u"unknownTombstones"_s, unknownTombstones},
            {u"extraStatements"_s, extraStatements},
            {u"rejected"_s, rejectedArray},
            {u"skipped"_s, skipped},
            {u"skippedExamples"_s, QJsonArray::fromStringList(skippedExamples)},
            {u"elapsedMs"_s, elapsedMs}};
}

Result<ImportReport> RdfImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return importDevice(file, path, options);
}

Result<ImportReport> RdfImporter::importDevice(QIODevice &device, const QString &name,
                                               const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.source = name;

    auto scope = m_replica.beginChange(u"Import %1"_s.arg(QFileInfo(name).fileName()));
    if (!scope)
        return std::unexpected(scope.error());

    Session session(m_replica, report);
    RecordGrouper grouper([&](const QString &iri, const QList<Statement> &statements) {
        return session.group(iri, statements);
    });
    const qint64 total = device.size();
    PES_TRY(StatementReader::read(
        device, options.syntax, name,
        [&](const Statement &statement) -> Status {
            if (++report.statements % 20000 == 0 && options.progress)
                options.progress(device.pos(), total);
            return grouper.add(statement);
        },
        options.baseIri));
    PES_TRY(grouper.finish());
    if (options.progress)
        options.progress(total, total);

    if (options.strict && !report.rejected.isEmpty()) {
        QStringList lines;
        for (const RejectedRecord &r :
             std::as_const(report.rejected).first(qMin<qsizetype>(report.rejected.size(), 10)))
            lines.append(u"<%1>: %2"_s.arg(r.iri, r.reasons.join(u"; ")));
        return fail(Error::Code::Parse,
                    u"%1: %2 records rejected, nothing imported (--strict):\n  %3"_s.arg(
                        name, QString::number(report.rejected.size()), lines.join(u"\n  ")));
    }
    PES_TRY(scope->commit());
    report.elapsedMs = timer.elapsed();
    qCDebug(lcRdf) << "imported" << name << report.statements << "statements in" << report.elapsedMs
                   << "ms";
    return report;
}

} // namespace pes::rdf
