// SPDX-License-Identifier: GPL-3.0-or-later
// `pes geocode`: coordinates for records from their address, through a
// service speaking the French national address base's API.
#include "commandcontext.h"

#include "geocoding/addressgeocoder.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::cli {

namespace {

using geocoding::GeocodeOutcome;

QString outcomeText(const geocoding::GeocodeResult &result)
{
    switch (result.outcome) {
    case GeocodeOutcome::Located:
        return u"located at %1, %2 (score %3, “%4”)"_s.arg(result.match->latitude, 0, 'f', 6)
            .arg(result.match->longitude, 0, 'f', 6)
            .arg(result.match->score, 0, 'f', 2)
            .arg(result.match->label);
    case GeocodeOutcome::Uncertain:
        return u"uncertain, not written: "_s + result.reason;
    case GeocodeOutcome::NotFound:
        return u"not found"_s;
    case GeocodeOutcome::NoAddress:
        return u"skipped: "_s + result.reason;
    case GeocodeOutcome::Failed:
        return u"failed: "_s + result.reason;
    }
    return {};
}

int geocode(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption allMissing(
        u"all-missing"_s, u"Every record with a town or postcode but no coordinates."_s);
    const QCommandLineOption service(
        u"service"_s,
        u"Geocoding service speaking the BAN API (default: $PES_GEOCODING_URL, else %1)."_s.arg(
            QString::fromLatin1(geocoding::publicServiceUrl)),
        u"URL"_s);
    const QCommandLineOption minScore(
        u"min-score"_s, u"Below this score (0 to 1) a match is uncertain and not written (0.5)."_s,
        u"SCORE"_s, u"0.5"_s);
    const QCommandLineOption interval(u"interval"_s,
                                      u"Milliseconds between two requests to the service (100)."_s,
                                      u"MS"_s, u"100"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Ask the service but write nothing."_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as JSON."_s);
    parser.addOptions({allMissing, service, minScore, interval, dryRun, json});
    parser.addPositionalArgument(u"iri"_s, u"Records to locate (even those already located)."_s,
                                 u"[IRI...]"_s);
    int code = Success;
    if (context.helpOrUsage(parser,
                            u"[--all-missing | IRI...] [--service URL] [--min-score 0.5] "
                            u"[--dry-run] [--json]"_s,
                            &code))
        return code;
    const QStringList named = parser.positionalArguments();
    if (parser.isSet(allMissing) == !named.isEmpty())
        return context.usage(u"give either --all-missing or the IRIs of records"_s);

    geocoding::GeocodeOptions options;
    QString url = parser.value(service);
    if (url.isEmpty())
        url = qEnvironmentVariable("PES_GEOCODING_URL");
    if (url.isEmpty())
        url = QString::fromLatin1(geocoding::publicServiceUrl);
    options.service = QUrl(url);
    bool ok = false;
    options.minScore = parser.value(minScore).toDouble(&ok);
    if (!ok || options.minScore < 0 || options.minScore > 1)
        return context.usage(u"--min-score takes a number between 0 and 1"_s);
    options.intervalMs = parser.value(interval).toInt(&ok);
    if (!ok || options.intervalMs < 0)
        return context.usage(u"--interval takes a number of milliseconds"_s);
    options.dryRun = parser.isSet(dryRun);

    auto replica = context.openReplica();
    if (!replica)
        return context.report(replica.error());
    QStringList iris = named;
    if (parser.isSet(allMissing)) {
        auto missing = geocoding::recordsMissingCoordinates(**replica);
        if (!missing)
            return context.report(missing.error());
        iris = *missing;
    }
    if (iris.isEmpty()) {
        context.err << "No record with an address is missing its coordinates." << Qt::endl;
        return Success;
    }

    geocoding::AddressGeocoder geocoder(**replica, options);
    const bool quiet = parser.isSet(json);
    QObject::connect(&geocoder, &geocoding::AddressGeocoder::progress, &geocoder,
                     [&](int done, int total, const geocoding::GeocodeResult &result) {
                         if (quiet)
                             return;
                         context.err << '[' << done << '/' << total << "] "
                                     << (result.title.isEmpty() ? result.iri : result.title) << ": "
                                     << outcomeText(result) << Qt::endl;
                     });
    if (!quiet)
        context.err << "Locating " << iris.size() << " record(s) with "
                    << options.service.toString()
                    << (options.dryRun ? " (dry run: nothing is written)" : "") << Qt::endl;
    auto summary = geocoder.run(iris);
    if (!summary)
        return context.report(summary.error());

    const int failed = summary->count(GeocodeOutcome::Failed);
    if (quiet) {
        context.out << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented);
        context.out.flush();
        return failed > 0 ? Failure : Success;
    }
    context.out << "Located " << summary->count(GeocodeOutcome::Located) << ", uncertain "
                << summary->count(GeocodeOutcome::Uncertain) << ", not found "
                << summary->count(GeocodeOutcome::NotFound) << ", without address "
                << summary->count(GeocodeOutcome::NoAddress) << ", failed " << failed << ".\n";
    if (options.dryRun)
        context.out << "Dry run: nothing was written.\n";
    else if (summary->written == 0)
        context.out << "Nothing was written.\n";
    else
        context.out << "Wrote the coordinates of " << summary->written
                    << " record(s) in one change (“pes undo” reverts it).\n";
    for (const auto &result : std::as_const(summary->results))
        if (result.outcome == GeocodeOutcome::Failed)
            context.out << "Failed: " << (result.title.isEmpty() ? result.iri : result.title)
                        << ": " << result.reason << '\n';
    context.out.flush();
    return failed > 0 ? Failure : Success;
}

} // namespace

QList<Command> geocodeCommands()
{
    return {
        {u"geocode"_s, u"Locate records from their address with a geocoding service"_s, geocode},
    };
}

} // namespace pes::cli
