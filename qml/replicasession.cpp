// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicasession.h"

#include "demo/demodata.h"
#include "desktoplogging.h"
#include "replica/journal.h"
#include "searchworker.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pes::desktop {

ReplicaSession::ReplicaSession(QObject *parent)
    : QObject(parent)
    , m_hubStatus(tr("No hub configured: working offline"))
{
}

ReplicaSession::~ReplicaSession() = default;

QString ReplicaSession::defaultPath() const
{
    return Replica::defaultPath();
}

bool ReplicaSession::fileExists(const QString &path) const
{
    return QFileInfo::exists(path);
}

bool ReplicaSession::openReplica(const QString &path)
{
    auto opened = Replica::open(path);
    if (!opened) {
        setErrorMessage(opened.error().message);
        return false;
    }
    adopt(std::move(*opened));
    return true;
}

void ReplicaSession::closeReplica()
{
    if (!m_replica)
        return;
    m_watch.stop();
    m_worker.reset();
    m_replica.reset();
    qCInfo(lcDesktop) << "closed the replica";
    Q_EMIT openChanged();
    Q_EMIT statusChanged();
}

bool ReplicaSession::createReplica(const QString &path, const QString &networkIri,
                                   const QString &networkName, int demoOrganisations)
{
    auto created = Replica::create(path, {networkIri.trimmed(), networkName});
    if (!created) {
        setErrorMessage(created.error().message);
        return false;
    }
    if (demoOrganisations > 0) {
        DemoOptions options;
        options.organisations = demoOrganisations;
        if (auto demo = generateDemoData(**created, options); !demo)
            setErrorMessage(demo.error().message);
    }
    adopt(std::move(*created));
    return true;
}

void ReplicaSession::adopt(std::unique_ptr<Replica> replica)
{
    m_worker.reset();
    m_replica = std::move(replica);
    m_worker = std::make_unique<SearchWorker>(m_replica->path());
    connect(m_replica.get(), &Replica::changed, this, [this](const QStringList &iris) {
        refreshStatus();
        Q_EMIT recordsChanged(iris);
    });
    qCInfo(lcDesktop) << "opened" << m_replica->path();
    setErrorMessage({});
    refreshStatus();
    m_dataVersion = -1;
    watchForOtherWriters();
    if (!m_watch.isActive()) {
        connect(&m_watch, &QTimer::timeout, this, &ReplicaSession::watchForOtherWriters,
                Qt::UniqueConnection);
        m_watch.start(2000);
    }
    Q_EMIT openChanged();
}

void ReplicaSession::watchForOtherWriters()
{
    if (!m_replica)
        return;
    // data_version moves when another connection commits: this process's
    // workers (which announce their records) or another program (which cannot).
    auto version = m_replica->database().scalar(u"PRAGMA data_version"_s);
    if (!version)
        return;
    const qint64 now = version->toLongLong();
    const bool moved = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    const bool announced = std::exchange(m_announcedSinceWatch, false);
    if (!moved || announced)
        return;
    qCInfo(lcDesktop) << "the replica was changed by another program";
    refreshStatus();
    Q_EMIT recordsChanged({});
}

void ReplicaSession::takeChangesFromElsewhere(const QStringList &iris)
{
    if (!m_replica || iris.isEmpty())
        return;
    m_announcedSinceWatch = true;
    refreshStatus();
    Q_EMIT recordsChanged(iris);
}

Result<std::unique_ptr<Replica>> ReplicaSession::openForWorker(const QString &path,
                                                               ReplicaSession *session)
{
    auto replica = Replica::open(path);
    if (replica && session)
        connect(replica->get(), &Replica::changed, session,
                &ReplicaSession::takeChangesFromElsewhere, Qt::QueuedConnection);
    return replica;
}

void ReplicaSession::refreshStatus()
{
    if (!m_replica)
        return;
    Journal journal(m_replica->database());
    if (auto count = journal.unsyncedCount())
        m_unsynced = *count;
    m_canUndo = m_replica->canUndo();
    m_canRedo = m_replica->canRedo();
    ++m_revision;
    Q_EMIT statusChanged();
}

QString ReplicaSession::path() const
{
    return m_replica ? m_replica->path() : QString();
}

QString ReplicaSession::networkName() const
{
    return m_replica ? m_replica->network().name : QString();
}

QString ReplicaSession::networkIri() const
{
    return m_replica ? m_replica->network().iri : QString();
}

QString ReplicaSession::undo()
{
    return step(&Replica::undo);
}

QString ReplicaSession::redo()
{
    return step(&Replica::redo);
}

QString ReplicaSession::step(Result<QString> (Replica::*move)())
{
    if (!m_replica)
        return {};
    auto done = (m_replica.get()->*move)();
    if (!done) {
        setErrorMessage(done.error().message);
        refreshStatus();
        return {};
    }
    setErrorMessage({});
    return *done;
}

QString ReplicaSession::recordTitle(const QString &iri)
{
    if (!m_replica || iri.isEmpty())
        return {};
    auto record = m_replica->record(iri);
    return record ? record->title() : QString();
}

QString ReplicaSession::recordKind(const QString &iri)
{
    if (!m_replica || iri.isEmpty())
        return {};
    auto record = m_replica->record(iri);
    return record ? kindInfo(record->kind).name : QString();
}

void ReplicaSession::setHubStatus(const QString &status)
{
    if (m_hubStatus == status)
        return;
    m_hubStatus = status;
    Q_EMIT hubStatusChanged();
}

void ReplicaSession::setErrorMessage(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

} // namespace pes::desktop
