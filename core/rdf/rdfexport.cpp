// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdfexport.h"

#include "essglobalprofile.h"
#include "recordmapping.h"
#include "replica/recordrow.h"
#include "replica/replica.h"
#include "serdwriter.h"

#include <QElapsedTimer>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pes::rdf {

namespace {

int rank(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public:
        return 0;
    case Visibility::Shared:
        return 1;
    case Visibility::Network:
        return 2;
    }
    return 2;
}

} // namespace

bool isExported(const Record &record, const ExportOptions &options)
{
    if (!options.kinds.isEmpty() && !options.kinds.contains(record.kind))
        return false;
    if (!options.tombstones && record.isDeleted())
        return false;
    if (!options.visibility)
        return true;
    if (rank(record.visibility) > rank(*options.visibility))
        return false;
    if (record.kind == Kind::ContactPoint &&
        record.fields.value(u"displayLevel"_s).toString() != u"public")
        return false;
    return true;
}

Result<ExportReport> RdfExporter::exportTo(QIODevice &out, const ExportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    sql::Database &db = m_replica.database();

    QString where;
    if (!options.kinds.isEmpty()) {
        QStringList names;
        for (Kind kind : options.kinds)
            names.append(u"'"_s + kindInfo(kind).name + u"'"_s);
        where = u" WHERE kind IN (%1)"_s.arg(names.join(u", "));
    }
    auto total = db.scalar(u"SELECT count(*) FROM record"_s + where);
    if (!total)
        return std::unexpected(total.error());
    auto select = db.prepare(recordSelectSql() + where + u" ORDER BY iri"_s);
    if (!select)
        return std::unexpected(select.error());

    ExportOptions effective = options;
    if (options.profile == Profile::Essglobal) {
        effective.visibility = Visibility::Public;
        effective.kinds = {Kind::Organisation};
        effective.tombstones = false;
    }
    StatementWriter writer(out, options.syntax);
    const bool restricted = options.visibility.has_value();
    sql::Query query(**select);
    qint64 seen = 0;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Record record = recordFromRow(*query);
        if (options.progress && ++seen % 5000 == 0)
            options.progress(seen, total->toLongLong());
        if (!isExported(record, effective))
            continue;
        if (restricted)
            record.fields.remove(u"notes"_s);
        if (options.profile == Profile::Essglobal) {
            PES_TRY(writer.writeGroup(recordToEssglobal(record), Term::iri(record.iri)));
            ++report.records;
            continue;
        }
        QStringList extras;
        if (!record.isDeleted()) {
            auto stored = m_replica.extraStatements(record.id);
            if (!stored)
                return std::unexpected(stored.error());
            extras = *stored;
        }
        PES_TRY(writer.writeGroup(recordToStatements(record, extras), Term::iri(record.iri)));
        ++report.records;
    }
    PES_TRY(writer.finish());
    if (options.progress)
        options.progress(total->toLongLong(), total->toLongLong());
    report.statements = writer.statementsWritten();
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<ExportReport> RdfExporter::exportToFile(const QString &path, const ExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    auto report = exportTo(file, options);
    if (!report) {
        file.cancelWriting();
        return report;
    }
    if (!file.commit())
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return report;
}

} // namespace pes::rdf
