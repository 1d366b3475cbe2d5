// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.pes.desktop

// The files attached to the record on the page: open one, add one from a
// file, take one off the record.
ColumnLayout {
    id: section

    required property ReplicaSession session
    property string iri

    // "48 kB": a size people read at a glance.
    function sizeText(bytes) {
        if (bytes < 1024)
            return qsTr("%1 bytes").arg(bytes)
        if (bytes < 1024 * 1024)
            return qsTr("%1 kB").arg(Math.round(bytes / 1024))
        return qsTr("%1 MB").arg((bytes / (1024 * 1024)).toLocaleString(Qt.locale(), "f", 1))
    }

    spacing: 2

    AttachmentListModel {
        id: attachments
        session: section.session
        iri: section.visible ? section.iri : ""
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Attach a file")
        onAccepted: attachments.add(selectedFile)
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: qsTr("Attachments") + " (" + attachments.count + ")"
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Attach a file…")
            Accessible.name: qsTr("Attach a file to this record")
            onClicked: fileDialog.open()
        }
    }
    Label {
        visible: attachments.errorMessage !== ""
        text: attachments.errorMessage
        color: "#b00020"
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: attachments
        delegate: RowLayout {
            id: row
            required property int index
            required property string name
            required property double size
            required property bool stored
            Layout.fillWidth: true
            ItemDelegate {
                Layout.fillWidth: true
                enabled: row.stored
                text: row.name + " — " + section.sizeText(row.size)
                      + (row.stored ? "" : " " + qsTr("(arrives with the next sync)"))
                Accessible.name: qsTr("Open %1").arg(row.name)
                onClicked: attachments.open(row.index)
            }
            ToolButton {
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove %1 from this record").arg(row.name)
                onClicked: attachments.remove(row.index)
            }
        }
    }
}
