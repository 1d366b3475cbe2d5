// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The bottom line of the window: unsynced changes, the replica file, the
// hub, and the last undo or error.
ToolBar {
    id: status

    required property ReplicaSession session
    required property RecordEditor editor
    property SyncStatus syncStatus: null

    // Something in the status line (a notice) asked to show a record.
    signal openRequested(string iri)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 16
        Label {
            text: status.session.isOpen
                ? qsTr("%1 change(s) not yet synced").arg(status.session.unsyncedCount.toLocaleString(Qt.locale(), "f", 0))
                : qsTr("No replica open")
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            text: status.session.isOpen ? qsTr("Replica: %1").arg(status.session.path) : ""
            color: palette.placeholderText
            Accessible.name: text
        }
        Label {
            visible: status.session.errorMessage !== ""
            text: status.session.errorMessage
            color: "firebrick"
            elide: Text.ElideRight
            Layout.maximumWidth: 400
        }
        Label {
            visible: status.editor.dirty
            text: qsTr("Unsaved changes")
            color: "darkorange"
        }
        Label {
            visible: !status.syncStatus
            text: status.session.hubStatus
            Accessible.name: qsTr("Network: %1").arg(text)
        }
        SyncIndicator {
            visible: !!status.syncStatus
            syncStatus: status.syncStatus
            session: status.session
            onOpenRequested: iri => status.openRequested(iri)
        }
    }
}
