// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparqlmirror.h"

#include "publicgraph.h"

#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

// Characters IRIREF excludes in SPARQL; record IRIs are validated long before,
// this only keeps a bad one from breaking the request for the others.
bool isSafeIri(const QString &iri)
{
    for (const QChar c : iri) {
        if (c.unicode() <= 0x20 || QStringView(u"<>\"{}|^`\\").contains(c))
            return false;
    }
    return !iri.isEmpty();
}

} // namespace

SparqlMirror::SparqlMirror(HubStore &store, MirrorOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SparqlMirror::step);
}

Status SparqlMirror::start()
{
    if (!m_options.updateEndpoint.isValid() || m_options.updateEndpoint.scheme().isEmpty())
        return fail(Error::Code::InvalidArgument, u"“%1” is not a SPARQL Update endpoint URL"_s.arg(
                                                      m_options.updateEndpoint.toString()));
    const QString endpoint = m_options.updateEndpoint.toString();
    auto known = m_store.setting(endpointKey);
    if (!known)
        return std::unexpected(known.error());
    if (*known != endpoint) {
        // Another store (or the first one): it holds none of our graphs yet.
        PES_TRY(m_store.setSetting(cursorKey, u"0"_s));
        PES_TRY(m_store.setSetting(endpointKey, endpoint));
    }
    qCInfo(lcHub).noquote() << u"mirroring public records to"_s << endpoint;
    m_timer.start(0);
    return {};
}

Result<QByteArray> SparqlMirror::updateRequest(const QList<wire::RemoteRecord> &records)
{
    QByteArray update;
    for (const wire::RemoteRecord &record : records) {
        if (!isSafeIri(record.iri))
            return fail(Error::Code::InvalidArgument,
                        u"<%1> cannot be written in a SPARQL request"_s.arg(record.iri));
        const QByteArray graph = '<' + record.iri.toUtf8() + '>';
        if (!update.isEmpty())
            update += " ;\n";
        update += "DROP SILENT GRAPH " + graph;
        if (record.visibility == Visibility::Public && !record.deleted.isValid()) {
            // N-Triples statements are valid SPARQL triples.
            update += " ;\nINSERT DATA { GRAPH " + graph + " {\n" +
                      publicStatements(record, false) + "} }";
        }
    }
    return update + '\n';
}

void SparqlMirror::step()
{
    if (m_busy)
        return;
    auto cursor = m_store.setting(cursorKey, u"0"_s);
    auto records = cursor ? m_store.recordsAfter(cursor->toLongLong(), m_options.batchSize)
                          : Result<QList<wire::RemoteRecord>>(std::unexpected(cursor.error()));
    if (!records)
        return scheduleRetry(records.error().message);
    if (records->isEmpty()) {
        m_timer.start(m_options.pollInterval);
        return;
    }
    auto update = updateRequest(*records);
    if (!update)
        return scheduleRetry(update.error().message);

    QNetworkRequest request(m_options.updateEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/sparql-update"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("pes-hub"));
    if (!m_options.authorization.isEmpty())
        request.setRawHeader("Authorization", m_options.authorization);
    request.setTransferTimeout(30000);
    const qint64 last = records->last().sequence;
    const int count = int(records->size());
    m_busy = true;
    QNetworkReply *reply = m_network.post(request, *update);
    connect(reply, &QNetworkReply::finished, this, [this, reply, last, count] {
        reply->deleteLater();
        m_busy = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2) {
            const QByteArray answer = reply->readAll().left(300).trimmed();
            return scheduleRetry(
                status ? u"the SPARQL store answered %1: %2"_s.arg(status).arg(
                             QString::fromUtf8(answer))
                       : u"the SPARQL store cannot be reached: %1"_s.arg(reply->errorString()));
        }
        if (auto saved = m_store.setSetting(cursorKey, QString::number(last)); !saved)
            return scheduleRetry(saved.error().message);
        qCDebug(lcHub) << "mirrored" << count << "record(s) up to sequence" << last;
        if (m_retryDelay.count())
            qCInfo(lcHub) << "the SPARQL mirror is working again";
        m_retryDelay = {};
        Q_EMIT caughtUp(last);
        m_timer.start(0); // more may be waiting
    });
}

void SparqlMirror::scheduleRetry(const QString &reason)
{
    m_retryDelay =
        std::clamp(m_retryDelay * 2, std::chrono::milliseconds(1000), m_options.maxRetryDelay);
    qCWarning(lcHub).noquote() << u"SPARQL mirror: %1; next try in %2 s"_s.arg(reason).arg(
        double(m_retryDelay.count()) / 1000.0);
    m_timer.start(m_retryDelay);
}

} // namespace pes::hub
