// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include "desktoplogging.h"
#include "engine/automaticsync.h"
#include "engine/hubclient.h"
#include "engine/syncengine.h"
#include "engine/syncstore.h"
#include "geocoding/geocodingclient.h"
#include "replicasession.h"
#include "syncstatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pes::desktop {

namespace {
const QString geocodingKey = u"geocoding/serviceUrl"_s;
}

ConnectionSettings::ConnectionSettings(QObject *parent)
    : QObject(parent)
{
}

ConnectionSettings::~ConnectionSettings()
{
    if (m_test) {
        m_test->wait(); // the request times out on its own
        delete m_test;
    }
}

void ConnectionSettings::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &ReplicaSession::openChanged, this, &ConnectionSettings::reload);
    reload();
    Q_EMIT sessionChanged();
}

void ConnectionSettings::setSyncStatus(SyncStatus *status)
{
    if (m_syncStatus == status)
        return;
    m_syncStatus = status;
    Q_EMIT sessionChanged();
}

void ConnectionSettings::reload()
{
    m_hubUrl.clear();
    m_hasToken = false;
    m_automaticSync = true;
    m_syncIntervalMinutes = defaultSyncIntervalMinutes;
    if (m_session && m_session->replica()) {
        sync::SyncStore store(m_session->replica()->database());
        m_hubUrl = store.value(u"hub.url"_s).value_or(QString());
        m_hasToken = !savedToken().isEmpty();
        const auto automatic = sync::readAutomaticSync(store).value_or(sync::AutomaticSync());
        m_automaticSync = automatic.enabled;
        if (automatic.intervalMinutes > 0)
            m_syncIntervalMinutes = automatic.intervalMinutes;
    }
    Q_EMIT hubChanged();
}

QString ConnectionSettings::savedToken() const
{
    if (!m_session || !m_session->replica())
        return {};
    sync::SyncStore store(m_session->replica()->database());
    return store.value(u"hub.token"_s).value_or(QString());
}

void ConnectionSettings::setErrorMessage(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

bool ConnectionSettings::saveHub(const QString &url, const QString &token)
{
    if (!m_session || !m_session->replica()) {
        setErrorMessage(tr("Open a replica first: the hub is set for each replica."));
        return false;
    }
    const QString kept = token.trimmed().isEmpty() ? savedToken() : token.trimmed();
    if (kept.isEmpty()) {
        setErrorMessage(tr("Enter this device's token, given by the hub's administrator."));
        return false;
    }
    auto saved = sync::SyncEngine::configure(*m_session->replica(), QUrl(url.trimmed()), kept);
    if (!saved) {
        setErrorMessage(saved.error().message);
        return false;
    }
    qCInfo(lcDesktop) << "hub set to" << url.trimmed();
    setErrorMessage({});
    reload();
    if (m_syncStatus)
        m_syncStatus->syncNow();
    return true;
}

bool ConnectionSettings::saveAutomaticSync(bool enabled, int intervalMinutes)
{
    if (!m_session || !m_session->replica()) {
        setErrorMessage(tr("Open a replica first: the hub is set for each replica."));
        return false;
    }
    if (intervalMinutes < 1 || intervalMinutes > sync::AutomaticSync::maxIntervalMinutes) {
        setErrorMessage(tr("Choose an interval of 1 to %1 minutes between automatic syncs.")
                            .arg(sync::AutomaticSync::maxIntervalMinutes));
        return false;
    }
    sync::SyncStore store(m_session->replica()->database());
    if (auto saved = sync::writeAutomaticSync(store, {enabled, intervalMinutes}); !saved) {
        setErrorMessage(saved.error().message);
        return false;
    }
    setErrorMessage({});
    reload();
    if (m_syncStatus)
        m_syncStatus->applyAutomaticSync();
    return true;
}

void ConnectionSettings::testConnection(const QString &url, const QString &token)
{
    if (m_testing)
        return;
    const QUrl hub(url.trimmed());
    if (!hub.isValid() || (hub.scheme() != u"http" && hub.scheme() != u"https") ||
        hub.host().isEmpty()) {
        Q_EMIT testFinished(false,
                            tr("“%1” is not a hub address: expected http(s)://host:port").arg(url));
        return;
    }
    const QString used = token.trimmed().isEmpty() ? savedToken() : token.trimmed();
    if (used.isEmpty()) {
        Q_EMIT testFinished(false, tr("Enter this device's token to test the connection."));
        return;
    }
    m_testing = true;
    Q_EMIT testingChanged();
    // A blocking request on a thread of its own, so the window stays live.
    m_test = QThread::create([this, hub, used] {
        sync::HubClient client(hub, used, 15000);
        auto answer = client.get(u"/sync/v1/device"_s);
        bool ok = answer.has_value();
        QString message;
        if (ok) {
            const QJsonObject device = QJsonDocument::fromJson(*answer).object();
            ok = device.contains(u"device"_s);
            message = ok ? tr("Connected: the hub knows this device as “%1” in the network %2.")
                               .arg(device.value(u"device"_s).toString(),
                                    device.value(u"network"_s).toString())
                         : tr("The server answered, but not as a PES hub does.");
        } else {
            message = answer.error().message;
        }
        QMetaObject::invokeMethod(this, [this, ok, message] {
            m_test->wait();
            delete m_test;
            m_test = nullptr;
            m_testing = false;
            Q_EMIT testingChanged();
            Q_EMIT testFinished(ok, message);
        });
    });
    m_test->start();
}

QString ConnectionSettings::storedGeocodingUrl()
{
    const QString url = QSettings().value(geocodingKey).toString();
    return url.isEmpty() ? QString::fromLatin1(geocoding::publicServiceUrl) : url;
}

QString ConnectionSettings::geocodingUrl() const
{
    return storedGeocodingUrl();
}

QString ConnectionSettings::defaultGeocodingUrl() const
{
    return QString::fromLatin1(geocoding::publicServiceUrl);
}

bool ConnectionSettings::setGeocodingUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        if (auto valid = geocoding::GeocodingClient::checkServiceUrl(QUrl(trimmed)); !valid) {
            setErrorMessage(valid.error().message);
            return false;
        }
    }
    QSettings settings;
    if (trimmed.isEmpty() || trimmed == defaultGeocodingUrl())
        settings.remove(geocodingKey);
    else
        settings.setValue(geocodingKey, trimmed);
    setErrorMessage({});
    Q_EMIT geocodingUrlChanged();
    return true;
}

} // namespace pes::desktop
