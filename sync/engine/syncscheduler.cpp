// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncscheduler.h"

#include "engine/synclog.h"

#include <QNetworkInformation>

namespace pes::sync {

SyncScheduler::SyncScheduler(SyncEngine &engine, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::run);
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online && m_started &&
                        m_automatic && !m_waitingForUser)
                        m_timer.start(0);
                });
    }
}

void SyncScheduler::start()
{
    m_started = true;
    if (m_automatic)
        m_timer.start(0);
}

void SyncScheduler::stop()
{
    m_started = false;
    m_timer.stop();
}

void SyncScheduler::setAutomatic(bool automatic)
{
    if (m_automatic == automatic)
        return;
    m_automatic = automatic;
    if (!automatic) {
        m_timer.stop();
        return;
    }
    if (!m_started || m_syncing || m_waitingForUser)
        return;
    const qint64 sinceSuccess = m_lastSuccess.isValid()
                                    ? m_lastSuccess.msecsTo(QDateTime::currentDateTimeUtc())
                                    : qint64(m_intervalMs);
    m_timer.start(int(qBound(qint64(0), m_intervalMs - sinceSuccess, qint64(m_intervalMs))));
}

void SyncScheduler::setInterval(int intervalMs)
{
    m_intervalMs = qMax(1000, intervalMs);
    if (m_timer.isActive() && m_timer.remainingTime() > m_intervalMs)
        m_timer.start(m_intervalMs);
}

void SyncScheduler::syncNow()
{
    m_waitingForUser = false;
    m_backoff.reset();
    m_timer.start(0);
}

qint64 SyncScheduler::nextAttemptInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void SyncScheduler::run()
{
    if (m_syncing)
        return;
    m_syncing = true;
    Q_EMIT syncStarted();
    const auto result = m_engine.sync();
    m_syncing = false;
    if (result) {
        m_lastError.clear();
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_backoff.reset();
        if (m_automatic)
            m_timer.start(m_intervalMs);
    } else {
        m_lastError = result.error().message;
        if (result.error().permanent()) {
            m_waitingForUser = true;
            qCInfo(lcSync).noquote() << "automatic sync stopped:" << m_lastError;
        } else if (m_automatic) {
            const qint64 delay = m_backoff.nextDelayMs();
            qCInfo(lcSync).noquote() << "sync failed, next attempt in" << delay / 1000 << "s";
            m_timer.start(int(delay));
        }
    }
    Q_EMIT syncFinished(result.has_value());
}

} // namespace pes::sync
