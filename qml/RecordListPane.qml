// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The records of the current view: filters, the count, and a list that loads
// more rows as it scrolls.
Pane {
    id: pane

    required property ReplicaSession session
    property var viewInfo: ({})
    property string searchText
    property string currentIri
    property alias model: recordModel
    property alias currentIndex: list.currentIndex
    readonly property int count: list.count
    signal recordChosen(string iri)

    function focusList() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    padding: 0

    RecordListModel {
        id: recordModel
        objectName: "mainListModel"
        session: pane.session
        text: pane.searchText
        kinds: filters.kind === "" ? (pane.viewInfo.kinds ?? []) : [filters.kind]
        deleted: pane.viewInfo.deleted ?? false
        tag: filters.tag
        place: filters.place
        network: filters.network
        visibility: filters.visibility
        order: filters.order
        fieldEquals: Object.assign({}, pane.viewInfo.fieldEquals ?? {}, filters.fieldEquals)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        FilterBar {
            id: filters
            Layout.fillWidth: true
            session: pane.session
            viewKinds: pane.viewInfo.kinds ?? []
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 6
            text: recordModel.errorMessage !== "" ? recordModel.errorMessage
                : pane.searchText.trim().length === 1 ? qsTr("Type a second letter to search")
                : (recordModel.total >= 0 ? qsTr("%n record(s)", "", recordModel.total)
                                          : qsTr("%1 records or more — counting…").arg(list.count))
                  + (recordModel.loading ? qsTr(" — searching…") : "")
            color: recordModel.errorMessage !== "" ? "firebrick" : palette.placeholderText
            Accessible.name: text
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: recordModel
            keyNavigationEnabled: true
            activeFocusOnTab: true
            reuseItems: true
            Accessible.name: qsTr("Records")
            Accessible.role: Accessible.List
            ScrollBar.vertical: ScrollBar { }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string iri
                required property string title
                required property string kindLabel
                required property string city
                required property string postcode
                width: ListView.view.width
                highlighted: iri === pane.currentIri
                Accessible.name: title
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.title === "" ? qsTr("(untitled)") : row.title
                        elide: Text.ElideRight
                        font.bold: row.highlighted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [row.kindLabel, [row.postcode, row.city].filter(s => s).join(" ")].filter(s => s).join(" · ")
                        elide: Text.ElideRight
                        font.pointSize: Application.font.pointSize * 0.9
                        color: row.palette.placeholderText
                    }
                }
                onClicked: {
                    list.currentIndex = index
                    pane.recordChosen(iri)
                }
            }
            Keys.onReturnPressed: pane.recordChosen(recordModel.iriAt(currentIndex))
            Keys.onSpacePressed: pane.recordChosen(recordModel.iriAt(currentIndex))

            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && !recordModel.loading
                text: pane.searchText !== "" ? qsTr("Nothing matches “%1”").arg(pane.searchText) : qsTr("Nothing here yet")
                color: palette.placeholderText
            }
        }
    }
}
