// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtLocation
import QtPositioning
import org.pes.desktop

// Sets a record's latitude and longitude by clicking on a small map, dragging
// its pin, or taking the device's position where it has one. Uses the map's
// tile source (MapPage), or a plain background when there is none.
Dialog {
    id: picker

    required property RecordEditor editor
    property double latitude: NaN
    property double longitude: NaN
    readonly property bool placed: !isNaN(latitude) && !isNaN(longitude)

    title: qsTr("Place on the map")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 560
    height: 480
    standardButtons: Dialog.Ok | Dialog.Cancel

    // "Use my position": Qt Positioning, where the device has a source.
    property bool locating: false
    property string positionMessage: ""
    readonly property bool positionAvailable: positionSource.valid
    readonly property string positionUnavailableReason: positionSource.valid ? ""
        : qsTr("This computer has no position source (no GPS or location service).")

    function useMyPosition() {
        if (!positionSource.valid)
            return
        locating = true
        positionMessage = qsTr("Waiting for a position…")
        positionTimeout.restart()
        positionSource.update(15000)
    }
    function stopLocating(message) {
        locating = false
        positionTimeout.stop()
        positionSource.stop()
        positionMessage = message
    }

    PositionSource {
        id: positionSource
        active: false
        onPositionChanged: {
            if (!picker.locating || !position.latitudeValid || !position.longitudeValid)
                return
            picker.latitude = position.coordinate.latitude
            picker.longitude = position.coordinate.longitude
            if (mapLoader.item)
                mapLoader.item.center = position.coordinate
            picker.stopLocating(position.horizontalAccuracyValid
                ? qsTr("Placed at your position, to within %1 m.").arg(Math.round(position.horizontalAccuracy))
                : qsTr("Placed at your position."))
        }
        onSourceErrorChanged: {
            if (!picker.locating || sourceError === PositionSource.NoError)
                return
            picker.stopLocating(sourceError === PositionSource.AccessError
                ? qsTr("This application may not read your position: allow it in the system settings.")
                : sourceError === PositionSource.UpdateTimeoutError
                ? qsTr("No position came in time; try again outdoors or place the pin by hand.")
                : qsTr("The position source failed; place the pin by hand."))
        }
    }
    // Never wait forever, whatever the source does.
    Timer {
        id: positionTimeout
        interval: 20000
        onTriggered: picker.stopLocating(qsTr("No position came in time; try again outdoors or place the pin by hand."))
    }

    Settings {
        id: tileSettings
        category: "map"
        property string urlTemplate: ""
        property int maximumZoom: 19
    }

    onAboutToShow: {
        const lat = parseFloat(editor.values["latitude"])
        const lon = parseFloat(editor.values["longitude"])
        latitude = isNaN(lat) || isNaN(lon) ? NaN : lat
        longitude = isNaN(lat) || isNaN(lon) ? NaN : lon
        if (mapLoader.item)
            mapLoader.item.center = placed ? QtPositioning.coordinate(latitude, longitude)
                                           : QtPositioning.coordinate(43.6, 5.6)
    }
    onClosed: if (locating) stopLocating("")
    onAccepted: {
        if (!placed)
            return
        editor.setValue("latitude", Math.round(latitude * 1e6) / 1e6)
        editor.setValue("longitude", Math.round(longitude * 1e6) / 1e6)
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: picker.placed ? qsTr("Latitude %1, longitude %2. Click elsewhere or drag the pin to move it.")
                                  .arg(picker.latitude.toFixed(6)).arg(picker.longitude.toFixed(6))
                                : qsTr("Click on the map where the record is.")
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "useMyPosition"
                text: qsTr("Use my position")
                enabled: picker.positionAvailable && !picker.locating
                Accessible.name: text
                Accessible.description: picker.positionUnavailableReason
                ToolTip.visible: hovered && picker.positionUnavailableReason !== ""
                ToolTip.text: picker.positionUnavailableReason
                onClicked: picker.useMyPosition()
            }
            BusyIndicator {
                visible: picker.locating
                running: visible
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                objectName: "positionMessage"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: palette.placeholderText
                text: picker.positionMessage !== "" ? picker.positionMessage : picker.positionUnavailableReason
            }
        }
        Loader {
            id: mapLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: tileSettings.urlTemplate.trim() !== "" ? tiled : plain
        }
    }

    Component {
        id: plain
        PickerMap { plugin: Plugin { name: "itemsoverlay" } color: "#e8eef0" }
    }
    Component {
        id: tiled
        PickerMap {
            plugin: Plugin {
                name: "osm"
                PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
                PluginParameter { name: "osm.mapping.custom.host"; value: tileSettings.urlTemplate }
            }
            maximumZoomLevel: tileSettings.maximumZoom
            Component.onCompleted: activeMapType = supportedMapTypes[supportedMapTypes.length - 1]
        }
    }

    component PickerMap: Map {
        id: map
        center: picker.placed ? QtPositioning.coordinate(picker.latitude, picker.longitude)
                              : QtPositioning.coordinate(43.6, 5.6)
        zoomLevel: picker.placed ? 14 : 8
        TapHandler {
            onTapped: point => {
                const at = map.toCoordinate(point.position)
                picker.latitude = at.latitude
                picker.longitude = at.longitude
            }
        }
        DragHandler {
            target: null
            onTranslationChanged: delta => map.pan(-delta.x, -delta.y)
        }
        WheelHandler {
            onWheel: event => map.zoomLevel = Math.max(map.minimumZoomLevel,
                Math.min(map.maximumZoomLevel, map.zoomLevel + event.angleDelta.y / 240))
        }
        MapQuickItem {
            id: pin
            visible: picker.placed
            coordinate: QtPositioning.coordinate(picker.latitude, picker.longitude)
            anchorPoint: Qt.point(8, 16)
            sourceItem: Rectangle {
                width: 16; height: 16; radius: 8
                color: "firebrick"; border.color: "white"; border.width: 2
                DragHandler {
                    id: pinDrag
                    target: null
                    property point start
                    onActiveChanged: if (active) start = map.fromCoordinate(pin.coordinate, false)
                    onTranslationChanged: {
                        const at = map.toCoordinate(Qt.point(start.x + translation.x,
                                                             start.y + translation.y), false)
                        picker.latitude = at.latitude
                        picker.longitude = at.longitude
                    }
                }
            }
        }
    }
}
