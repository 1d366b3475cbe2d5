// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The settings: the interface language and the replica in use.
Dialog {
    id: dialog

    required property Localization localization
    required property ReplicaSession session

    title: qsTr("Settings")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 480
    standardButtons: Dialog.Close

    GridLayout {
        anchors.fill: parent
        columns: 2
        Label { text: qsTr("Language") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Language")
            model: [{ text: qsTr("As the system"), value: "" },
                    { text: "Français", value: "fr" },
                    { text: "English", value: "en" }]
            currentIndex: Math.max(0, indexOfValue(dialog.localization.language))
            onActivated: dialog.localization.language = currentValue
        }
        Label { text: qsTr("Replica") }
        Label {
            Layout.fillWidth: true
            text: dialog.session.path
            elide: Text.ElideMiddle
        }
        Label { text: qsTr("Network") }
        Label {
            Layout.fillWidth: true
            text: dialog.session.networkName + " <" + dialog.session.networkIri + ">"
            elide: Text.ElideRight
        }
    }
}
