// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

#include "desktoplogging.h"
#include "engine/automaticsync.h"
#include "engine/syncengine.h"
#include "engine/syncscheduler.h"
#include "engine/syncstore.h"
#include "replica/replica.h"
#include "replicasession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pes::desktop {

SyncWorker::SyncWorker(int intervalMs)
    : m_intervalMs(intervalMs)
{
}

SyncWorker::~SyncWorker()
{
    m_scheduler.reset();
    m_engine.reset();
    m_replica.reset();
}

void SyncWorker::open(const QString &path)
{
    m_scheduler.reset();
    m_engine.reset();
    auto replica = Replica::open(path);
    if (!replica) {
        qCWarning(lcDesktop).noquote() << "sync: cannot open" << path << replica.error().message;
        SyncState state;
        state.lastError = replica.error().message;
        state.lastProblem = sync::problemName(sync::SyncProblem::Storage);
        Q_EMIT stateChanged(state);
        return;
    }
    m_replica = std::move(*replica);
    m_engine = std::make_unique<sync::SyncEngine>(*m_replica);
    connect(m_replica.get(), &Replica::changed, this, &SyncWorker::recordsChanged);
    m_scheduler = std::make_unique<sync::SyncScheduler>(*m_engine, m_intervalMs);
    connect(m_engine.get(), &sync::SyncEngine::progress, this,
            [this](qint64 cursor, qint64 watermark) {
                Q_EMIT progressChanged(watermark > 0 ? double(cursor) / double(watermark) : -1);
            });
    connect(m_scheduler.get(), &sync::SyncScheduler::syncStarted, this, [this] {
        Q_EMIT progressChanged(-1);
        report(true);
    });
    connect(m_scheduler.get(), &sync::SyncScheduler::syncFinished, this, [this](bool) {
        Q_EMIT progressChanged(-1);
        report(false);
        Q_EMIT synced();
        if (m_closePending) // not from inside the scheduler's own signal
            QMetaObject::invokeMethod(this, &SyncWorker::close, Qt::QueuedConnection);
    });
    applyAutomaticSync();
    sync::SyncStore store(m_replica->database());
    if (!store.value(u"hub.url"_s).value_or(QString()).isEmpty())
        m_scheduler->start();
}

void SyncWorker::applyAutomaticSync()
{
    if (!m_scheduler)
        return;
    sync::SyncStore store(m_replica->database());
    const sync::AutomaticSync settings =
        sync::readAutomaticSync(store).value_or(sync::AutomaticSync());
    m_scheduler->setInterval(settings.intervalMinutes > 0 ? settings.intervalMinutes * 60 * 1000
                                                          : m_intervalMs);
    m_scheduler->setAutomatic(settings.enabled);
    qCInfo(lcDesktop) << "automatic sync" << (settings.enabled ? "on" : "off");
    report(m_scheduler->isSyncing());
}

void SyncWorker::close()
{
    if (m_scheduler && m_scheduler->isSyncing()) {
        // Runs during the sync's own network wait: stop it there; what it
        // stored stays, the rest waits for the next sync.
        m_closePending = true;
        m_engine->stop();
        return;
    }
    m_closePending = false;
    m_scheduler.reset();
    m_engine.reset();
    m_replica.reset();
    Q_EMIT closed();
}

void SyncWorker::syncNow()
{
    if (m_scheduler)
        m_scheduler->syncNow();
}

void SyncWorker::report(bool syncing)
{
    if (!m_replica)
        return;
    sync::SyncStore store(m_replica->database());
    SyncState state;
    state.configured = !store.value(u"hub.url"_s).value_or(QString()).isEmpty();
    state.syncing = syncing;
    state.automatic = !m_scheduler || m_scheduler->isAutomatic();
    state.pending = store.sendableCount().value_or(0);
    auto open = store.conflicts(true);
    state.openConflicts = open ? int(open->size()) : 0;
    state.lastSuccess = QDateTime::fromString(store.value(u"last.success"_s).value_or(QString()),
                                              Qt::ISODateWithMs);
    if (state.configured) {
        state.lastError = store.value(u"last.error"_s).value_or(QString());
        state.lastProblem = store.value(u"last.problem"_s).value_or(QString());
    }
    Q_EMIT stateChanged(state);
}

SyncStatus::SyncStatus(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(intervalMs))
{
    qRegisterMetaType<pes::desktop::SyncState>();
    m_thread.setObjectName(u"sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, [this](const SyncState &state) {
        m_state = state;
        Q_EMIT changed();
    });
    connect(m_worker, &SyncWorker::progressChanged, this, [this](double fraction) {
        m_progress = fraction;
        Q_EMIT progressChanged();
    });
    connect(m_worker, &SyncWorker::synced, this, &SyncStatus::synced);
    connect(m_worker, &SyncWorker::closed, this, &SyncStatus::closed);
    connect(m_worker, &SyncWorker::recordsChanged, this, &SyncStatus::recordsChanged);
    m_thread.start();
}

SyncStatus::~SyncStatus()
{
    // A sync under way stops at its current network call (quitting the thread
    // ends that call's wait too); what it stored stays.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
    m_thread.quit();
    m_thread.wait();
}

void SyncStatus::open(const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); });
}

void SyncStatus::follow(ReplicaSession *session)
{
    connect(session, &ReplicaSession::openChanged, this, [this, session] {
        if (session->isOpen())
            open(session->path());
        else
            close();
    });
    connect(this, &SyncStatus::recordsChanged, session, &ReplicaSession::takeChangesFromElsewhere);
    if (session->isOpen())
        open(session->path());
}

void SyncStatus::close()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void SyncStatus::applyAutomaticSync()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->applyAutomaticSync(); });
}

void SyncStatus::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->syncNow(); });
}

QString SyncStatus::problemText() const
{
    // The engine's sentences are English and carry details (addresses,
    // statuses) for the tooltip; the status line says the same in the
    // interface's language.
    const QString &problem = m_state.lastProblem;
    if (m_state.lastError.isEmpty())
        return {};
    if (problem == u"offline")
        return tr("this computer is offline; changes are kept and will be sent when the "
                  "network is back");
    if (problem == u"hub-unreachable")
        return tr("the hub cannot be reached; changes are kept and will be sent later");
    if (problem == u"token-refused")
        return tr("the hub refused this device's token; ask the hub's administrator for a new "
                  "one and enter it in Settings");
    if (problem == u"certificate-refused")
        return tr("the hub's certificate is not trusted; check the hub's address in Settings");
    if (problem == u"request-refused")
        return tr("the hub refused a request; the details are in the tooltip");
    if (problem == u"hub-failure")
        return tr("the hub had a problem; the sync will be tried again");
    if (problem == u"storage")
        return tr("this replica could not be updated; the details are in the tooltip");
    if (problem == u"not-configured")
        return tr("the hub settings are incomplete; see Settings");
    if (problem == u"stopped")
        return tr("the sync was stopped; changes are kept");
    return m_state.lastError; // a problem this version does not know: the engine's words
}

QString SyncStatus::summary() const
{
    if (!m_state.configured)
        return tr("No hub configured: working offline");
    if (m_state.syncing)
        return tr("Syncing with the hub…");
    QString text;
    if (!m_state.lastError.isEmpty())
        text = tr("Sync failed: %1").arg(problemText());
    else if (m_state.lastSuccess.isValid())
        text =
            tr("Synced %1")
                .arg(QLocale().toString(m_state.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("Never synced");
    if (m_state.pending > 0)
        text += u" · "_s + tr("%n change(s) to send", nullptr, int(m_state.pending));
    if (m_state.openConflicts > 0)
        text += u" · "_s + tr("%n conflict(s) to settle", nullptr, m_state.openConflicts);
    if (!m_state.automatic)
        text += u" · "_s + tr("automatic sync off");
    return text;
}

} // namespace pes::desktop
