// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replica/replica.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace pes::desktop {

class SearchWorker;

// The replica the window works on, as the QML side sees it: which file is
// open, the state of undo and redo, what is not yet synced, and the search
// worker that serves the lists. Built in main() and handed to the window.
class ReplicaSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application builds the session and hands it to the window")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString path READ path NOTIFY openChanged)
    Q_PROPERTY(QString networkName READ networkName NOTIFY openChanged)
    Q_PROPERTY(QString networkIri READ networkIri NOTIFY openChanged)
    Q_PROPERTY(qint64 unsyncedCount READ unsyncedCount NOTIFY statusChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY statusChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY statusChanged)
    Q_PROPERTY(int revision READ revision NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString hubStatus READ hubStatus NOTIFY hubStatusChanged)
public:
    explicit ReplicaSession(QObject *parent = nullptr);
    ~ReplicaSession() override;

    Q_INVOKABLE bool openReplica(const QString &path);
    // Closes the replica (and the search worker's connection to it).
    void closeReplica();
    // Creates a replica for a network, optionally filled with demo data, and opens it.
    Q_INVOKABLE bool createReplica(const QString &path, const QString &networkIri,
                                   const QString &networkName, int demoOrganisations = 0);
    Q_INVOKABLE QString defaultPath() const;
    Q_INVOKABLE bool fileExists(const QString &path) const;

    // Each returns the description of what was undone or redone, or an empty
    // string (with errorMessage set) when nothing could be done.
    Q_INVOKABLE QString undo();
    Q_INVOKABLE QString redo();

    // The title of any record, for references; empty when there is none.
    Q_INVOKABLE QString recordTitle(const QString &iri);
    Q_INVOKABLE QString recordKind(const QString &iri);

    bool isOpen() const { return m_replica != nullptr; }
    QString path() const;
    QString networkName() const;
    QString networkIri() const;
    qint64 unsyncedCount() const { return m_unsynced; }
    bool canUndo() const { return m_canUndo; }
    bool canRedo() const { return m_canRedo; }
    int revision() const { return m_revision; }
    QString errorMessage() const { return m_error; }
    // Where the sync engine reports the hub's state ("no hub configured" until then).
    QString hubStatus() const { return m_hubStatus; }
    void setHubStatus(const QString &status);

    Replica *replica() const { return m_replica.get(); }
    SearchWorker *searchWorker() const { return m_worker.get(); }
    void setErrorMessage(const QString &message);
    // Records written through another connection to the same file (the
    // background sync): refreshes the status and announces them like a local change.
    void takeChangesFromElsewhere(const QStringList &iris);
    // A connection of its own to the replica at `path`, for work on another
    // thread (a connection is never shared between threads); the records it
    // writes reach `session` as if written there. Call it in the thread that
    // will use the replica.
    static Result<std::unique_ptr<Replica>> openForWorker(const QString &path,
                                                          ReplicaSession *session);

Q_SIGNALS:
    void openChanged();
    void statusChanged();
    void errorMessageChanged();
    void hubStatusChanged();
    // After any committed change, with the records it touched; with none
    // when another program changed the file (any record may have changed).
    void recordsChanged(const QStringList &iris);

private:
    void adopt(std::unique_ptr<Replica> replica);
    void refreshStatus();
    // Undo or redo, the error said in the session.
    QString step(Result<QString> (Replica::*move)());
    // Notices commits made by other programs (`pes`, another window).
    void watchForOtherWriters();

    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SearchWorker> m_worker;
    qint64 m_unsynced = 0;
    bool m_canUndo = false;
    bool m_canRedo = false;
    int m_revision = 0;
    QString m_error;
    QString m_hubStatus;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
    bool m_announcedSinceWatch = false;
};

} // namespace pes::desktop
