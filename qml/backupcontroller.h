// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"
#include "syncstatus.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// Backups from the app: "Back up now…" writes a checked snapshot of the open
// replica while it stays in use, and "Restore…" checks a backup, closes the
// replica (the search and sync connections too), puts the backup in its place
// (the replaced replica is kept as an automatic backup) and opens it again.
// The work runs on a thread of its own; the window stays responsive.
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(pes::desktop::ReplicaSession *session MEMBER m_session NOTIFY sessionChanged)
    Q_PROPERTY(pes::desktop::SyncStatus *syncStatus MEMBER m_syncStatus NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY stateChanged)
    // The automatic backups of the open replica, newest first: maps with
    // path, fileName, modified (date) and size (bytes).
    Q_PROPERTY(QVariantList automaticBackups READ automaticBackups NOTIFY stateChanged)
public:
    explicit BackupController(QObject *parent = nullptr);
    ~BackupController() override;

    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    bool failed() const { return m_failed; }
    QVariantList automaticBackups() const;

    // A file name for a new backup: the network's name and today's date.
    Q_INVOKABLE QString suggestedFileName() const;
    Q_INVOKABLE void backUp(const QUrl &target);
    Q_INVOKABLE void restore(const QUrl &backup);

Q_SIGNALS:
    void sessionChanged();
    void stateChanged();
    void finished(bool ok);

private:
    void setState(bool busy, const QString &message, bool failed = false);
    void restoreOverClosedReplica(const QString &file, const QString &replicaPath);
    template <typename Work, typename Done> void runInThread(Work work, Done done);

    QPointer<ReplicaSession> m_session;
    QPointer<SyncStatus> m_syncStatus;
    bool m_busy = false;
    bool m_failed = false;
    QString m_message;
};

} // namespace pes::desktop
