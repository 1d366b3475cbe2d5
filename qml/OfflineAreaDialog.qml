// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// "Make this area available offline": the rectangle is the map's current
// view; the estimate (tiles, size) is shown before anything is downloaded.
Dialog {
    id: dialog

    required property OfflineAreas areas
    property Item map
    property int minimumZoom: 0
    property int maximumZoom: 19

    // The view when the dialog opened: [west, south, east, north].
    property var bounds: [0, 0, 0, 0]
    readonly property var estimate: areas.estimate(nameField.text, bounds[0], bounds[1], bounds[2],
                                                   bounds[3], fromZoom.value, toZoom.value)

    title: qsTr("Make this area available offline")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 480

    onAboutToShow: {
        const view = dialog.map
        if (view) {
            const topLeft = view.toCoordinate(Qt.point(0, 0), false)
            const bottomRight = view.toCoordinate(Qt.point(view.width, view.height), false)
            bounds = [topLeft.longitude, bottomRight.latitude, bottomRight.longitude, topLeft.latitude]
            fromZoom.value = Math.max(dialog.minimumZoom, Math.floor(view.zoomLevel))
            toZoom.value = Math.min(dialog.maximumZoom, fromZoom.value + 4)
        }
        nameField.text = ""
        nameField.forceActiveFocus()
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("The tiles of the area shown on the map are kept on this computer, so the "
                       + "map works with no connection. Download only what you need: tile "
                       + "servers are shared.")
        }
        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Marseille and around")
            Accessible.name: qsTr("Name")
        }
        Label { text: qsTr("From zoom") }
        SpinBox {
            id: fromZoom
            from: dialog.minimumZoom
            to: dialog.maximumZoom
            Accessible.name: qsTr("From zoom")
        }
        Label { text: qsTr("To zoom") }
        SpinBox {
            id: toZoom
            from: fromZoom.value
            to: dialog.maximumZoom
            Accessible.name: qsTr("To zoom")
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: dialog.estimate.error !== "" ? "firebrick" : palette.text
            text: dialog.estimate.error !== ""
                  ? dialog.estimate.error
                  : qsTr("%n tile(s), about %1 to download.", "", dialog.estimate.tiles)
                    .arg(dialog.areas.sizeText(dialog.estimate.bytes))
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Download")
            enabled: nameField.text.trim() !== "" && dialog.estimate.error === ""
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    onAccepted: areas.download(nameField.text, bounds[0], bounds[1], bounds[2], bounds[3],
                               fromZoom.value, toZoom.value)
}
