// SPDX-License-Identifier: GPL-3.0-or-later
#include "tiledownloader.h"

#include "tileslogging.h"
#include "tilestore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

QString tileName(const TileKey &tile)
{
    return QString(u"%1/%2/%3"_s).arg(tile.z).arg(tile.x).arg(tile.y);
}

} // namespace

TileDownloader::TileDownloader(TileStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &TileDownloader::pump);
}

TileDownloader::~TileDownloader()
{
    cancel();
}

Status TileDownloader::start(const OfflineArea &area)
{
    if (m_running)
        return fail(Error::Code::Conflict, u"A download of an offline area is already running."_s);
    PES_TRY(area.validate());
    const TileSource source(area.urlTemplate);
    PES_TRY(source.checkBulkDownload());
    const qint64 count = area.tileCount();
    if (count > m_options.maxTiles)
        return fail(Error::Code::InvalidArgument,
                    QString(u"Offline area \"%1\" has %2 tiles, more than the %3 allowed at once: "
                            u"choose a smaller rectangle or a lower maximum zoom."_s)
                        .arg(area.name)
                        .arg(count)
                        .arg(m_options.maxTiles));
    PES_TRY(m_store->saveArea(area));

    ++m_generation;
    m_area = area;
    m_source = source;
    m_sourceId = source.id();
    m_queue.clear();
    m_attempts.clear();
    m_failures.clear();
    m_waitingRetries = 0;
    m_progress = {};
    m_progress.total = count;
    area.forEachTile([this](const TileKey &tile) {
        if (m_store->has(m_sourceId, tile))
            ++m_progress.skipped;
        else
            m_queue.append(tile);
        return true;
    });
    qCInfo(lcTiles) << "offline area" << area.name << ":" << count << "tiles," << m_progress.skipped
                    << "already on disk";
    m_running = true;
    m_sinceLastStart.invalidate();
    emit progressChanged();
    finishIfDone();
    if (m_running)
        pump();
    return {};
}

void TileDownloader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_pace.stop();
    m_queue.clear();
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_waitingRetries = 0;
    qCInfo(lcTiles) << "offline area" << m_area.name << "cancelled at" << m_progress.done() << "of"
                    << m_progress.total;
    emit finished(true);
}

void TileDownloader::pump()
{
    while (m_running && !m_queue.isEmpty() && m_inFlight.size() < m_options.parallel) {
        if (m_sinceLastStart.isValid() && m_sinceLastStart.elapsed() < m_options.intervalMs) {
            m_pace.start(int(m_options.intervalMs - m_sinceLastStart.elapsed()));
            return;
        }
        request(m_queue.takeFirst());
    }
}

void TileDownloader::request(const TileKey &tile)
{
    m_sinceLastStart.start();
    ++m_attempts[tileName(tile)];
    QNetworkRequest request(m_source.tileUrl(tile));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight.insert(reply, tile);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tile] {
        m_inFlight.remove(reply);
        reply->deleteLater();
        handle(reply, tile);
        finishIfDone();
        pump();
    });
}

void TileDownloader::handle(QNetworkReply *reply, const TileKey &tile)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const QByteArray bytes = reply->readAll();
        auto stored =
            m_store->store(m_sourceId, tile, bytes, length.isValid() ? length.toLongLong() : -1);
        if (!stored) {
            retryOrFail(tile, stored.error().message);
            return;
        }
        ++m_progress.stored;
        m_progress.bytes += *stored;
        emit progressChanged();
        return;
    }
    // A tile the server does not have, or refuses, will not come by asking again.
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        giveUp(tile, QString(u"the server answered HTTP %1"_s).arg(status));
        return;
    }
    QString why;
    if (reply->error() == QNetworkReply::OperationCanceledError)
        why = QString(u"no data from the server for %1 ms"_s).arg(m_options.timeoutMs);
    else if (status >= 300)
        why = QString(u"the server answered HTTP %1"_s).arg(status);
    else
        why = reply->errorString(); // the connection failed or closed mid-transfer
    retryOrFail(tile, why);
}

void TileDownloader::retryOrFail(const TileKey &tile, const QString &why)
{
    const int attempts = m_attempts.value(tileName(tile));
    if (attempts > m_options.retries) {
        giveUp(tile, why);
        return;
    }
    const int wait = m_options.backoffMs << (attempts - 1);
    qCDebug(lcTiles) << "tile" << tileName(tile) << "retried in" << wait << "ms:" << why;
    ++m_waitingRetries;
    QTimer::singleShot(wait, this, [this, tile, generation = m_generation] {
        if (generation != m_generation)
            return;
        --m_waitingRetries;
        m_queue.prepend(tile);
        pump();
    });
}

void TileDownloader::giveUp(const TileKey &tile, const QString &why)
{
    qCWarning(lcTiles) << "tile" << tileName(tile) << "of" << m_area.name
                       << "not downloaded:" << why;
    ++m_progress.failed;
    m_failures.append(QString(u"%1: %2"_s).arg(tileName(tile), why));
    emit progressChanged();
}

void TileDownloader::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_inFlight.isEmpty() || m_waitingRetries > 0)
        return;
    m_running = false;
    qCInfo(lcTiles) << "offline area" << m_area.name << "done:" << m_progress.stored << "stored,"
                    << m_progress.skipped << "already there," << m_progress.failed << "failed";
    emit finished(false);
}

} // namespace pes
