// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// Locates every record that has a town or postcode but no coordinates, with
// the geocoding service of the settings: a count first, then progress with
// cancel, then what could not be located and why. One undo reverts it all.
Dialog {
    id: dialog

    required property ReplicaSession session
    property int missing: 0

    title: qsTr("Locate records from their address")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 560
    height: 420
    closePolicy: task.running ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: missing = task.missingCount()

    GeocodingTask {
        id: task
        session: dialog.session
        onFinished: dialog.missing = task.missingCount()
    }

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.missing === 0
                  ? qsTr("Every record with an address already has coordinates.")
                  : qsTr("%1 record(s) have a town or postcode but no coordinates.").arg(dialog.missing)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Their addresses will be sent to %1. Matches the service is unsure of are listed below and not written.").arg(task.serviceUrl)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: task.running
            from: 0
            to: Math.max(1, task.total)
            value: task.done
            indeterminate: task.total === 0
        }
        Label {
            Layout.fillWidth: true
            visible: task.running
            elide: Text.ElideRight
            text: qsTr("%1 of %2 — %3").arg(task.done).arg(task.total).arg(task.lastLine)
        }
        Label {
            Layout.fillWidth: true
            visible: !task.running && task.message !== ""
            wrapMode: Text.Wrap
            color: task.succeeded ? palette.text : "firebrick"
            text: task.message
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: !task.running && task.problems.length > 0
            model: task.problems
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                wrapMode: Text.Wrap
                text: modelData
            }
            ScrollBar.vertical: ScrollBar {}
        }
        Item { Layout.fillHeight: true; visible: task.running || task.problems.length === 0 }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Locate")
                highlighted: true
                visible: !task.running
                enabled: dialog.missing > 0
                onClicked: task.locateMissing()
            }
            Button {
                text: qsTr("Cancel")
                visible: task.running
                onClicked: task.cancel()
            }
            Button {
                text: qsTr("Close")
                enabled: !task.running
                onClicked: dialog.close()
            }
        }
    }
}
