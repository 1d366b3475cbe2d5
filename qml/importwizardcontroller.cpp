// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardcontroller.h"

#include "access/accessreader.h"
#include "access/importer.h"
#include "backup/backup.h"
#include "desktoplogging.h"
#include "domain/kinds.h"
#include "localpath.h"
#include "replicasession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pes::desktop {

ImportWizardController::ImportWizardController(QObject *parent)
    : QObject(parent)
{
}

ImportWizardController::~ImportWizardController()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportWizardController::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QVariantList ImportWizardController::tables() const
{
    QVariantList result;
    for (const access::AccessTable &table : m_inspection.tables) {
        QStringList columns;
        QStringList types;
        for (const access::AccessColumn &column : table.columns) {
            columns.append(column.name);
            types.append(column.type);
        }
        QVariantList samples;
        for (const QJsonArray &row : table.samples) {
            QStringList cells;
            for (const QJsonValue &value : row)
                cells.append(value.isString() ? value.toString()
                             : value.isNull() ? QString()
                                              : value.toVariant().toString());
            samples.append(cells);
        }
        result.append(QVariantMap{{u"name"_s, table.name},
                                  {u"rows"_s, table.rows},
                                  {u"columns"_s, columns},
                                  {u"types"_s, types},
                                  {u"primaryKey"_s, table.primaryKey},
                                  {u"error"_s, table.error},
                                  {u"samples"_s, samples}});
    }
    return result;
}

QVariantList ImportWizardController::mappingTables() const
{
    QVariantList result;
    for (const access::AccessTable &table : m_inspection.tables) {
        const access::TableMapping *mapped = nullptr;
        for (const access::TableMapping &candidate : m_mapping.tables)
            if (candidate.table == table.name)
                mapped = &candidate;
        const access::TableMapping *shown = mapped;
        const auto excluded = m_excluded.constFind(table.name);
        if (!shown && excluded != m_excluded.cend())
            shown = &excluded.value();
        QVariantList columns;
        for (const access::AccessColumn &column : table.columns)
            columns.append(QVariantMap{
                {u"column"_s, column.name},
                {u"type"_s, column.type},
                {u"field"_s, shown ? shown->fields.value(column.name) : QString()},
                {u"contact"_s, shown ? shown->contacts.value(column.name) : QString()}});
        result.append(QVariantMap{{u"table"_s, table.name},
                                  {u"included"_s, mapped != nullptr},
                                  {u"kind"_s, shown ? kindInfo(shown->kind).name : QString()},
                                  {u"columns"_s, columns}});
    }
    return result;
}

QStringList ImportWizardController::kindNames() const
{
    QStringList names;
    for (Kind kind : allKinds())
        names.append(kindInfo(kind).name);
    return names;
}

QStringList ImportWizardController::fieldNames(const QString &kind) const
{
    QStringList names;
    if (const auto found = kindFromName(kind))
        for (const FieldInfo &field : kindInfo(*found).fields)
            names.append(field.name);
    return names;
}

QVariantMap ImportWizardController::reportTotals() const
{
    if (!m_hasReport)
        return {};
    return {{u"rows"_s, m_report.total(&access::TableReport::rows)},
            {u"created"_s, m_report.total(&access::TableReport::created)},
            {u"updated"_s, m_report.total(&access::TableReport::updated)},
            {u"unchanged"_s, m_report.total(&access::TableReport::unchanged)},
            {u"linked"_s, m_report.total(&access::TableReport::linked)},
            {u"rejectedRows"_s, m_report.total(&access::TableReport::rejectedRows)},
            {u"attachments"_s, m_report.total(&access::TableReport::attachments)},
            {u"rejects"_s, m_report.rejects.size()},
            {u"candidates"_s, m_report.candidates.size()},
            {u"milliseconds"_s, m_report.milliseconds}};
}

QVariantList ImportWizardController::rejects() const
{
    QVariantList result;
    for (const access::Reject &reject : m_report.rejects)
        result.append(QVariantMap{{u"table"_s, reject.table},
                                  {u"rowKey"_s, reject.rowKey},
                                  {u"column"_s, reject.column},
                                  {u"rawValue"_s, reject.rawValue},
                                  {u"reason"_s, reject.reason},
                                  {u"wholeRow"_s, reject.wholeRow}});
    return result;
}

access::TableMapping *ImportWizardController::tableMapping(const QString &table)
{
    for (access::TableMapping &candidate : m_mapping.tables)
        if (candidate.table == table)
            return &candidate;
    return nullptr;
}

void ImportWizardController::setTableIncluded(const QString &table, bool included)
{
    if (included == (tableMapping(table) != nullptr) || !m_inspection.table(table))
        return;
    if (included) {
        access::TableMapping mapping = m_excluded.take(table);
        if (mapping.table.isEmpty()) {
            mapping.table = table;
            mapping.key = m_inspection.table(table)->primaryKey;
        }
        m_mapping.tables.append(mapping);
    } else {
        for (qsizetype i = 0; i < m_mapping.tables.size(); ++i)
            if (m_mapping.tables.at(i).table == table)
                m_excluded.insert(table, m_mapping.tables.takeAt(i));
    }
    Q_EMIT mappingChanged();
}

void ImportWizardController::setTableKind(const QString &table, const QString &kind)
{
    access::TableMapping *mapping = tableMapping(table);
    const auto found = kindFromName(kind);
    if (!mapping || !found || mapping->kind == *found)
        return;
    mapping->kind = *found;
    // Fields of the former kind that the new one lacks would fail the check.
    const KindInfo &info = kindInfo(*found);
    for (auto it = mapping->fields.begin(); it != mapping->fields.end();)
        it = info.field(it.value()) ? std::next(it) : mapping->fields.erase(it);
    Q_EMIT mappingChanged();
}

void ImportWizardController::setColumnField(const QString &table, const QString &column,
                                            const QString &field)
{
    access::TableMapping *mapping = tableMapping(table);
    if (!mapping || mapping->fields.value(column) == field)
        return;
    if (field.isEmpty())
        mapping->fields.remove(column);
    else
        mapping->fields.insert(column, field);
    Q_EMIT mappingChanged();
}

bool ImportWizardController::loadMapping(const QString &pathOrUrl)
{
    auto loaded = access::ImportMapping::load(localPath(pathOrUrl));
    if (!loaded) {
        setError(loaded.error().message);
        return false;
    }
    if (!m_inspection.file.isEmpty())
        if (const Status checked = loaded->check(m_inspection); !checked) {
            setError(checked.error().message);
            return false;
        }
    m_mapping = *loaded;
    m_excluded.clear();
    setError({});
    Q_EMIT mappingChanged();
    return true;
}

bool ImportWizardController::saveMapping(const QString &pathOrUrl)
{
    if (const Status saved = m_mapping.save(localPath(pathOrUrl)); !saved) {
        setError(saved.error().message);
        return false;
    }
    return true;
}

bool ImportWizardController::saveRejects(const QString &pathOrUrl)
{
    if (const Status saved = m_report.writeRejectsCsv(localPath(pathOrUrl)); !saved) {
        setError(saved.error().message);
        return false;
    }
    return true;
}

bool ImportWizardController::saveReport(const QString &pathOrUrl)
{
    if (const Status saved = m_report.writeJson(localPath(pathOrUrl)); !saved) {
        setError(saved.error().message);
        return false;
    }
    return true;
}

void ImportWizardController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

void ImportWizardController::setProgress(double progress)
{
    if (qFuzzyCompare(m_progress + 1, progress + 1))
        return;
    m_progress = progress;
    Q_EMIT progressChanged();
}

void ImportWizardController::runInThread(std::function<void()> work)
{
    m_thread = QThread::create(std::move(work));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        Q_EMIT busyChanged();
    });
    Q_EMIT busyChanged();
    m_thread->start();
}

void ImportWizardController::inspect(const QString &pathOrUrl)
{
    if (busy())
        return;
    const QString path = localPath(pathOrUrl);
    setError({});
    runInThread([this, path] {
        access::AccessReader reader;
        auto inspection = reader.inspect(path);
        QMetaObject::invokeMethod(this, [this, path, inspection = std::move(inspection)] {
            if (!inspection) {
                setError(inspection.error().message);
                Q_EMIT inspected(false);
                return;
            }
            m_inspection = *inspection;
            m_mapping = access::suggestMapping(m_inspection);
            if (m_mapping.source.isEmpty())
                m_mapping.source = access::defaultSource(path);
            m_excluded.clear();
            m_hasReport = false;
            Q_EMIT inspectionChanged();
            Q_EMIT mappingChanged();
            Q_EMIT reportChanged();
            Q_EMIT inspected(true);
        });
    });
}

void ImportWizardController::start(bool dryRun)
{
    Replica *replica = m_session ? m_session->replica() : nullptr;
    if (busy())
        return;
    if (!replica || m_inspection.file.isEmpty()) {
        setError(tr("Open a replica and choose an Access file first."));
        Q_EMIT finished(false, dryRun);
        return;
    }
    if (const Status checked = m_mapping.check(m_inspection); !checked) {
        setError(checked.error().message);
        Q_EMIT finished(false, dryRun);
        return;
    }
    setError({});
    setProgress(0);
    const QString path = m_inspection.file;
    const QString replicaPath = m_session->path();
    const QPointer<ReplicaSession> session = m_session;
    const access::ImportMapping mapping = m_mapping;
    runInThread([this, replicaPath, session, path, mapping, dryRun] {
        QString backupPath;
        Result<access::ImportReport> report = fail(Error::Code::Storage, QString());
        auto replica = ReplicaSession::openForWorker(replicaPath, session);
        if (!replica)
            report = std::unexpected(replica.error());
        else if (!dryRun) {
            auto backup = backup::autoBackup(
                **replica, QString(u"before importing "_s + QFileInfo(path).fileName()));
            if (!backup)
                report = std::unexpected(backup.error());
            else
                backupPath = *backup;
        }
        if (replica && (dryRun || !backupPath.isEmpty())) {
            access::ImportOptions options;
            options.dryRun = dryRun;
            options.progress = [this, last = -1](qint64 done, qint64 total) mutable {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent == last)
                    return;
                last = percent;
                QMetaObject::invokeMethod(this, [this, percent] { setProgress(percent / 100.0); });
            };
            report = access::importAccess(**replica, path, mapping, options);
        }
        QMetaObject::invokeMethod(this, [this, dryRun, backupPath, report = std::move(report)] {
            if (!report) {
                setError(report.error().message);
                Q_EMIT finished(false, dryRun);
                return;
            }
            m_report = *report;
            m_hasReport = true;
            m_backupPath = backupPath;
            setProgress(1);
            Q_EMIT reportChanged();
            Q_EMIT finished(true, dryRun);
        });
    });
}

} // namespace pes::desktop
