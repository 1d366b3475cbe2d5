// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tiledownloader.h"
#include "tilestore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

namespace pes::desktop {

// The map's offline areas for QML: the folder the map reads stored tiles from
// (for the configured tile source), the estimate shown before a download,
// the download itself (progress, cancel, resume) and the list of areas with
// their size on disk. Tiles live under the user's local data folder
// ("offline-tiles"), or under `root` when set (tests).
class OfflineAreas : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString urlTemplate READ urlTemplate WRITE setUrlTemplate NOTIFY sourceChanged)
    Q_PROPERTY(QString root READ root WRITE setRoot NOTIFY sourceChanged)
    // For "osm.mapping.offline.directory"; the folder exists once read.
    Q_PROPERTY(QString offlineDirectory READ offlineDirectory NOTIFY sourceChanged)
    Q_PROPERTY(QVariantList areas READ areas NOTIFY areasChanged)
    // The current tile source's areas as the map draws them: id, name and
    // bounds [west, south, east, north], without looking at the tiles on disk.
    Q_PROPERTY(QVariantList outlines READ outlines NOTIFY areasChanged)
    Q_PROPERTY(bool running READ running NOTIFY progressChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)
    Q_PROPERTY(qint64 done READ done NOTIFY progressChanged)
    Q_PROPERTY(qint64 failed READ failed NOTIFY progressChanged)
    Q_PROPERTY(qint64 bytes READ bytes NOTIFY progressChanged)
    Q_PROPERTY(QStringList failures READ failures NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    explicit OfflineAreas(QObject *parent = nullptr);
    ~OfflineAreas() override;

    QString urlTemplate() const { return m_urlTemplate; }
    void setUrlTemplate(const QString &urlTemplate);
    QString root() const;
    void setRoot(const QString &root);
    QString offlineDirectory() const;
    QVariantList areas() const;
    QVariantList outlines() const;
    bool running() const { return m_downloader->isRunning(); }
    QString currentName() const { return m_downloader->area().name; }
    qint64 total() const { return m_downloader->progress().total; }
    qint64 done() const { return m_downloader->progress().done(); }
    qint64 failed() const { return m_downloader->progress().failed; }
    qint64 bytes() const { return m_downloader->progress().bytes; }
    QStringList failures() const { return m_downloader->failures(); }
    QString errorMessage() const { return m_error; }

    // {tiles, bytes, error} for a rectangle and zoom range of the current
    // tile source; error says why it cannot be downloaded (no source, OSMF
    // servers, too many tiles, bad rectangle).
    Q_INVOKABLE QVariantMap estimate(const QString &name, double west, double south, double east,
                                     double north, int minZoom, int maxZoom) const;
    Q_INVOKABLE bool download(const QString &name, double west, double south, double east,
                              double north, int minZoom, int maxZoom);
    // Downloads what an area still misses.
    Q_INVOKABLE bool resume(const QString &id);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE bool remove(const QString &id);
    // "12.3 MB", in the user's locale.
    Q_INVOKABLE QString sizeText(qint64 bytes) const;

signals:
    void sourceChanged();
    void areasChanged();
    void progressChanged();
    void errorMessageChanged();
    void finished(bool cancelled);

private:
    OfflineArea makeArea(const QString &name, double west, double south, double east, double north,
                         int minZoom, int maxZoom) const;
    bool report(const Status &status);
    void resetStore();

    QString m_urlTemplate;
    QString m_root;
    std::unique_ptr<TileStore> m_store;
    TileDownloader *m_downloader = nullptr;
    QString m_error;
};

} // namespace pes::desktop
