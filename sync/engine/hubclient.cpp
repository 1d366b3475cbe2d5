// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubclient.h"

#include "engine/synclog.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pes::sync {

bool SyncError::permanent() const
{
    return problem == SyncProblem::NotConfigured || problem == SyncProblem::Unauthorised ||
           problem == SyncProblem::Tls || problem == SyncProblem::Rejected;
}

QString problemName(SyncProblem problem)
{
    switch (problem) {
    case SyncProblem::NotConfigured:
        return u"not-configured"_s;
    case SyncProblem::Offline:
        return u"offline"_s;
    case SyncProblem::Unreachable:
        return u"hub-unreachable"_s;
    case SyncProblem::Unauthorised:
        return u"token-refused"_s;
    case SyncProblem::Tls:
        return u"certificate-refused"_s;
    case SyncProblem::Rejected:
        return u"request-refused"_s;
    case SyncProblem::HubFailure:
        return u"hub-failure"_s;
    case SyncProblem::Storage:
        return u"storage"_s;
    case SyncProblem::Stopped:
        return u"stopped"_s;
    }
    return {};
}

HubClient::HubClient(const QUrl &hub, const QString &token, int timeoutMs,
                     std::shared_ptr<std::atomic_bool> stop)
    : m_hub(hub)
    , m_token(token)
    , m_timeoutMs(timeoutMs)
    , m_stop(stop ? std::move(stop) : std::make_shared<std::atomic_bool>(false))
{
}

HubClient::HubClient(const HubClient &other)
    : m_hub(other.m_hub)
    , m_token(other.m_token)
    , m_timeoutMs(other.m_timeoutMs)
    , m_ca(other.m_ca)
    , m_stop(other.m_stop)
{
}

HubClient::~HubClient() = default;

std::expected<QByteArray, SyncError> HubClient::get(const QString &path, const QString &query)
{
    return send("GET", path, query, {});
}

std::expected<QByteArray, SyncError> HubClient::post(const QString &path, const QByteArray &body)
{
    return send("POST", path, {}, body);
}

QByteArray HubReply::header(const QByteArray &lowerCaseName) const
{
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return header.second;
    }
    return {};
}

std::expected<HubReply, SyncError>
HubClient::call(const QByteArray &method, const QString &path, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return exchange(method, path, {}, body, headers);
}

std::expected<QByteArray, SyncError> HubClient::send(const QByteArray &method, const QString &path,
                                                     const QString &query, const QByteArray &body)
{
    auto reply = exchange(
        method, path, query, body,
        method == "POST"
            ? QList<std::pair<QByteArray, QByteArray>>{{"Content-Type", "application/n-quads"}}
            : QList<std::pair<QByteArray, QByteArray>>{});
    if (!reply)
        return std::unexpected(reply.error());
    const QString said = QString::fromUtf8(reply->body).trimmed().left(500);
    if (reply->status >= 400 && reply->status < 500)
        return std::unexpected(
            SyncError{SyncProblem::Rejected,
                      u"the hub refused the request (%1): %2"_s.arg(reply->status).arg(said)});
    if (reply->status != 200)
        return std::unexpected(SyncError{SyncProblem::HubFailure,
                                         u"the hub answered with status %1"_s.arg(reply->status)});
    return reply->body;
}

std::expected<HubReply, SyncError>
HubClient::exchange(const QByteArray &method, const QString &path, const QString &query,
                    const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const SyncError stopped{SyncProblem::Stopped,
                            u"the sync was stopped; changes are kept and will be sent at the "
                            u"next sync"_s};
    if (m_stop->load())
        return std::unexpected(stopped);
    if (auto *information = QNetworkInformation::instance();
        information &&
        information->reachability() == QNetworkInformation::Reachability::Disconnected)
        return std::unexpected(SyncError{SyncProblem::Offline,
                                         u"this computer is offline; changes are kept and will be "
                                         u"sent when the network is back"_s});

    QUrl url = m_hub;
    url.setPath(m_hub.path().chopped(m_hub.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/n-quads");
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }

    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();
    QNetworkReply *reply = method == "GET"    ? m_manager->get(request)
                           : method == "HEAD" ? m_manager->head(request)
                                              : m_manager->sendCustomRequest(request, method, body);
    // Owned here, so it goes even if the thread's event loop has stopped.
    const std::unique_ptr<QNetworkReply> owned(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer watch; // a stop may come from any thread: look at the flag now and then
    QObject::connect(&watch, &QTimer::timeout, reply, [this, reply] {
        if (m_stop->load())
            reply->abort();
    });
    watch.start(100);
    if (!reply->isFinished())
        loop.exec();
    watch.stop();
    if (m_stop->load() || !reply->isFinished()) {
        reply->abort();
        return std::unexpected(stopped);
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString said = QString::fromUtf8(answer).trimmed().left(500);
    const QString where = m_hub.toString();
    if (status == 401)
        return std::unexpected(SyncError{
            SyncProblem::Unauthorised,
            u"the hub refused this device's token (it is wrong or was revoked): ask the hub's "
            u"administrator for a new one, then run “pes hub set”"_s});
    if (status >= 500)
        return std::unexpected(
            SyncError{SyncProblem::HubFailure, u"the hub failed (%1): %2"_s.arg(status).arg(said)});
    // A 4xx is a complete answer even though Qt flags it as an error.
    if (reply->error() != QNetworkReply::NoError && !(status >= 400 && status < 500)) {
        const auto error = reply->error();
        qCInfo(lcSync) << "request to" << url.toString() << "failed:" << reply->errorString();
        if (error == QNetworkReply::SslHandshakeFailedError)
            return std::unexpected(SyncError{
                SyncProblem::Tls,
                u"the hub's certificate is not trusted (%1); check the hub "
                u"address or install its certificate authority"_s.arg(reply->errorString())});
        return std::unexpected(SyncError{
            SyncProblem::Unreachable,
            u"the hub at %1 cannot be reached (%2); changes are kept and will be sent later"_s.arg(
                where, reply->errorString())});
    }
    HubReply result{status, answer, {}};
    for (const auto &header : reply->rawHeaderPairs())
        result.headers.append({header.first.toLower(), header.second});
    return result;
}

} // namespace pes::sync
