// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// A dialog to choose the record a reference points to, searching as one types.
Dialog {
    id: picker

    required property ReplicaSession session
    property string kind
    signal picked(string iri)

    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 40 : 520)
    height: Math.min(560, parent ? parent.height - 40 : 560)
    standardButtons: Dialog.Cancel
    onOpened: searchField.forceActiveFocus()

    RecordListModel {
        id: candidates
        session: picker.session
        active: picker.visible
        kinds: picker.kind === "" ? [] : [picker.kind]
        text: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        TextField {
            id: searchField
            Layout.fillWidth: true
            placeholderText: qsTr("Search")
            Accessible.name: qsTr("Search for the record to choose")
            Keys.onDownPressed: list.forceActiveFocus()
            onAccepted: if (list.count > 0) { picker.picked(candidates.iriAt(0)); picker.close() }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: candidates
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar { }
            delegate: ItemDelegate {
                required property string iri
                required property string title
                required property string kindLabel
                required property string city
                width: ListView.view.width
                text: title + " — " + kindLabel + (city ? " · " + city : "")
                highlighted: ListView.isCurrentItem
                onClicked: { picker.picked(iri); picker.close() }
            }
            Keys.onReturnPressed: { picker.picked(candidates.iriAt(currentIndex)); picker.close() }
        }
    }
}
