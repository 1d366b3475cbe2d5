// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace pes {
class Replica;
namespace desktop {
class ReplicaSession;
}
namespace sync {
class SyncEngine;
class SyncScheduler;
} // namespace sync
} // namespace pes

namespace pes::desktop {

// How often the app syncs on its own when the replica's settings say nothing.
constexpr int defaultSyncIntervalMinutes = 5;

// What SyncStatus shows, as the sync thread last read it from the replica.
struct SyncState
{
    bool configured = false;
    bool syncing = false;
    bool automatic = true;
    qint64 pending = 0;
    int openConflicts = 0;
    QDateTime lastSuccess;
    QString lastError;   // the engine's sentence, in English, with its details
    QString lastProblem; // its kind (sync::problemName): "hub-unreachable", ...
};

// Lives on the sync thread: opens its own connection to the replica and runs
// a SyncEngine under a SyncScheduler there, so network I/O never blocks the UI.
// Reports its state to SyncStatus through queued signals.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(int intervalMs);
    ~SyncWorker() override;

    void open(const QString &path);
    void syncNow();
    // Lets go of the replica file, after the sync under way if there is one.
    void close();
    // Reads the replica's automatic sync settings again (after they changed).
    void applyAutomaticSync();

Q_SIGNALS:
    void stateChanged(const pes::desktop::SyncState &state);
    void progressChanged(double fraction);
    void synced();
    void closed();
    // Records a sync wrote, once committed (from the worker's own connection).
    void recordsChanged(const QStringList &iris);

private:
    void report(bool syncing);
    bool m_closePending = false;

    int m_intervalMs;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<sync::SyncScheduler> m_scheduler;
};

// The sync state of the open replica for QML: whether a hub is configured,
// the last success, the changes still to send, a progress while syncing, the
// last error in plain words, and "Sync now". Syncs run automatically on a
// timer and when the network comes back (SyncScheduler), on a thread of their own.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(qint64 pending READ pending NOTIFY changed)
    Q_PROPERTY(int openConflicts READ openConflicts NOTIFY changed)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    // The last failure in the engine's words (English, with details), and in
    // the interface's language (what summary shows).
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString problemText READ problemText NOTIFY changed)
    // False when the replica's settings say to sync only on "Sync now".
    Q_PROPERTY(bool automatic READ automatic NOTIFY changed)
    // 0..1 during the pull; -1 when unknown (pushing, or not syncing).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
public:
    explicit SyncStatus(int intervalMs = defaultSyncIntervalMinutes * 60 * 1000,
                        QObject *parent = nullptr);
    ~SyncStatus() override;

    // Starts automatic sync of the replica file at `path` (a first sync at once).
    void open(const QString &path);
    // Syncs whichever replica the session opens, and lets go of it when it
    // closes; the records a sync brings are announced to the session, so its
    // lists, map and open record follow.
    void follow(ReplicaSession *session);
    Q_INVOKABLE void syncNow();
    // Follows a change of the replica's automatic sync settings.
    void applyAutomaticSync();
    // Stops syncing and closes the replica file (after a sync under way);
    // closed() says when the file is free, e.g. to restore a backup over it.
    void close();

    bool configured() const { return m_state.configured; }
    bool syncing() const { return m_state.syncing; }
    qint64 pending() const { return m_state.pending; }
    int openConflicts() const { return m_state.openConflicts; }
    QDateTime lastSuccess() const { return m_state.lastSuccess; }
    QString lastError() const { return m_state.lastError; }
    QString problemText() const;
    bool automatic() const { return m_state.automatic; }
    double progress() const { return m_progress; }
    QString summary() const;

Q_SIGNALS:
    void changed();
    void progressChanged();
    // A sync finished and may have brought records: views may refresh.
    void synced();
    void closed();
    // The records a sync wrote, after its transaction committed.
    void recordsChanged(const QStringList &iris);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    SyncState m_state;
    double m_progress = -1;
};

} // namespace pes::desktop
