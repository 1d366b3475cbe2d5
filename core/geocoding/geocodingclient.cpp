// SPDX-License-Identifier: GPL-3.0-or-later
#include "geocodingclient.h"

#include "geocodinglog.h"

#include <cmath>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pes::geocoding {

namespace {

// What one HTTP exchange gave: a body, or an error that may be worth retrying.
struct Exchange
{
    QByteArray body;
    QString error;
    bool transient = false;
};

bool transientStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

bool transientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

Exchange fetch(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("PES-Desktop/" PES_VERSION " (geocoding)"));
    request.setTransferTimeout(timeoutMs);
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    Exchange exchange;
    exchange.body = reply->readAll();
    const QString said = QString::fromUtf8(exchange.body).simplified().left(200);
    if (status >= 400) {
        exchange.transient = transientStatus(status);
        exchange.error =
            said.isEmpty()
                ? u"the geocoding service answered with status %1"_s.arg(status)
                : u"the geocoding service answered with status %1: %2"_s.arg(status).arg(said);
    } else if (reply->error() != QNetworkReply::NoError) {
        exchange.transient = transientNetworkError(reply->error());
        exchange.error = u"the geocoding service at %1 cannot be reached (%2)"_s.arg(
            url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString(), reply->errorString());
    } else if (status != 200) {
        exchange.error = u"the geocoding service answered with status %1"_s.arg(status);
    }
    return exchange;
}

std::optional<double> number(const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

} // namespace

GeocodingClient::GeocodingClient(const QUrl &service, int timeoutMs)
    : m_service(service)
    , m_timeoutMs(timeoutMs)
{
}

Status GeocodingClient::checkServiceUrl(const QUrl &service)
{
    if (!service.isValid() || (service.scheme() != u"http" && service.scheme() != u"https") ||
        service.host().isEmpty())
        return fail(
            Error::Code::InvalidArgument,
            u"“%1” is not a geocoding service address: expected http(s)://host[/path]"_s.arg(
                service.toString()));
    return {};
}

Result<std::optional<GeocodeMatch>> GeocodingClient::search(const QString &text)
{
    PES_TRY(checkServiceUrl(m_service));
    if (text.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"there is no address to look for"_s);

    QUrl url = m_service;
    QString path = m_service.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + u"search/"_s);
    // Encoded by hand: a "+" or "&" in an address must reach the service as itself.
    url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(text.simplified())) +
                 u"&limit=1"_s);

    Exchange exchange;
    for (int attempt = 0; attempt <= m_retries; ++attempt) {
        if (attempt > 0) {
            const int wait = m_retryDelayMs << (attempt - 1);
            qCDebug(lcGeocoding) << "retrying in" << wait << "ms after:" << exchange.error;
            QThread::msleep(wait);
        }
        exchange = fetch(url, m_timeoutMs);
        if (exchange.error.isEmpty() || !exchange.transient)
            break;
    }
    if (!exchange.error.isEmpty()) {
        qCDebug(lcGeocoding).noquote() << "search failed:" << exchange.error;
        return fail(Error::Code::Io, exchange.error);
    }
    return parseSearchAnswer(exchange.body);
}

Result<std::optional<GeocodeMatch>> parseSearchAnswer(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            Error::Code::Parse,
            u"the geocoding service's answer is not JSON (%1 at byte %2)"_s.arg(error.errorString())
                .arg(error.offset));
    const QJsonObject root = document.object();
    if (root.value(u"type"_s).toString() != u"FeatureCollection" ||
        !root.value(u"features"_s).isArray())
        return fail(Error::Code::Parse,
                    u"the geocoding service's answer is not a GeoJSON FeatureCollection"_s);
    const QJsonArray features = root.value(u"features"_s).toArray();
    if (features.isEmpty())
        return std::optional<GeocodeMatch>();

    const QJsonObject feature = features.first().toObject();
    const QJsonObject geometry = feature.value(u"geometry"_s).toObject();
    const QJsonArray coordinates = geometry.value(u"coordinates"_s).toArray();
    const QJsonObject properties = feature.value(u"properties"_s).toObject();
    const auto longitude = number(coordinates.at(0));
    const auto latitude = number(coordinates.at(1));
    const auto score = number(properties.value(u"score"_s));
    if (geometry.value(u"type"_s).toString() != u"Point" || !longitude || !latitude)
        return fail(Error::Code::Parse,
                    u"the geocoding service's first result has no point [longitude, latitude]"_s);
    if (std::abs(*latitude) > 90 || std::abs(*longitude) > 180)
        return fail(
            Error::Code::Parse,
            u"the geocoding service gave a point off the globe (%1, %2)"_s.arg(*latitude).arg(
                *longitude));
    if (!score)
        return fail(Error::Code::Parse, u"the geocoding service's first result has no score"_s);

    GeocodeMatch match;
    match.latitude = *latitude;
    match.longitude = *longitude;
    match.score = *score;
    match.label = properties.value(u"label"_s).toString();
    match.postcode = properties.value(u"postcode"_s).toString();
    match.citycode = properties.value(u"citycode"_s).toString();
    match.city = properties.value(u"city"_s).toString();
    return match;
}

} // namespace pes::geocoding
