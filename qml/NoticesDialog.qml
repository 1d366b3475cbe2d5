// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// Needs that arrived from the hub and match what this network does or offers:
// each says why (a shared tag, or the same kind of exchange in the same area).
// "Open" shows the need; a notice that was read leaves the list.
Dialog {
    id: dialog

    required property NoticeListModel notices

    signal openRequested(string iri)

    title: qsTr("Needs that match your network")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(760, parent ? parent.width - 40 : 760)
    height: Math.min(480, parent ? parent.height - 40 : 480)
    anchors.centerIn: parent

    onOpened: notices.reload()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: dialog.notices
            Accessible.name: qsTr("Notices")
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string need
                required property string needTitle
                required property string needNetwork
                required property string matchTitle
                required property string reason
                required property string detail
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: 8
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.needTitle
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: row.reason === "tag"
                                  ? qsTr("Matches “%1”: same tag “%2”.").arg(row.matchTitle).arg(row.detail)
                                  : qsTr("Matches the offer “%1”: same kind of exchange in %2.").arg(row.matchTitle).arg(row.detail)
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Published by %1").arg(row.needNetwork)
                            opacity: 0.7
                            elide: Text.ElideMiddle
                        }
                    }
                    Button {
                        text: qsTr("Open")
                        Accessible.name: qsTr("Open the need “%1”").arg(row.needTitle)
                        onClicked: {
                            const iri = row.need
                            dialog.notices.markRead(row.index)
                            dialog.openRequested(iri)
                            dialog.close()
                        }
                    }
                    Button {
                        text: qsTr("Mark as read")
                        onClicked: dialog.notices.markRead(row.index)
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No new need matches your network")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.notices.errorMessage !== ""
            text: dialog.notices.errorMessage
            color: "firebrick"
            wrapMode: Text.Wrap
        }
        Button {
            Layout.alignment: Qt.AlignRight
            enabled: list.count > 0
            text: qsTr("Mark all as read")
            onClicked: dialog.notices.markAllRead()
        }
    }
}
