// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlineareas.h"

#include "tileslogging.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pes::desktop {

OfflineAreas::OfflineAreas(QObject *parent)
    : QObject(parent)
{
    resetStore();
}

OfflineAreas::~OfflineAreas() = default;

void OfflineAreas::resetStore()
{
    if (m_downloader) {
        m_downloader->cancel();
        delete m_downloader;
    }
    m_store = std::make_unique<TileStore>(root());
    m_downloader = new TileDownloader(m_store.get(), this);
    connect(m_downloader, &TileDownloader::progressChanged, this, &OfflineAreas::progressChanged);
    connect(m_downloader, &TileDownloader::finished, this, [this](bool cancelled) {
        emit progressChanged();
        emit areasChanged();
        emit finished(cancelled);
    });
}

void OfflineAreas::setUrlTemplate(const QString &urlTemplate)
{
    if (m_urlTemplate == urlTemplate.trimmed())
        return;
    m_urlTemplate = urlTemplate.trimmed();
    emit sourceChanged();
    emit areasChanged();
}

QString OfflineAreas::root() const
{
    if (!m_root.isEmpty())
        return m_root;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"offline-tiles"_s);
}

void OfflineAreas::setRoot(const QString &root)
{
    if (m_root == root)
        return;
    m_root = root;
    resetStore();
    emit sourceChanged();
    emit areasChanged();
}

QString OfflineAreas::offlineDirectory() const
{
    if (m_urlTemplate.isEmpty())
        return {};
    // The osm plugin only looks at its offline directory if it exists when the map is created.
    const QString folder = m_store->folder(TileSource(m_urlTemplate).id());
    QDir().mkpath(folder);
    return folder;
}

QVariantList OfflineAreas::areas() const
{
    auto all = m_store->areas();
    if (!all) {
        qCWarning(lcTiles) << all.error().message;
        return {};
    }
    const QString current = TileSource(m_urlTemplate).id();
    QVariantList list;
    for (const OfflineArea &area : std::as_const(*all)) {
        const AreaUsage usage = m_store->usage(area);
        list.append(
            QVariantMap{{u"id"_s, area.id},
                        {u"name"_s, area.name},
                        {u"minZoom"_s, area.minZoom},
                        {u"maxZoom"_s, area.maxZoom},
                        {u"bounds"_s, QVariantList{area.west, area.south, area.east, area.north}},
                        {u"tiles"_s, area.tileCount()},
                        {u"storedTiles"_s, usage.tiles},
                        {u"bytes"_s, usage.bytes},
                        {u"complete"_s, usage.tiles == area.tileCount()},
                        {u"currentSource"_s, TileSource(area.urlTemplate).id() == current},
                        {u"created"_s, area.created}});
    }
    return list;
}

QVariantList OfflineAreas::outlines() const
{
    auto all = m_store->areas();
    if (!all)
        return {};
    const QString current = TileSource(m_urlTemplate).id();
    QVariantList list;
    for (const OfflineArea &area : std::as_const(*all)) {
        if (TileSource(area.urlTemplate).id() != current)
            continue;
        list.append(
            QVariantMap{{u"id"_s, area.id},
                        {u"name"_s, area.name},
                        {u"bounds"_s, QVariantList{area.west, area.south, area.east, area.north}}});
    }
    return list;
}

OfflineArea OfflineAreas::makeArea(const QString &name, double west, double south, double east,
                                   double north, int minZoom, int maxZoom) const
{
    OfflineArea area;
    area.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    area.name = name.trimmed();
    area.west = std::clamp(west, -180.0, 180.0);
    area.south = std::clamp(south, -85.0511, 85.0511);
    area.east = std::clamp(east, -180.0, 180.0);
    area.north = std::clamp(north, -85.0511, 85.0511);
    area.minZoom = minZoom;
    area.maxZoom = maxZoom;
    area.urlTemplate = m_urlTemplate;
    area.created = QDateTime::currentDateTimeUtc();
    return area;
}

QVariantMap OfflineAreas::estimate(const QString &name, double west, double south, double east,
                                   double north, int minZoom, int maxZoom) const
{
    OfflineArea area = makeArea(name, west, south, east, north, minZoom, maxZoom);
    if (area.name.isEmpty())
        area.name = u"?"_s; // the estimate does not need the name yet
    QString error;
    if (Status valid = area.validate(); !valid)
        error = valid.error().message;
    else if (Status allowed = TileSource(m_urlTemplate).checkBulkDownload(); !allowed)
        error = allowed.error().message;
    const qint64 tiles = error.isEmpty() ? area.tileCount() : 0;
    if (error.isEmpty() && tiles > m_downloader->options().maxTiles)
        error = tr("%1 tiles is more than the %2 allowed at once: choose a smaller rectangle or a "
                   "lower maximum zoom.")
                    .arg(tiles)
                    .arg(m_downloader->options().maxTiles);
    return {{u"tiles"_s, tiles},
            {u"bytes"_s, error.isEmpty() ? m_store->estimateBytes(area) : 0},
            {u"error"_s, error}};
}

bool OfflineAreas::download(const QString &name, double west, double south, double east,
                            double north, int minZoom, int maxZoom)
{
    const bool started =
        report(m_downloader->start(makeArea(name, west, south, east, north, minZoom, maxZoom)));
    emit areasChanged();
    return started;
}

bool OfflineAreas::resume(const QString &id)
{
    auto area = m_store->area(id);
    if (!area)
        return report(std::unexpected(area.error()));
    return report(m_downloader->start(*area));
}

void OfflineAreas::cancel()
{
    m_downloader->cancel();
}

bool OfflineAreas::remove(const QString &id)
{
    if (m_downloader->isRunning() && m_downloader->area().id == id)
        m_downloader->cancel();
    const bool removed = report(m_store->removeArea(id));
    emit areasChanged();
    return removed;
}

QString OfflineAreas::sizeText(qint64 bytes) const
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

bool OfflineAreas::report(const Status &status)
{
    const QString error = status ? QString() : status.error().message;
    if (error != m_error) {
        m_error = error;
        emit errorMessageChanged();
    }
    return bool(status);
}

} // namespace pes::desktop
