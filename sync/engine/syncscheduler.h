// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/backoff.h"
#include "engine/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace pes::sync {

// Runs a SyncEngine on its own: every `intervalMs`, when the network comes
// back (QNetworkInformation, when the platform has a backend) and on demand.
// After a failure it retries with exponential back-off and jitter; after a
// failure that retrying cannot fix (token refused, certificate, bad settings)
// it stops until syncNow() is called, and says why in lastError().
// With automatic sync off it syncs only when asked: no timer, no retry, no
// sync when the network comes back (people on a metered connection rely on it).
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    explicit SyncScheduler(SyncEngine &engine, int intervalMs = 5 * 60 * 1000,
                           QObject *parent = nullptr);

    // Plans the first automatic sync at once (nothing when automatic sync is off).
    void start();
    void stop();
    void syncNow();
    // Turns automatic sync on (planning the next one `intervalMs` after the
    // last success, or at once) or off (dropping what was planned).
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }
    void setInterval(int intervalMs);

    bool isSyncing() const { return m_syncing; }
    bool isWaitingForUser() const { return m_waitingForUser; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // Milliseconds until the next automatic attempt; -1 when none is planned.
    qint64 nextAttemptInMs() const;
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

Q_SIGNALS:
    void syncStarted();
    void syncFinished(bool ok);

private:
    void run();

    SyncEngine &m_engine;
    int m_intervalMs;
    bool m_automatic = true;
    bool m_started = false;
    QTimer m_timer;
    Backoff m_backoff;
    bool m_syncing = false;
    bool m_waitingForUser = false;
    QString m_lastError;
    QDateTime m_lastSuccess;
};

} // namespace pes::sync
