// SPDX-License-Identifier: GPL-3.0-or-later
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.pes.desktop

// Exchange bundles: "Export a bundle…" writes the changes this device has not
// synced yet to a file another device of the network can import and send to
// the hub; "Import a bundle…" reads such a file. One dialog shows the choice,
// the work in progress and the summary (or why a file was refused).
Item {
    id: root

    property ReplicaSession session: null
    property string mode: "export"
    property bool started: false

    function startExport() {
        mode = "export"
        started = false
        dialog.open()
    }

    function startImport() {
        mode = "import"
        started = false
        importFile.open()
    }

    BundleController {
        id: controller
        session: root.session
    }

    FileDialog {
        id: exportFile
        title: qsTr("Export a bundle")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pesbundle"
        nameFilters: [qsTr("PES bundles (*.pesbundle)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: {
            root.started = true
            controller.exportBundle(selectedFile, sinceLast.checked)
        }
    }

    FileDialog {
        id: importFile
        title: qsTr("Import a bundle")
        nameFilters: [qsTr("PES bundles (*.pesbundle)"), qsTr("All files (*)")]
        onAccepted: {
            root.started = true
            controller.importBundle(selectedFile)
            dialog.open()
        }
    }

    Dialog {
        id: dialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, parent ? parent.width - 40 : 560)
        title: root.mode === "export" ? qsTr("Export a bundle") : qsTr("Import a bundle")
        modal: true
        closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
        standardButtons: controller.busy ? Dialog.NoButton : Dialog.Close

        ColumnLayout {
            anchors.fill: parent
            spacing: 12

            Label {
                Layout.fillWidth: true
                visible: root.mode === "export" && !root.started
                wrapMode: Text.WordWrap
                text: qsTr("A bundle carries the changes this device has not sent to the hub yet. Import it on a device of the same network that syncs: it sends them to the hub, exactly once.")
            }
            CheckBox {
                id: sinceLast
                visible: root.mode === "export" && !root.started
                text: qsTr("Only changes made since the last bundle")
            }
            Button {
                visible: root.mode === "export" && !root.started
                text: qsTr("Choose the file…")
                onClicked: {
                    exportFile.selectedFile = exportFile.currentFolder + "/" + controller.suggestedName()
                    exportFile.open()
                }
            }
            RowLayout {
                visible: controller.busy
                spacing: 8
                BusyIndicator { running: controller.busy }
                Label {
                    text: root.mode === "export" ? qsTr("Writing the bundle…") : qsTr("Checking and importing the bundle…")
                }
            }
            Label {
                Layout.fillWidth: true
                visible: root.started && !controller.busy && controller.summary.length > 0
                wrapMode: Text.WordWrap
                color: controller.succeeded ? palette.windowText : "firebrick"
                text: controller.summary
                Accessible.name: text
            }
        }
    }
}
