// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace pes::geocoding {

// The public service of the French national address base (BAN). Shown in the
// settings as the default; tests always give their own server.
inline constexpr auto publicServiceUrl = "https://api-adresse.data.gouv.fr";

// The best match the service found for an address.
struct GeocodeMatch
{
    double latitude = 0;
    double longitude = 0;
    double score = 0; // 0..1, how sure the service is
    QString label;    // the address as the service understood it
    QString postcode;
    QString citycode; // INSEE code of the commune
    QString city;
};

// Blocking calls to a geocoding service that speaks the BAN API format:
// GET {service}/search/?q=TEXT&limit=1 answering a GeoJSON FeatureCollection.
// Runs a local event loop, so it suits a worker thread or a command. Retries
// an overloaded service (429, 502, 503, 504, cut connections) a few times with
// a growing wait; any other failure is an error in plain words.
class GeocodingClient
{
public:
    explicit GeocodingClient(const QUrl &service, int timeoutMs = 15000);

    void setRetries(int retries) { m_retries = retries; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    // The best match, or nothing when the service knows no such address.
    Result<std::optional<GeocodeMatch>> search(const QString &text);

    // Checks that a service address is usable (http or https, with a host).
    static Status checkServiceUrl(const QUrl &service);

private:
    QUrl m_service;
    int m_timeoutMs;
    int m_retries = 3;
    int m_retryDelayMs = 500;
};

// Reads the service's GeoJSON answer (exposed for tests).
Result<std::optional<GeocodeMatch>> parseSearchAnswer(const QByteArray &body);

} // namespace pes::geocoding
