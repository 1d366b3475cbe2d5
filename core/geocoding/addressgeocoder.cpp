// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressgeocoder.h"

#include "geocodinglog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QThread>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pes::geocoding {

namespace {

QString field(const QJsonObject &fields, const QString &name)
{
    return fields.value(name).toVariant().toString().simplified();
}

bool kindHasAddress(Kind kind)
{
    const KindInfo &info = kindInfo(kind);
    return info.field(u"latitude"_s) && info.field(u"city"_s);
}

double rounded(double degrees)
{
    return std::round(degrees * 1e6) / 1e6; // about 10 cm, more than any address is worth
}

} // namespace

QString outcomeName(GeocodeOutcome outcome)
{
    switch (outcome) {
    case GeocodeOutcome::Located:
        return u"located"_s;
    case GeocodeOutcome::Uncertain:
        return u"uncertain"_s;
    case GeocodeOutcome::NotFound:
        return u"not-found"_s;
    case GeocodeOutcome::NoAddress:
        return u"no-address"_s;
    case GeocodeOutcome::Failed:
        return u"failed"_s;
    }
    return {};
}

QJsonObject GeocodeResult::toJson() const
{
    QJsonObject object{{u"iri"_s, iri},
                       {u"title"_s, title},
                       {u"query"_s, query},
                       {u"outcome"_s, outcomeName(outcome)},
                       {u"written"_s, written}};
    if (!reason.isEmpty())
        object.insert(u"reason"_s, reason);
    if (match) {
        object.insert(u"latitude"_s, match->latitude);
        object.insert(u"longitude"_s, match->longitude);
        object.insert(u"score"_s, match->score);
        object.insert(u"label"_s, match->label);
    }
    return object;
}

int GeocodeSummary::count(GeocodeOutcome outcome) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [outcome](const GeocodeResult &r) { return r.outcome == outcome; }));
}

QJsonObject GeocodeSummary::toJson() const
{
    QJsonArray array;
    for (const GeocodeResult &result : results)
        array.append(result.toJson());
    QJsonObject object{{u"results"_s, array}, {u"cancelled"_s, cancelled}, {u"written"_s, written}};
    for (auto outcome :
         {GeocodeOutcome::Located, GeocodeOutcome::Uncertain, GeocodeOutcome::NotFound,
          GeocodeOutcome::NoAddress, GeocodeOutcome::Failed})
        object.insert(outcomeName(outcome), count(outcome));
    return object;
}

QString addressText(const QJsonObject &fields)
{
    const QString place =
        QStringList{field(fields, u"postcode"_s), field(fields, u"city"_s)}.join(u' ').trimmed();
    QStringList parts;
    if (const QString street = field(fields, u"street"_s); !street.isEmpty())
        parts.append(street);
    if (!place.isEmpty())
        parts.append(place);
    return parts.join(u", "_s);
}

bool hasAddress(const QJsonObject &fields)
{
    return !field(fields, u"city"_s).isEmpty() || !field(fields, u"postcode"_s).isEmpty();
}

bool hasCoordinates(const QJsonObject &fields)
{
    const auto present = [&](const QString &name) {
        const QJsonValue value = fields.value(name);
        return !value.isNull() && !value.isUndefined() && !field(fields, name).isEmpty();
    };
    return present(u"latitude"_s) && present(u"longitude"_s);
}

Result<QStringList> recordsMissingCoordinates(Replica &replica)
{
    QStringList kinds;
    for (Kind kind : allKinds())
        if (kindHasAddress(kind))
            kinds.append(u"'"_s + kindInfo(kind).name + u"'"_s);
    auto statement = replica.database().prepare(
        u"SELECT iri FROM record WHERE deleted IS NULL AND kind IN (%1) "
        u"AND (coalesce(trim(fields ->> 'city'), '') <> '' "
        u"OR coalesce(trim(fields ->> 'postcode'), '') <> '') "
        u"AND (fields ->> 'latitude' IS NULL OR fields ->> 'longitude' IS NULL) ORDER BY id"_s.arg(
            kinds.join(u',')));
    if (!statement)
        return std::unexpected(statement.error());
    sql::Query select(**statement);
    QStringList iris;
    while (true) {
        auto row = select->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        iris.append(select->text(0));
    }
    return iris;
}

AddressGeocoder::AddressGeocoder(Replica &replica, const GeocodeOptions &options, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_options(options)
{
}

Result<GeocodeSummary> AddressGeocoder::run(const QStringList &iris)
{
    PES_TRY(GeocodingClient::checkServiceUrl(m_options.service));
    if (!(m_options.minScore >= 0 && m_options.minScore <= 1))
        return fail(
            Error::Code::InvalidArgument,
            u"the minimum score must lie between 0 and 1, not %1"_s.arg(m_options.minScore));

    GeocodingClient client(m_options.service, m_options.timeoutMs);
    client.setRetries(m_options.retries);
    client.setRetryDelay(m_options.retryDelayMs);
    GeocodeSummary summary;
    for (const QString &iri : iris) {
        if (m_cancelled) {
            summary.cancelled = true;
            break;
        }
        summary.results.append(locate(client, iri));
        Q_EMIT progress(int(summary.results.size()), int(iris.size()), summary.results.last());
    }
    qCInfo(lcGeocoding) << "looked up" << summary.results.size() << "of" << iris.size()
                        << "records:" << summary.count(GeocodeOutcome::Located) << "located"
                        << (summary.cancelled ? "(cancelled)" : "");
    if (!m_options.dryRun)
        PES_TRY(write(summary));
    return summary;
}

void AddressGeocoder::waitForTurn()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = m_lastRequest + m_options.intervalMs - now;
    if (m_lastRequest > 0 && wait > 0)
        QThread::msleep(wait);
    m_lastRequest = QDateTime::currentMSecsSinceEpoch();
}

GeocodeResult AddressGeocoder::locate(GeocodingClient &client, const QString &iri)
{
    GeocodeResult result;
    result.iri = iri;
    auto record = m_replica.record(iri);
    if (!record) {
        result.reason = record.error().message;
        return result;
    }
    result.title = record->title();
    if (record->deletedAt.isValid()) {
        result.reason = u"the record is in the trash"_s;
        return result;
    }
    if (!kindHasAddress(record->kind) || !hasAddress(record->fields)) {
        result.outcome = GeocodeOutcome::NoAddress;
        result.reason = u"the record has no town or postcode"_s;
        return result;
    }
    result.query = addressText(record->fields);

    waitForTurn();
    auto found = client.search(result.query);
    if (!found) {
        result.reason = found.error().message;
        return result;
    }
    if (!*found) {
        result.outcome = GeocodeOutcome::NotFound;
        return result;
    }
    result.match = **found;
    if (result.match->score < m_options.minScore) {
        result.outcome = GeocodeOutcome::Uncertain;
        result.reason = u"best match “%1” scored %2, below %3"_s.arg(result.match->label)
                            .arg(result.match->score, 0, 'f', 2)
                            .arg(m_options.minScore, 0, 'f', 2);
        return result;
    }
    result.outcome = GeocodeOutcome::Located;
    return result;
}

Status AddressGeocoder::write(GeocodeSummary &summary)
{
    // Someone may have edited a record while the service was being asked:
    // their edit wins. Checked before the change is named, and again inside it.
    const auto unchanged = [this](const GeocodeResult &result) -> Result<bool> {
        auto record = m_replica.record(result.iri);
        if (!record)
            return std::unexpected(record.error());
        return !record->isDeleted() && addressText(record->fields) == result.query;
    };
    QList<GeocodeResult *> located;
    for (GeocodeResult &result : summary.results) {
        if (result.outcome != GeocodeOutcome::Located)
            continue;
        auto same = unchanged(result);
        if (!same)
            return std::unexpected(same.error());
        if (*same) {
            located.append(&result);
        } else {
            result.outcome = GeocodeOutcome::Failed;
            result.reason = u"the record changed while it was being located; try again"_s;
        }
    }
    if (located.isEmpty())
        return {};

    const QString description = located.size() == 1
                                    ? u"Locate “%1” from its address"_s.arg(located.first()->title)
                                    : u"Locate %1 records from their address"_s.arg(located.size());
    auto change = m_replica.beginChange(description);
    if (!change)
        return std::unexpected(change.error());
    int written = 0;
    for (GeocodeResult *result : std::as_const(located)) {
        auto same = unchanged(*result);
        if (!same)
            return std::unexpected(same.error());
        if (!*same) {
            result->outcome = GeocodeOutcome::Failed;
            result->reason = u"the record changed while it was being located; try again"_s;
            continue;
        }
        PES_TRY(
            m_replica.update(result->iri, {{u"latitude"_s, rounded(result->match->latitude)},
                                           {u"longitude"_s, rounded(result->match->longitude)}}));
        ++written;
    }
    if (written == 0)
        return {}; // the scope rolls back an empty change
    PES_TRY(change->commit());
    for (GeocodeResult *result : std::as_const(located))
        result->written = result->outcome == GeocodeOutcome::Located;
    summary.written = written;
    qCInfo(lcGeocoding).noquote() << description;
    return {};
}

} // namespace pes::geocoding
