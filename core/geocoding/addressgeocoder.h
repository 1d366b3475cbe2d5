// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geocoding/geocodingclient.h"
#include "replica/replica.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

namespace pes::geocoding {

enum class GeocodeOutcome {
    Located,   // the service was sure enough: coordinates written
    Uncertain, // the best match scored below the minimum: nothing written
    NotFound,  // the service knows no such address
    NoAddress, // the record has no town or postcode to look for
    Failed,    // the service could not be asked or gave a bad answer
};
QString outcomeName(GeocodeOutcome outcome);

// What happened to one record.
struct GeocodeResult
{
    QString iri;
    QString title;
    QString query; // the address text sent to the service
    GeocodeOutcome outcome = GeocodeOutcome::Failed;
    std::optional<GeocodeMatch> match; // for Located and Uncertain
    QString reason;                    // for Failed, NoAddress and Uncertain, in plain words
    bool written = false;              // coordinates stored in the replica

    QJsonObject toJson() const;
};

struct GeocodeOptions
{
    QUrl service;
    double minScore = 0.5; // below it a match is reported as uncertain and not written
    int intervalMs = 100;  // at least this long between two requests (the BAN allows 50/s)
    int timeoutMs = 15000;
    int retries = 3;
    int retryDelayMs = 500;
    bool dryRun = false; // ask the service but write nothing
};

struct GeocodeSummary
{
    QList<GeocodeResult> results;
    bool cancelled = false;
    int written = 0;
    int count(GeocodeOutcome outcome) const;
    QJsonObject toJson() const;
};

// The address of a record as one line for the service ("12 rue X 13001 Marseille").
QString addressText(const QJsonObject &fields);
// A record can be located when it has at least a town or a postcode.
bool hasAddress(const QJsonObject &fields);
bool hasCoordinates(const QJsonObject &fields);
// Live records of kinds with an address that have a town or postcode but no
// latitude or longitude, oldest first.
Result<QStringList> recordsMissingCoordinates(Replica &replica);

// Gives records coordinates from their address, one by one, politely spaced,
// and writes the sure ones through the replica in one journalled change (so
// one undo reverts a whole batch). Records already located are located again
// when named explicitly. Nothing is written for uncertain or failed records,
// nor when the address changed while the service was being asked.
// run() blocks: call it from a worker thread or a command.
class AddressGeocoder : public QObject
{
    Q_OBJECT
public:
    AddressGeocoder(Replica &replica, const GeocodeOptions &options, QObject *parent = nullptr);

    // Locates the records, then writes the located ones. Fails only when the
    // options are wrong or the replica cannot be written (nothing is then written).
    Result<GeocodeSummary> run(const QStringList &iris);
    // Stops after the current record; what was located so far is still written.
    // Safe to call from any thread.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    // After each record: `done` of `total` records looked at.
    void progress(int done, int total, const pes::geocoding::GeocodeResult &latest);

private:
    GeocodeResult locate(GeocodingClient &client, const QString &iri);
    Status write(GeocodeSummary &summary);
    void waitForTurn();

    Replica &m_replica;
    GeocodeOptions m_options;
    std::atomic<bool> m_cancelled = false;
    qint64 m_lastRequest = 0; // msecs since epoch
};

} // namespace pes::geocoding
