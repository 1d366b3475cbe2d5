// SPDX-License-Identifier: GPL-3.0-or-later
#include "banserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pes::test {

namespace {

QByteArray collection(const QString &query, const QJsonArray &features)
{
    return QJsonDocument(QJsonObject{{u"type"_s, u"FeatureCollection"_s},
                                     {u"version"_s, u"draft"_s},
                                     {u"query"_s, query},
                                     {u"limit"_s, 1},
                                     {u"features"_s, features}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject feature(double longitude, double latitude, double score, const QString &label,
                    const QString &postcode, const QString &city)
{
    return {{u"type"_s, u"Feature"_s},
            {u"geometry"_s, QJsonObject{{u"type"_s, u"Point"_s},
                                        {u"coordinates"_s, QJsonArray{longitude, latitude}}}},
            {u"properties"_s, QJsonObject{{u"label"_s, label},
                                          {u"score"_s, score},
                                          {u"postcode"_s, postcode},
                                          {u"citycode"_s, u"13201"_s},
                                          {u"city"_s, city},
                                          {u"type"_s, u"housenumber"_s}}}};
}

} // namespace

BanServer::BanServer()
{
    m_server.setMissingHandler(&m_server, [this](const QHttpServerRequest &request,
                                                 QHttpServerResponder &responder) {
        const QString query = QUrlQuery(request.url()).queryItemValue(u"q"_s, QUrl::FullyDecoded);
        m_requests.append({query, QDateTime::currentMSecsSinceEpoch()});
        QHttpHeaders json;
        json.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
        if (request.url().path() != u"/search/") {
            responder.write("{\"code\":404,\"message\":\"Not found\"}", json,
                            QHttpServerResponder::StatusCode::NotFound);
            return;
        }
        if (query.contains(u"Charabia")) {
            responder.write("{\"type\": \"FeatureCollection\", \"features\": [ {\"geom", json,
                            QHttpServerResponder::StatusCode::Ok);
            return;
        }
        if (query.contains(u"En panne") ||
            (query.contains(u"Capricieuse") && m_capricious++ == 0)) {
            responder.write("Service temporarily unavailable", QHttpHeaders(),
                            QHttpServerResponder::StatusCode::ServiceUnavailable);
            return;
        }
        QJsonArray features;
        if (query.contains(u"Canebière"))
            features.append(feature(5.379832, 43.297564, 0.93, u"12 La Canebière 13001 Marseille"_s,
                                    u"13001"_s, u"Marseille"_s));
        else if (query.contains(u"Vague"))
            features.append(feature(5.4, 43.3, 0.31, u"Rue Vaguement 13002 Marseille"_s, u"13002"_s,
                                    u"Marseille"_s));
        else if (query.contains(u"Capricieuse"))
            features.append(feature(5.44, 43.52, 0.81, u"3 Rue Capricieuse 13100 Aix-en-Provence"_s,
                                    u"13100"_s, u"Aix-en-Provence"_s));
        else if (!query.contains(u"Nulle part"))
            features.append(feature(5.0 + (qHash(query) % 1000) / 10000.0, 43.5, 0.75, query,
                                    u"13000"_s, u"Marseille"_s));
        responder.write(collection(query, features), json, QHttpServerResponder::StatusCode::Ok);
    });
}

bool BanServer::listen()
{
    m_tcp = new QTcpServer(&m_server);
    if (!m_tcp->listen(QHostAddress::LocalHost))
        return false;
    return m_server.bind(m_tcp);
}

QUrl BanServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_tcp ? m_tcp->serverPort() : 0));
}

int BanServer::requestsFor(const QString &word) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &request) { return request.query.contains(word); }));
}

} // namespace pes::test
