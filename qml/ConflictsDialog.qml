// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The sync conflicts: a list on the left, one conflict side by side on the
// right (mine, theirs, the value both started from); keep one side or type a
// new value. The decision is journalled and sent at the next sync.
Dialog {
    id: dialog

    property ReplicaSession session: null
    property SyncStatus syncStatus: null

    title: qsTr("Sync conflicts")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(900, parent ? parent.width - 40 : 900)
    height: Math.min(520, parent ? parent.height - 40 : 520)
    anchors.centerIn: parent

    onOpened: conflicts.reload()

    ConflictListModel {
        id: conflicts
        session: dialog.session
    }

    function settle(choice, value) {
        if (conflicts.settle(list.currentIndex, choice, value ?? "") && dialog.syncStatus)
            dialog.syncStatus.syncNow()
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        ListView {
            id: list
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            clip: true
            model: conflicts
            currentIndex: count > 0 ? 0 : -1
            Accessible.name: qsTr("Conflicts")
            delegate: ItemDelegate {
                required property int index
                required property string title
                required property string field
                width: ListView.view.width
                text: qsTr("%1 — %2").arg(title).arg(field)
                highlighted: ListView.isCurrentItem
                onClicked: list.currentIndex = index
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No conflicts to settle")
            }
        }

        ColumnLayout {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: list.currentItem !== null
            spacing: 8

            readonly property var current: list.currentIndex >= 0 && list.currentIndex < list.count
                ? {
                    mine: conflicts.data(conflicts.index(list.currentIndex, 0), ConflictListModel.MineRole),
                    theirs: conflicts.data(conflicts.index(list.currentIndex, 0), ConflictListModel.TheirsRole),
                    base: conflicts.data(conflicts.index(list.currentIndex, 0), ConflictListModel.BaseRole),
                    fromBundle: conflicts.data(conflicts.index(list.currentIndex, 0), ConflictListModel.FromBundleRole)
                }
                : ({ mine: "", theirs: "", base: "", fromBundle: false })

            GridLayout {
                columns: 3
                Layout.fillWidth: true
                Label { text: qsTr("Mine"); font.bold: true }
                Label {
                    text: detail.current.fromBundle ? qsTr("Theirs (from a bundle)") : qsTr("Theirs")
                    font.bold: true
                }
                Label { text: qsTr("Before both changes"); font.bold: true }
                Label {
                    text: detail.current.mine || qsTr("(empty)")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                Label {
                    text: detail.current.theirs || qsTr("(empty)")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                Label {
                    text: detail.current.base || qsTr("(empty)")
                    wrapMode: Text.Wrap
                    color: palette.placeholderText
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                Button {
                    text: qsTr("Keep mine")
                    onClicked: dialog.settle(ConflictListModel.Mine)
                }
                Button {
                    text: qsTr("Take theirs")
                    onClicked: dialog.settle(ConflictListModel.Theirs)
                }
                Item { Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: edited
                    Layout.fillWidth: true
                    placeholderText: qsTr("Or type a new value")
                    Accessible.name: placeholderText
                }
                Button {
                    text: qsTr("Use this value")
                    enabled: edited.text !== ""
                    onClicked: {
                        dialog.settle(ConflictListModel.Edited, edited.text)
                        edited.clear()
                    }
                }
            }
            Label {
                visible: conflicts.errorMessage !== ""
                text: conflicts.errorMessage
                color: "firebrick"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
    }
}
