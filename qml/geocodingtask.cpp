// SPDX-License-Identifier: GPL-3.0-or-later
#include "geocodingtask.h"

#include "connectionsettings.h"
#include "desktoplogging.h"
#include "replicasession.h"

using namespace Qt::StringLiterals;

namespace pes::desktop {

using geocoding::GeocodeOutcome;
using geocoding::GeocodeResult;

namespace {

QString describe(const GeocodeResult &result)
{
    const QString who = result.title.isEmpty() ? result.iri : result.title;
    switch (result.outcome) {
    case GeocodeOutcome::Located:
        return GeocodingTask::tr("%1: located at “%2”").arg(who, result.match->label);
    case GeocodeOutcome::Uncertain:
        return GeocodingTask::tr("%1: uncertain, the best match “%2” scored %3")
            .arg(who, result.match->label)
            .arg(result.match->score, 0, 'f', 2);
    case GeocodeOutcome::NotFound:
        return GeocodingTask::tr("%1: address not found (%2)").arg(who, result.query);
    case GeocodeOutcome::NoAddress:
        return GeocodingTask::tr("%1: no town or postcode to look for").arg(who);
    case GeocodeOutcome::Failed:
        return GeocodingTask::tr("%1: failed: %2").arg(who, result.reason);
    }
    return who;
}

} // namespace

void GeocodingWorker::run(const QString &path, const geocoding::GeocodeOptions &options,
                          const QStringList &iris)
{
    auto replica = Replica::open(path);
    if (!replica) {
        Q_EMIT finished(false, replica.error().message, {}, {});
        return;
    }
    QStringList targets = iris;
    if (targets.isEmpty()) {
        auto missing = geocoding::recordsMissingCoordinates(**replica);
        if (!missing) {
            Q_EMIT finished(false, missing.error().message, {}, {});
            return;
        }
        targets = *missing;
    }

    geocoding::AddressGeocoder geocoder(**replica, options);
    connect(&geocoder, &geocoding::AddressGeocoder::progress, this,
            [this](int done, int total, const GeocodeResult &result) {
                Q_EMIT progress(done, total, describe(result));
            });
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelled)
            geocoder.cancel();
        m_geocoder = &geocoder;
    }
    auto summary = geocoder.run(targets);
    {
        QMutexLocker lock(&m_mutex);
        m_geocoder = nullptr;
        m_cancelled = false;
    }
    if (!summary) {
        Q_EMIT finished(false, summary.error().message, {}, {});
        return;
    }

    QStringList written;
    QStringList problems;
    for (const GeocodeResult &result : std::as_const(summary->results)) {
        if (result.written)
            written.append(result.iri);
        else if (result.outcome != GeocodeOutcome::Located)
            problems.append(describe(result));
    }
    QString message;
    if (targets.isEmpty())
        message = GeocodingTask::tr("No record with an address is missing its coordinates.");
    else if (targets.size() == 1 && summary->results.size() == 1)
        message = describe(summary->results.first());
    else
        message = GeocodingTask::tr("%1 located, %2 uncertain, %3 not found, %4 failed%5.")
                      .arg(summary->count(GeocodeOutcome::Located))
                      .arg(summary->count(GeocodeOutcome::Uncertain))
                      .arg(summary->count(GeocodeOutcome::NotFound) +
                           summary->count(GeocodeOutcome::NoAddress))
                      .arg(summary->count(GeocodeOutcome::Failed))
                      .arg(summary->cancelled ? GeocodingTask::tr(" (cancelled)") : QString());
    Q_EMIT finished(true, message, written, problems);
}

void GeocodingWorker::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_geocoder)
        m_geocoder->cancel();
}

GeocodingTask::GeocodingTask(QObject *parent)
    : QObject(parent)
    , m_worker(new GeocodingWorker)
{
    m_thread.setObjectName(u"geocoding"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &GeocodingWorker::progress, this,
            [this](int done, int total, const QString &line) {
                m_done = done;
                m_total = total;
                m_lastLine = line;
                Q_EMIT progressChanged();
            });
    connect(m_worker, &GeocodingWorker::finished, this,
            [this](bool ok, const QString &message, const QStringList &written,
                   const QStringList &problems) {
                m_running = false;
                m_succeeded = ok;
                m_message = message;
                m_problems = problems;
                // The worker wrote through its own connection: tell the views.
                if (m_session)
                    m_session->takeChangesFromElsewhere(written);
                qCInfo(lcDesktop).noquote() << "geocoding:" << message;
                Q_EMIT runningChanged();
                Q_EMIT finished();
            });
    m_thread.start();
}

GeocodingTask::~GeocodingTask()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void GeocodingTask::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString GeocodingTask::serviceUrl() const
{
    return m_serviceUrl.isEmpty() ? ConnectionSettings::storedGeocodingUrl() : m_serviceUrl;
}

void GeocodingTask::setServiceUrl(const QString &url)
{
    if (m_serviceUrl == url)
        return;
    m_serviceUrl = url;
    Q_EMIT serviceUrlChanged();
}

void GeocodingTask::locate(const QString &iri)
{
    if (!iri.isEmpty())
        start({iri});
}

void GeocodingTask::locateMissing()
{
    start({});
}

void GeocodingTask::cancel()
{
    if (m_running)
        m_worker->cancel();
}

int GeocodingTask::missingCount() const
{
    if (!m_session || !m_session->replica())
        return 0;
    auto missing = geocoding::recordsMissingCoordinates(*m_session->replica());
    return missing ? int(missing->size()) : 0;
}

void GeocodingTask::start(const QStringList &iris)
{
    if (m_running)
        return;
    if (!m_session || !m_session->replica()) {
        m_succeeded = false;
        m_message = tr("No replica is open");
        Q_EMIT finished();
        return;
    }
    geocoding::GeocodeOptions options;
    options.service = QUrl(serviceUrl());
    options.minScore = m_minScore;
    m_running = true;
    m_done = 0;
    m_total = int(iris.size());
    m_lastLine.clear();
    m_problems.clear();
    Q_EMIT runningChanged();
    Q_EMIT progressChanged();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path = m_session->path(), options,
                                         iris] { worker->run(path, options, iris); });
}

} // namespace pes::desktop
