// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilestore.h"

#include "tileslogging.h"
#include "tilesource.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pes {

namespace {

// Image formats a tile server sends, in the order the store looks for them.
const QStringList tileSuffixes = {u"png"_s, u"jpg"_s, u"webp"_s};

} // namespace

TileStore::TileStore(QString root)
    : m_root(std::move(root))
{
}

QString TileStore::folder(const QString &sourceId) const
{
    return QDir(m_root).filePath(sourceId);
}

QString TileStore::fileName(const TileKey &tile, const QString &suffix)
{
    return QString(u"osm_100-l-8-%1-%2-%3.%4"_s).arg(tile.z).arg(tile.x).arg(tile.y).arg(suffix);
}

QString TileStore::tilePath(const QString &sourceId, const TileKey &tile) const
{
    const QDir dir(folder(sourceId));
    for (const QString &suffix : tileSuffixes) {
        const QString path = dir.filePath(fileName(tile, suffix));
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

Result<qint64> TileStore::store(const QString &sourceId, const TileKey &tile,
                                const QByteArray &bytes, qint64 expectedLength)
{
    const QString where = QString(u"tile %1/%2/%3"_s).arg(tile.z).arg(tile.x).arg(tile.y);
    if (expectedLength >= 0 && bytes.size() != expectedLength)
        return fail(Error::Code::Parse, QString(u"%1 is cut off: %2 of %3 bytes received."_s)
                                            .arg(where)
                                            .arg(bytes.size())
                                            .arg(expectedLength));
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    const QImage image = reader.read();
    if (image.isNull())
        return fail(
            Error::Code::Parse,
            QString(u"%1 is not a readable image (%2)."_s).arg(where, reader.errorString()));
    QString suffix = QString::fromLatin1(format);
    if (suffix == u"jpeg"_s)
        suffix = u"jpg"_s;
    if (!tileSuffixes.contains(suffix))
        suffix = u"png"_s;

    if (!QDir().mkpath(folder(sourceId)))
        return fail(Error::Code::Io,
                    QString(u"Cannot create the tile folder %1."_s).arg(folder(sourceId)));
    // QSaveFile writes to a temporary file and renames it on commit.
    QSaveFile file(QDir(folder(sourceId)).filePath(fileName(tile, suffix)));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io, QString(u"Cannot write %1 to %2: %3"_s)
                                         .arg(where, file.fileName(), file.errorString()));
    return bytes.size();
}

qint64 TileStore::averageTileBytes(const QString &sourceId) const
{
    const QFileInfoList files = QDir(folder(sourceId)).entryInfoList({u"osm_100-*"_s}, QDir::Files);
    if (files.size() < 20)
        return defaultTileBytes;
    qint64 total = 0;
    for (const QFileInfo &file : files)
        total += file.size();
    return total / files.size();
}

qint64 TileStore::estimateBytes(const OfflineArea &area) const
{
    return area.tileCount() * averageTileBytes(TileSource(area.urlTemplate).id());
}

Result<QList<OfflineArea>> TileStore::areas() const
{
    QFile file(QDir(m_root).filePath(u"areas.json"_s));
    if (!file.exists())
        return QList<OfflineArea>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QString(u"Cannot read %1: %2"_s).arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isArray())
        return fail(Error::Code::Parse, QString(u"%1:%2: the list of offline areas is not valid "
                                                u"JSON (%3)."_s)
                                            .arg(file.fileName())
                                            .arg(error.offset)
                                            .arg(error.errorString()));
    QList<OfflineArea> areas;
    for (const QJsonValue &value : document.array()) {
        auto area = OfflineArea::fromJson(value.toObject());
        if (!area)
            return fail(Error::Code::Parse,
                        QString(u"%1: %2"_s).arg(file.fileName(), area.error().message));
        areas.append(*area);
    }
    return areas;
}

Result<OfflineArea> TileStore::area(const QString &id) const
{
    auto all = areas();
    if (!all)
        return std::unexpected(all.error());
    for (const OfflineArea &area : *all)
        if (area.id == id)
            return area;
    return fail(Error::Code::NotFound, QString(u"No offline area with id %1."_s).arg(id));
}

Status TileStore::saveArea(const OfflineArea &area)
{
    PES_TRY(area.validate());
    auto all = areas();
    if (!all)
        return std::unexpected(all.error());
    auto same = std::find_if(all->begin(), all->end(),
                             [&](const OfflineArea &a) { return a.id == area.id; });
    if (same != all->end())
        *same = area;
    else
        all->append(area);
    return writeAreas(*all);
}

AreaUsage TileStore::usage(const OfflineArea &area) const
{
    const QString sourceId = TileSource(area.urlTemplate).id();
    AreaUsage usage;
    area.forEachTile([&](const TileKey &tile) {
        const QString path = tilePath(sourceId, tile);
        if (!path.isEmpty()) {
            ++usage.tiles;
            usage.bytes += QFileInfo(path).size();
        }
        return true;
    });
    return usage;
}

Status TileStore::removeArea(const QString &id)
{
    auto all = areas();
    if (!all)
        return std::unexpected(all.error());
    auto found =
        std::find_if(all->begin(), all->end(), [&](const OfflineArea &a) { return a.id == id; });
    if (found == all->end())
        return fail(Error::Code::NotFound, QString(u"No offline area with id %1."_s).arg(id));
    const OfflineArea removed = *found;
    all->erase(found);
    // The list is written first: a failure while deleting tiles leaves files
    // no area lists, never an area whose tiles are gone.
    PES_TRY(writeAreas(*all));

    const QString sourceId = TileSource(removed.urlTemplate).id();
    QList<OfflineArea> sharing;
    for (const OfflineArea &other : *all)
        if (TileSource(other.urlTemplate).id() == sourceId)
            sharing.append(other);
    int deleted = 0;
    removed.forEachTile([&](const TileKey &tile) {
        for (const OfflineArea &other : sharing)
            if (other.contains(tile))
                return true;
        const QString path = tilePath(sourceId, tile);
        if (!path.isEmpty() && QFile::remove(path))
            ++deleted;
        return true;
    });
    qCInfo(lcTiles) << "offline area" << removed.name << "removed," << deleted << "tiles deleted";
    return {};
}

Status TileStore::writeAreas(const QList<OfflineArea> &areas)
{
    if (!QDir().mkpath(m_root))
        return fail(Error::Code::Io, QString(u"Cannot create the tile folder %1."_s).arg(m_root));
    QJsonArray array;
    for (const OfflineArea &area : areas)
        array.append(area.toJson());
    QSaveFile file(QDir(m_root).filePath(u"areas.json"_s));
    const QByteArray bytes = QJsonDocument(array).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io,
                    QString(u"Cannot write %1: %2"_s).arg(file.fileName(), file.errorString()));
    return {};
}

} // namespace pes
