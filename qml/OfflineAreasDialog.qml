// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The offline areas kept on this computer, with their size on disk: resume
// the download of an incomplete one, or delete one (tiles another area also
// covers stay).
Dialog {
    id: dialog

    required property OfflineAreas areas

    title: qsTr("Offline areas")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 560
    height: 420
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        Label {
            visible: list.count === 0
            text: qsTr("No offline area yet. Show the area on the map, then use “Make this area "
                       + "available offline…”.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.areas.areas
            delegate: ItemDelegate {
                id: row
                required property var modelData
                width: ListView.view.width
                contentItem: RowLayout {
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            text: row.modelData.name
                            font.bold: true
                        }
                        Label {
                            text: qsTr("Zoom %1 to %2 · %3 of %4 tiles · %5")
                                  .arg(row.modelData.minZoom).arg(row.modelData.maxZoom)
                                  .arg(row.modelData.storedTiles).arg(row.modelData.tiles)
                                  .arg(dialog.areas.sizeText(row.modelData.bytes))
                        }
                        Label {
                            visible: !row.modelData.currentSource
                            text: qsTr("From another tile source: not shown on the map.")
                            font.italic: true
                        }
                    }
                    Button {
                        text: qsTr("Resume")
                        visible: !row.modelData.complete && row.modelData.currentSource
                        enabled: !dialog.areas.running
                        onClicked: dialog.areas.resume(row.modelData.id)
                    }
                    Button {
                        text: qsTr("Delete")
                        onClicked: dialog.areas.remove(row.modelData.id)
                        Accessible.name: qsTr("Delete %1").arg(row.modelData.name)
                    }
                }
            }
        }
        Label {
            visible: dialog.areas.errorMessage !== ""
            text: dialog.areas.errorMessage
            color: "firebrick"
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
