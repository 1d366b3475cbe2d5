// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The settings: the interface language, the replica in use, the regional hub
// this replica syncs with (address, this device's token, a connection test,
// automatic sync and its interval),
// and the geocoding service used to locate records from their address.
Dialog {
    id: dialog

    required property Localization localization
    required property ReplicaSession session
    property SyncStatus syncStatus: null

    title: qsTr("Settings")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 560
    standardButtons: Dialog.Close

    onAboutToShow: {
        hubField.text = connection.hubUrl
        tokenField.text = ""
        testResult.text = ""
        geocodingField.text = connection.geocodingUrl
        automaticBox.checked = connection.automaticSync
        intervalBox.value = connection.syncIntervalMinutes
    }

    ConnectionSettings {
        id: connection
        session: dialog.session
        syncStatus: dialog.syncStatus
        onTestFinished: (ok, message) => {
            testResult.ok = ok
            testResult.text = message
        }
    }

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

        Label {
            Layout.columnSpan: 2
            Layout.topMargin: 8
            text: qsTr("Regional hub")
            font.bold: true
        }
        Label { text: qsTr("Hub address") }
        TextField {
            id: hubField
            objectName: "hubField"
            Layout.fillWidth: true
            enabled: dialog.session.isOpen
            placeholderText: "https://hub.example.org"
            Accessible.name: qsTr("Hub address")
        }
        Label { text: qsTr("Device token") }
        TextField {
            id: tokenField
            objectName: "tokenField"
            Layout.fillWidth: true
            enabled: dialog.session.isOpen
            echoMode: TextInput.Password
            placeholderText: connection.hasToken ? qsTr("Saved; type a new token to replace it")
                                                 : qsTr("Given by the hub's administrator")
            Accessible.name: qsTr("Device token")
        }
        Item { implicitWidth: 1 }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Save hub settings")
                enabled: dialog.session.isOpen && hubField.text.trim() !== ""
                onClicked: {
                    if (connection.saveHub(hubField.text, tokenField.text)) {
                        tokenField.text = ""
                        testResult.ok = true
                        testResult.text = qsTr("Saved. A sync starts now.")
                    }
                }
            }
            Button {
                text: qsTr("Test connection")
                enabled: dialog.session.isOpen && !connection.testing && hubField.text.trim() !== ""
                onClicked: {
                    testResult.text = qsTr("Asking the hub…")
                    testResult.ok = true
                    connection.testConnection(hubField.text, tokenField.text)
                }
            }
            BusyIndicator {
                visible: connection.testing
                running: visible
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
        }
        Item { implicitWidth: 1 }
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                id: automaticBox
                objectName: "automaticSyncBox"
                text: qsTr("Sync automatically, every")
                enabled: dialog.session.isOpen
                onToggled: connection.saveAutomaticSync(checked, intervalBox.value)
            }
            SpinBox {
                id: intervalBox
                objectName: "syncIntervalBox"
                from: 1
                to: 1440
                editable: true
                enabled: dialog.session.isOpen && automaticBox.checked
                Accessible.name: qsTr("Minutes between automatic syncs")
                onValueModified: connection.saveAutomaticSync(automaticBox.checked, value)
            }
            Label { text: qsTr("minutes") }
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: !automaticBox.checked
            wrapMode: Text.Wrap
            text: qsTr("This device syncs only when you click “Sync now”, even when the network comes back: useful on a metered connection.")
        }
        Label {
            id: testResult
            property bool ok: true
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: ok ? palette.text : "firebrick"
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Label {
            Layout.columnSpan: 2
            Layout.topMargin: 8
            text: qsTr("Geocoding")
            font.bold: true
        }
        Label { text: qsTr("Service address") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: geocodingField
                Layout.fillWidth: true
                placeholderText: connection.defaultGeocodingUrl
                Accessible.name: qsTr("Geocoding service address")
            }
            Button {
                text: qsTr("Save")
                enabled: geocodingField.text.trim() !== connection.geocodingUrl
                onClicked: if (connection.setGeocodingUrl(geocodingField.text))
                               geocodingField.text = connection.geocodingUrl
            }
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("A service speaking the API of the French national address base (BAN). Addresses are sent to it only when you ask to locate records.")
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: connection.errorMessage !== ""
            text: connection.errorMessage
            color: "firebrick"
            wrapMode: Text.Wrap
        }
    }
}
