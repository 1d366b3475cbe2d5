// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.pes.desktop

// Backups of the open replica: back up now to a file, restore from a file or
// from one of the automatic backups (taken before every import and schema
// upgrade). A restore asks first and keeps the replaced replica as a backup.
Dialog {
    id: dialog

    property ReplicaSession session: null
    property SyncStatus syncStatus: null

    title: qsTr("Backups")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(480, parent ? parent.height - 40 : 480)
    anchors.centerIn: parent
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    BackupController {
        id: controller
        session: dialog.session
        syncStatus: dialog.syncStatus
    }

    property url pendingRestore

    function askRestore(url, label) {
        dialog.pendingRestore = url
        confirm.label = label
        confirm.open()
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Back up the replica")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pesbackup"
        nameFilters: [qsTr("PES backups (*.pesbackup)"), qsTr("All files (*)")]
        selectedFile: controller.suggestedFileName()
        onAccepted: controller.backUp(selectedFile)
    }
    FileDialog {
        id: openDialog
        title: qsTr("Restore a backup")
        nameFilters: [qsTr("PES backups (*.pesbackup)"), qsTr("All files (*)")]
        onAccepted: dialog.askRestore(selectedFile, selectedFile.toString().split("/").pop())
    }
    Dialog {
        id: confirm
        property string label
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Restore this backup?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 420
            wrapMode: Text.Wrap
            text: qsTr("The replica will be replaced by the backup “%1”. Changes made since that backup will no longer be in the replica; the replica as it is now is kept as an automatic backup first.").arg(confirm.label)
        }
        onAccepted: controller.restore(dialog.pendingRestore)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        RowLayout {
            spacing: 8
            Button {
                text: qsTr("Back up now…")
                enabled: !controller.busy && !!dialog.session && dialog.session.isOpen
                onClicked: saveDialog.open()
            }
            Button {
                text: qsTr("Restore from a file…")
                enabled: !controller.busy && !!dialog.session && dialog.session.isOpen
                onClicked: openDialog.open()
            }
            BusyIndicator {
                running: controller.busy
                visible: running
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: controller.message
            color: controller.failed ? "firebrick" : palette.windowText
            wrapMode: Text.Wrap
        }
        Label {
            text: qsTr("Automatic backups (before imports and upgrades)")
            font.bold: true
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: controller.automaticBackups
            Accessible.name: qsTr("Automatic backups")
            delegate: ItemDelegate {
                required property var modelData
                width: ListView.view.width
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideMiddle
                        text: qsTr("%1 — %2 (%3 MB)")
                            .arg(modelData.modified.toLocaleString(Qt.locale(), Locale.ShortFormat))
                            .arg(modelData.fileName)
                            .arg((modelData.size / 1e6).toFixed(1))
                    }
                    Button {
                        text: qsTr("Restore…")
                        enabled: !controller.busy
                        onClicked: dialog.askRestore("file://" + modelData.path, modelData.fileName)
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No automatic backup yet")
            }
        }
    }
}
