// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtLocation
import QtPositioning
import org.pes.desktop

// The map view: the organisations and exchanges of the list's search and
// filters, clustered in C++ (MapClusterModel) so only what is visible becomes
// a delegate. Tiles come from the tile source configured here (none by
// default: the markers then stand on a plain background).
Item {
    id: page

    required property ReplicaSession session
    required property RecordListModel list
    property string selectedIri
    signal openRequested(string iri)

    readonly property bool hasTiles: tileSettings.urlTemplate.trim().length > 0
    readonly property alias clusters: clusterModel
    readonly property alias offlineAreas: offlineAreas

    Settings {
        id: tileSettings
        category: "map"
        // Empty by default on purpose: the OpenStreetMap Foundation's tile
        // servers forbid bulk use; a network configures its own provider.
        property string urlTemplate: ""
        property string attribution: ""
        property int minimumZoom: 0
        property int maximumZoom: 19
    }

    OfflineAreas {
        id: offlineAreas
        urlTemplate: tileSettings.urlTemplate
    }

    MapClusterModel {
        id: clusterModel
        session: page.session
        list: page.list
        active: page.visible // the markers are only loaded once the map is shown
    }

    function updateViewport() {
        const map = mapLoader.item
        if (!map || map.width <= 0 || map.height <= 0)
            return
        const topLeft = map.toCoordinate(Qt.point(0, 0), false)
        const bottomRight = map.toCoordinate(Qt.point(map.width, map.height), false)
        clusterModel.setViewport(topLeft.longitude, bottomRight.latitude,
                                 bottomRight.longitude, topLeft.latitude, map.zoomLevel)
    }

    Loader {
        id: mapLoader
        anchors.fill: parent
        // Recreated when the tile source changes: plugin parameters are fixed.
        sourceComponent: page.hasTiles ? tiledMap : plainMap
    }

    Component {
        id: plainMap
        MapBody {
            plugin: Plugin { name: "itemsoverlay" }
            color: "#e8eef0"
        }
    }

    Component {
        id: tiledMap
        MapBody {
            plugin: Plugin {
                name: "osm"
                PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
                PluginParameter { name: "osm.mapping.custom.host"; value: tileSettings.urlTemplate }
                PluginParameter { name: "osm.mapping.copyright"; value: tileSettings.attribution }
                // Tiles of the offline areas, read before the cache and the network.
                PluginParameter { name: "osm.mapping.offline.directory"; value: offlineAreas.offlineDirectory }
                PluginParameter {
                    name: "osm.mapping.cache.directory"
                    value: StandardPaths.writableLocation(StandardPaths.CacheLocation).toString()
                           .replace("file://", "") + "/tiles"
                }
                PluginParameter { name: "osm.mapping.cache.disk.size"; value: 500 * 1024 * 1024 }
            }
            minimumZoomLevel: tileSettings.minimumZoom
            maximumZoomLevel: tileSettings.maximumZoom
            Component.onCompleted: activeMapType = supportedMapTypes[supportedMapTypes.length - 1]
        }
    }

    component MapBody: Map {
        id: map
        center: QtPositioning.coordinate(43.6, 5.6) // Provence-Alpes-Côte d'Azur
        zoomLevel: 8
        copyrightsVisible: true
        onCenterChanged: viewportTimer.restart()
        onZoomLevelChanged: viewportTimer.restart()
        onWidthChanged: viewportTimer.restart()
        onHeightChanged: viewportTimer.restart()
        Component.onCompleted: viewportTimer.restart()

        DragHandler {
            target: null
            onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
        }
        WheelHandler {
            onWheel: event => {
                const at = map.toCoordinate(Qt.point(event.x, event.y))
                map.zoomLevel = Math.max(map.minimumZoomLevel, Math.min(map.maximumZoomLevel,
                                         map.zoomLevel + event.angleDelta.y / 240))
                map.alignCoordinateToPoint(at, Qt.point(event.x, event.y))
            }
        }

        // The offline areas of the tile source in use, outlined under the markers.
        MapItemView {
            model: page.offlineAreas.outlines
            delegate: MapRectangle {
                required property var modelData
                topLeft: QtPositioning.coordinate(modelData.bounds[3], modelData.bounds[0])
                bottomRight: QtPositioning.coordinate(modelData.bounds[1], modelData.bounds[2])
                color: "#143b6ea5"
                border.width: 2
                border.color: "#3b6ea5"
            }
        }

        MapItemView {
            model: clusterModel
            delegate: MapQuickItem {
                id: marker
                required property double latitude
                required property double longitude
                required property int count
                required property string iri
                required property string title
                required property string type
                required property var bounds
                coordinate: QtPositioning.coordinate(latitude, longitude)
                anchorPoint: Qt.point(sourceItem.width / 2, sourceItem.height / 2)
                sourceItem: Rectangle {
                    readonly property bool cluster: marker.type === "cluster"
                    width: cluster ? 22 + 6 * Math.min(6, Math.log10(marker.count) * 3) : 16
                    height: width
                    radius: marker.type === "need" ? 2 : width / 2
                    color: cluster ? "#3b6ea5" : marker.type === "offer" ? "#2e8b57"
                                   : marker.type === "need" ? "#d2691e" : "#7a4ea3"
                    border.width: marker.iri !== "" && marker.iri === page.selectedIri ? 3 : 1
                    border.color: marker.iri !== "" && marker.iri === page.selectedIri ? "#ffd400" : "white"
                    Label {
                        anchors.centerIn: parent
                        visible: parent.cluster
                        text: marker.count
                        color: "white"
                        font.bold: true
                        font.pixelSize: 11
                    }
                    ToolTip.visible: hover.hovered && !cluster
                    ToolTip.text: marker.title
                    HoverHandler { id: hover }
                    TapHandler {
                        onTapped: {
                            if (marker.type === "cluster") {
                                const b = marker.bounds
                                map.fitViewportToGeoShape(QtPositioning.rectangle(
                                    QtPositioning.coordinate(b[3], b[0]),
                                    QtPositioning.coordinate(b[1], b[2])), 60)
                                if (map.zoomLevel < 18 && b[0] === b[2] && b[1] === b[3])
                                    map.zoomLevel = 18
                            } else {
                                page.openRequested(marker.iri)
                            }
                        }
                    }
                    Accessible.role: Accessible.Button
                    Accessible.name: cluster ? qsTr("%n record(s)", "", marker.count) : marker.title
                }
            }
        }
    }

    Timer {
        id: viewportTimer
        interval: 30
        onTriggered: page.updateViewport()
    }

    // Why there is no background, and how many markers match.
    Pane {
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 8
        opacity: 0.92
        ColumnLayout {
            Label {
                text: qsTr("%n record(s) on the map", "", clusterModel.total)
            }
            Label {
                visible: !page.hasTiles
                text: qsTr("No tile source configured: markers are shown on a plain background.")
                wrapMode: Text.WordWrap
                Layout.maximumWidth: Math.min(320, page.width - 40)
            }
            Label {
                visible: clusterModel.errorMessage !== ""
                text: clusterModel.errorMessage
                color: "firebrick"
            }
            // One under the other: the map is often a narrow column beside the list.
            ColumnLayout {
                Button {
                    text: qsTr("Tile source…")
                    Layout.maximumWidth: page.width - 40
                    onClicked: tileDialog.open()
                }
                Button {
                    text: qsTr("Make this area available offline…")
                    Layout.maximumWidth: page.width - 40
                    enabled: page.hasTiles && !offlineAreas.running
                    onClicked: offlineDialog.open()
                }
                Button {
                    text: qsTr("Offline areas…")
                    Layout.maximumWidth: page.width - 40
                    onClicked: areasDialog.open()
                }
            }
            ColumnLayout {
                visible: offlineAreas.running
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, offlineAreas.total)
                    value: offlineAreas.done
                    Accessible.name: qsTr("Download of the offline area")
                }
                RowLayout {
                    Label {
                        text: qsTr("%1: %2 of %3 tiles, %4").arg(offlineAreas.currentName)
                              .arg(offlineAreas.done).arg(offlineAreas.total)
                              .arg(offlineAreas.sizeText(offlineAreas.bytes))
                        wrapMode: Text.WordWrap
                        Layout.maximumWidth: Math.min(240, page.width - 140)
                    }
                    Button {
                        text: qsTr("Cancel")
                        onClicked: offlineAreas.cancel()
                    }
                }
            }
            Label {
                visible: !offlineAreas.running && offlineAreas.failures.length > 0
                text: qsTr("%n tile(s) could not be downloaded; use Resume in “Offline areas” to try again.",
                           "", offlineAreas.failures.length)
                color: "firebrick"
                wrapMode: Text.WordWrap
                Layout.maximumWidth: Math.min(320, page.width - 40)
            }
            Label {
                visible: offlineAreas.errorMessage !== ""
                text: offlineAreas.errorMessage
                color: "firebrick"
                wrapMode: Text.WordWrap
                Layout.maximumWidth: Math.min(320, page.width - 40)
            }
        }
    }

    OfflineAreaDialog {
        id: offlineDialog
        areas: offlineAreas
        map: mapLoader.item
        minimumZoom: tileSettings.minimumZoom
        maximumZoom: tileSettings.maximumZoom
    }

    OfflineAreasDialog {
        id: areasDialog
        areas: offlineAreas
    }

    Label {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 4
        visible: page.hasTiles && tileSettings.attribution !== ""
        text: tileSettings.attribution
        background: Rectangle { color: "#ccffffff" }
    }

    Dialog {
        id: tileDialog
        title: qsTr("Map tile source")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 520
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAboutToShow: {
            templateField.text = tileSettings.urlTemplate
            attributionField.text = tileSettings.attribution
            minZoom.value = tileSettings.minimumZoom
            maxZoom.value = tileSettings.maximumZoom
        }
        onAccepted: {
            tileSettings.attribution = attributionField.text
            tileSettings.minimumZoom = minZoom.value
            tileSettings.maximumZoom = Math.max(minZoom.value, maxZoom.value)
            tileSettings.urlTemplate = templateField.text.trim()
        }
        GridLayout {
            anchors.fill: parent
            columns: 2
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Use your network's tile server or a provider whose terms allow it. "
                           + "The OpenStreetMap Foundation's own tile servers must not be used "
                           + "for bulk or offline downloads.")
            }
            Label { text: qsTr("URL template") }
            TextField {
                id: templateField
                Layout.fillWidth: true
                placeholderText: "https://tiles.example.org/%z/%x/%y.png"
                Accessible.name: qsTr("URL template")
            }
            Label { text: qsTr("Attribution") }
            TextField {
                id: attributionField
                Layout.fillWidth: true
                Accessible.name: qsTr("Attribution")
            }
            Label { text: qsTr("Minimum zoom") }
            SpinBox { id: minZoom; from: 0; to: 22 }
            Label { text: qsTr("Maximum zoom") }
            SpinBox { id: maxZoom; from: 0; to: 22 }
        }
    }
}
