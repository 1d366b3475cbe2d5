// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "access/importreport.h"
#include "access/inspection.h"
#include "access/mapping.h"
#include "replicasession.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QThread;

namespace pes::desktop {

// The import wizard's controller: takes an Access file from inspection
// (tables, columns, sample rows) through a mapping (suggested, editable,
// loaded from or saved to JSON), a dry run and its report, to the import
// itself, with progress and the rejected rows. The worker-process reads run
// on a thread of their own so the window never waits; the real import first
// takes an automatic backup of the replica.
class ImportWizardController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY inspectionChanged)
    Q_PROPERTY(QString format READ format NOTIFY inspectionChanged)
    Q_PROPERTY(QVariantList tables READ tables NOTIFY inspectionChanged)
    Q_PROPERTY(QVariantList mappingTables READ mappingTables NOTIFY mappingChanged)
    Q_PROPERTY(QStringList kindNames READ kindNames CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY reportChanged)
    Q_PROPERTY(bool reportIsDryRun READ reportIsDryRun NOTIFY reportChanged)
    Q_PROPERTY(QString reportText READ reportText NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap reportTotals READ reportTotals NOTIFY reportChanged)
    Q_PROPERTY(QVariantList rejects READ rejects NOTIFY reportChanged)
    Q_PROPERTY(QString backupPath READ backupPath NOTIFY reportChanged)

public:
    explicit ImportWizardController(QObject *parent = nullptr);
    ~ImportWizardController() override;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString filePath() const { return m_inspection.file; }
    QString format() const { return m_inspection.format; }
    QVariantList tables() const;
    QVariantList mappingTables() const;
    QStringList kindNames() const;
    bool busy() const { return m_thread != nullptr; }
    double progress() const { return m_progress; }
    QString errorMessage() const { return m_error; }
    bool hasReport() const { return m_hasReport; }
    bool reportIsDryRun() const { return m_report.dryRun; }
    QString reportText() const { return m_hasReport ? m_report.toText() : QString(); }
    QVariantMap reportTotals() const;
    QVariantList rejects() const;
    QString backupPath() const { return m_backupPath; }
    const access::ImportMapping &mapping() const { return m_mapping; }

    // Reads the file's structure and sample rows in the background, then
    // suggests a mapping; `inspected` tells the outcome.
    Q_INVOKABLE void inspect(const QString &pathOrUrl);
    Q_INVOKABLE QStringList fieldNames(const QString &kind) const;
    // Editing the mapping: a table in or out, its kind, a column's field
    // (an empty field leaves the column out).
    Q_INVOKABLE void setTableIncluded(const QString &table, bool included);
    Q_INVOKABLE void setTableKind(const QString &table, const QString &kind);
    Q_INVOKABLE void setColumnField(const QString &table, const QString &column,
                                    const QString &field);
    Q_INVOKABLE bool loadMapping(const QString &pathOrUrl);
    Q_INVOKABLE bool saveMapping(const QString &pathOrUrl);
    // The dry run and the import, in the background; `finished` tells the outcome.
    Q_INVOKABLE void dryRun() { start(true); }
    Q_INVOKABLE void runImport() { start(false); }
    Q_INVOKABLE bool saveRejects(const QString &pathOrUrl);
    Q_INVOKABLE bool saveReport(const QString &pathOrUrl);

Q_SIGNALS:
    void sessionChanged();
    void inspectionChanged();
    void mappingChanged();
    void busyChanged();
    void progressChanged();
    void errorMessageChanged();
    void reportChanged();
    void inspected(bool ok);
    void finished(bool ok, bool dryRun);

private:
    void start(bool dryRun);
    void runInThread(std::function<void()> work);
    void setError(const QString &message);
    void setProgress(double progress);
    access::TableMapping *tableMapping(const QString &table);

    QPointer<ReplicaSession> m_session;
    access::AccessInspection m_inspection;
    access::ImportMapping m_mapping;
    // Tables the admin left out, kept so that putting them back restores their columns.
    QMap<QString, access::TableMapping> m_excluded;
    access::ImportReport m_report;
    bool m_hasReport = false;
    QString m_backupPath;
    QString m_error;
    double m_progress = 0;
    QThread *m_thread = nullptr;
};

} // namespace pes::desktop
