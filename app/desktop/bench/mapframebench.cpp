// SPDX-License-Identifier: GPL-3.0-or-later
// pes-map-frame-bench: frame times of the map page (MapPage.qml) on a replica
// (ideally 200,000 demo organisations, made with `pes-map-bench 200000 PATH`):
// while the marker index loads in its worker thread (the GUI must keep
// drawing), while panning and while zooming, plus resident memory. Run it in
// a real window (xvfb-run) so frames are paced by the windowing system.
#include "benchfigures.h"
#include "mapclustermodel.h"
#include "replicasession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <cmath>
#include <functional>

Q_IMPORT_QML_PLUGIN(org_pes_desktopPlugin)

using namespace Qt::StringLiterals;
using namespace pes::desktop;
using namespace pes::bench;

namespace {

QTextStream out(stdout);

const char *pageQml = R"(
import QtQuick
import org.pes.desktop
Window {
    id: window
    width: 1280
    height: 800
    visible: true
    required property ReplicaSession session
    property alias page: page
    MapPage {
        id: page
        anchors.fill: parent
        session: window.session
        list: RecordListModel { session: window.session; kinds: ["organisation", "exchange"] }
    }
    // Keeps the window drawing every frame, so a blocked GUI thread shows as a long frame.
    Rectangle {
        width: 8; height: 8; color: "black"
        NumberAnimation on x { from: 0; to: 100; duration: 1000; loops: Animation.Infinite }
    }
}
)";

// Records the time between frames until `done` says stop; `step` runs after
// each frame (to pan or zoom the map).
QList<double> frameTimes(QQuickWindow *window, const std::function<bool(int)> &step, int timeoutMs)
{
    QList<double> times;
    QElapsedTimer sinceLast;
    QElapsedTimer total;
    total.start();
    int frame = 0;
    bool stop = false;
    auto connection = QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            if (sinceLast.isValid())
                times.append(double(sinceLast.nsecsElapsed()) / 1e6);
            sinceLast.start();
            stop = !step(frame++);
        },
        Qt::QueuedConnection);
    while (!stop && total.elapsed() < timeoutMs) {
        window->update();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QObject::disconnect(connection);
    return times;
}

void print(const char *what, const QList<double> &times)
{
    out << what << ", " << times.size() << " frames (ms): median " << percentile(times, 0.5)
        << ", p95 " << percentile(times, 0.95) << ", p99 " << percentile(times, 0.99) << ", max "
        << percentile(times, 1.0) << "\n"
        << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(u"PES-bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"replica"_s, u"The replica to measure."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    ReplicaSession session;
    if (!session.openReplica(parser.positionalArguments().constFirst())) {
        out << "cannot open the replica: " << session.errorMessage() << "\n" << Qt::flush;
        return 1;
    }
    out << "resident memory, replica open: " << (residentKiB() / 1024) << " MiB\n";

    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(pageQml, QUrl::fromLocalFile(QDir::temp().filePath(u"mapframes.qml"_s)));
    while (component.isLoading())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::unique_ptr<QObject> root(
        component.createWithInitialProperties({{u"session"_s, QVariant::fromValue(&session)}}));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        out << component.errorString() << "\n";
        return 1;
    }
    auto *page = root->property("page").value<QQuickItem *>();
    auto *clusters = page->property("clusters").value<MapClusterModel *>();

    // Frames drawn while the index loads and the filter runs in the worker.
    QElapsedTimer loading;
    loading.start();
    const QList<double> whileLoading = frameTimes(
        window, [&](int) { return clusters->loading() || clusters->total() == 0; }, 120000);
    out << "marker index loaded in the worker: " << clusters->total() << " markers in "
        << loading.elapsed() << " ms\n";
    print("frames while the index loads", whileLoading);
    out << "resident memory, index loaded: " << (residentKiB() / 1024) << " MiB\n";

    QQuickItem *map = nullptr;
    for (QQuickItem *item : page->findChildren<QQuickItem *>())
        if (!map && item->inherits("QDeclarativeGeoMap"))
            map = item;
    if (!map) {
        out << "no Map item found\n";
        return 1;
    }

    // Panning: 10 px right and 5 px down each frame, at zooms 8 and 12.
    for (const double zoom : {8.0, 12.0}) {
        map->setProperty("zoomLevel", zoom);
        const QList<double> panning = frameTimes(
            window,
            [&](int frame) {
                QMetaObject::invokeMethod(map, "pan", Q_ARG(int, frame % 200 < 100 ? 10 : -10),
                                          Q_ARG(int, 5));
                return frame < 300;
            },
            60000);
        print(zoom == 8.0 ? "panning at zoom 8" : "panning at zoom 12", panning);
    }

    // Zooming from 6 to 16 and back, a twentieth of a level per frame.
    const QList<double> zooming = frameTimes(
        window,
        [&](int frame) {
            const int half = 200;
            const double level = frame < half ? 6 + frame * 0.05 : 16 - (frame - half) * 0.05;
            map->setProperty("zoomLevel", level);
            return frame < 2 * half;
        },
        60000);
    print("zooming 6 to 16 and back", zooming);
    out << "symbols on screen at the end: " << clusters->rowCount() << "\n";
    out << "resident memory, after panning and zooming: " << (residentKiB() / 1024) << " MiB\n"
        << Qt::flush;
    return 0;
}
