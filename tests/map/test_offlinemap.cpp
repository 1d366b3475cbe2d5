// SPDX-License-Identifier: GPL-3.0-or-later
// The map with the network down shows the offline area's tiles: an area is
// downloaded from a tile server on loopback, the server is stopped, and a
// real Qt Location Map, with the plugin parameters MapPage.qml uses, renders
// the stored tiles (their colour is checked on a grab of the window).
#include "offlineareas.h"
#include "tileserver.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pes;

namespace {

// The tiled map of MapPage.qml, reduced to its plugin and its offline folder.
const char *mapQml = R"(
import QtQuick
import QtLocation
import QtPositioning
Window {
    id: window
    width: 512
    height: 512
    visible: true
    property string urlTemplate
    property string offlineDirectory
    property string cacheDirectory
    property alias map: map
    Map {
        id: map
        anchors.fill: parent
        plugin: Plugin {
            name: "osm"
            PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
            PluginParameter { name: "osm.mapping.custom.host"; value: window.urlTemplate }
            PluginParameter { name: "osm.mapping.offline.directory"; value: window.offlineDirectory }
            PluginParameter { name: "osm.mapping.cache.directory"; value: window.cacheDirectory }
        }
        center: QtPositioning.coordinate(43.3, 5.4)
        zoomLevel: 2
        Component.onCompleted: activeMapType = supportedMapTypes[supportedMapTypes.length - 1]
    }
}
)";

bool isMostlyRed(const QImage &image)
{
    int red = 0;
    int samples = 0;
    for (int y = 16; y < image.height(); y += 32)
        for (int x = 16; x < image.width(); x += 32) {
            const QColor colour = image.pixelColor(x, y);
            ++samples;
            if (colour.red() > 200 && colour.green() < 60 && colour.blue() < 60)
                ++red;
        }
    return red * 10 >= samples * 9;
}

} // namespace

class TestOfflineMap : public QObject
{
    Q_OBJECT
private slots:
    void mapShowsOfflineTilesWithNetworkDown();
};

void TestOfflineMap::mapShowsOfflineTilesWithNetworkDown()
{
    QTemporaryDir dir;
    TileServer server(Qt::red);
    QVERIFY(server.listen());
    const QString urlTemplate = server.urlTemplate();

    desktop::OfflineAreas areas;
    areas.setRoot(dir.filePath(u"offline"_s));
    areas.setUrlTemplate(urlTemplate);
    QSignalSpy finished(&areas, &desktop::OfflineAreas::finished);
    const QVariantMap estimate = areas.estimate(u"World"_s, -180, -85, 180, 85, 0, 3);
    QCOMPARE(estimate.value(u"error"_s).toString(), QString());
    QCOMPARE(estimate.value(u"tiles"_s).toLongLong(), qint64(85));
    QVERIFY(areas.download(u"World"_s, -180, -85, 180, 85, 0, 3));
    QVERIFY(finished.wait(60000));
    QCOMPARE(areas.areas().size(), 1);
    QCOMPARE(areas.areas().first().toMap().value(u"storedTiles"_s).toLongLong(), qint64(85));
    QCOMPARE(areas.areas().first().toMap().value(u"complete"_s).toBool(), true);
    // The map outlines the areas of the tile source in use, and only those.
    QCOMPARE(areas.outlines().size(), 1);
    const QVariantList bounds = areas.outlines().first().toMap().value(u"bounds"_s).toList();
    QCOMPARE(bounds, (QVariantList{-180.0, -85.0, 180.0, 85.0}));
    areas.setUrlTemplate(u"https://tiles.example.org/%z/%x/%y.png"_s);
    QCOMPARE(areas.outlines().size(), 0);
    QCOMPARE(areas.areas().size(), 1); // still listed, with the other source's areas
    areas.setUrlTemplate(urlTemplate);

    // The network goes down: nothing answers on the tile server's port any more.
    server.close();
    const int requestsBefore = server.requests();

    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(mapQml, QUrl::fromLocalFile(dir.filePath(u"offlinemap.qml"_s)));
    QTRY_VERIFY(!component.isLoading());
    QVERIFY2(component.isReady(), qPrintable(component.errorString()));
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{u"urlTemplate"_s, urlTemplate},
                                               {u"offlineDirectory"_s, areas.offlineDirectory()},
                                               {u"cacheDirectory"_s, dir.filePath(u"cache"_s)}}));
    QVERIFY2(root, qPrintable(component.errorString()));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(isMostlyRed(window->grabWindow()), 20000);
    QCOMPARE(server.requests(), requestsBefore);
}

int main(int argc, char **argv)
{
    // Qt Quick's software renderer works with the offscreen platform.
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    TestOfflineMap test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_offlinemap.moc"
