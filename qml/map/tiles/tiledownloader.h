// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "offlinearea.h"
#include "tilesource.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace pes {

class TileStore;

// How politely tiles are fetched.
struct DownloadOptions
{
    int parallel = 2;        // requests in flight at once
    int intervalMs = 100;    // at least this long between two request starts
    int retries = 3;         // further attempts after a 5xx, a timeout or a cut-off tile
    int backoffMs = 1000;    // wait before the first retry, doubled at each attempt
    int timeoutMs = 20000;   // a request with no data for this long is abandoned
    qint64 maxTiles = 50000; // larger areas are refused (a provider's fair use)
    QByteArray userAgent = "PES Desktop (offline map areas)";
};

// Where a download stands.
struct DownloadProgress
{
    qint64 total = 0;   // tiles of the area
    qint64 skipped = 0; // already on disk when it started (resume)
    qint64 stored = 0;  // downloaded and stored
    qint64 failed = 0;  // given up on (missing on the server, broken after every retry)
    qint64 bytes = 0;   // bytes stored by this download
    qint64 done() const { return skipped + stored + failed; }
};

// Downloads the tiles of an offline area into a TileStore: tiles already on
// disk are skipped (so running it again resumes), at most `parallel` requests
// at once and `intervalMs` apart, retries with a doubling wait after a server
// error, a timeout or a tile cut off mid-transfer; a missing tile (404) is
// reported, not retried. Only checked tiles are stored (TileStore::store).
class TileDownloader : public QObject
{
    Q_OBJECT
public:
    explicit TileDownloader(TileStore *store, QObject *parent = nullptr);
    ~TileDownloader() override;

    void setOptions(const DownloadOptions &options) { m_options = options; }
    const DownloadOptions &options() const { return m_options; }

    // Records the area in the store and starts fetching its missing tiles.
    // Refuses a source that forbids bulk downloads and an area over maxTiles.
    Status start(const OfflineArea &area);
    // Stops at once; tiles stored so far stay, the next start resumes.
    void cancel();

    bool isRunning() const { return m_running; }
    const OfflineArea &area() const { return m_area; }
    const DownloadProgress &progress() const { return m_progress; }
    // One line per tile given up on: "z/x/y: why".
    const QStringList &failures() const { return m_failures; }

Q_SIGNALS:
    void progressChanged();
    void finished(bool cancelled);

private:
    void pump();
    void request(const TileKey &tile);
    void handle(QNetworkReply *reply, const TileKey &tile);
    void retryOrFail(const TileKey &tile, const QString &why);
    void giveUp(const TileKey &tile, const QString &why);
    void finishIfDone();

    TileStore *m_store;
    QNetworkAccessManager *m_network;
    DownloadOptions m_options;
    OfflineArea m_area;
    TileSource m_source;
    QString m_sourceId;
    QList<TileKey> m_queue;
    QHash<QNetworkReply *, TileKey> m_inFlight;
    QHash<QString, int> m_attempts; // "z/x/y" -> attempts made
    int m_waitingRetries = 0;
    int m_generation = 0; // retries scheduled by an earlier run are ignored
    QTimer m_pace;
    QElapsedTimer m_sinceLastStart;
    bool m_running = false;
    DownloadProgress m_progress;
    QStringList m_failures;
};

} // namespace pes
