// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// Shown when no replica is open: open one from a path, or create one.
Pane {
    id: welcome

    required property ReplicaSession session

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(560, welcome.width - 40)
        spacing: 10

        Label {
            text: qsTr("Welcome to PES Desktop")
            font.pointSize: Application.font.pointSize * 1.6
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No replica is open. A replica is the file on this computer that holds your network's directory and exchanges; it works without a connection.")
        }
        TextField {
            id: pathField
            Layout.fillWidth: true
            text: welcome.session.defaultPath()
            placeholderText: qsTr("Path of the replica file")
            Accessible.name: qsTr("Path of the replica file")
            selectByMouse: true
        }
        Button {
            text: qsTr("Open this replica")
            enabled: welcome.session.fileExists(pathField.text)
            onClicked: welcome.session.openReplica(pathField.text)
        }
        Label {
            text: qsTr("Or create a new replica at this path")
            font.bold: true
            Layout.topMargin: 12
        }
        TextField {
            id: nameField
            Layout.fillWidth: true
            placeholderText: qsTr("Network name, e.g. APEAS")
            Accessible.name: qsTr("Network name")
        }
        TextField {
            id: iriField
            Layout.fillWidth: true
            placeholderText: qsTr("Network address, e.g. https://reseau.example.org")
            Accessible.name: qsTr("Network address")
        }
        CheckBox {
            id: demoBox
            text: qsTr("Fill it with demo data (500 organisations)")
        }
        Button {
            text: qsTr("Create the replica")
            enabled: nameField.text !== "" && iriField.text !== ""
            onClicked: welcome.session.createReplica(pathField.text, iriField.text, nameField.text, demoBox.checked ? 500 : 0)
        }
        Label {
            Layout.fillWidth: true
            visible: welcome.session.errorMessage !== ""
            text: welcome.session.errorMessage
            color: "firebrick"
            wrapMode: Text.Wrap
        }
    }
}
