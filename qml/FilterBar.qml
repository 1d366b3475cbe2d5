// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// Filters and sorting for a list: kind, tag, town or postcode, network,
// visibility, offers or needs, and the order.
Pane {
    id: bar

    required property ReplicaSession session
    property var viewKinds: []
    readonly property string kind: kindBox.currentValue ?? ""
    readonly property string tag: tagBox.currentValue ?? ""
    readonly property string place: placeField.text
    readonly property string network: networkBox.currentValue ?? ""
    readonly property string visibility: visibilityBox.currentValue ?? ""
    readonly property int order: orderBox.currentValue ?? RecordListModel.Relevance
    readonly property var fieldEquals: wayBox.visible && wayBox.currentValue !== "" ? { way: wayBox.currentValue } : {}

    padding: 6

    RecordListModel {
        id: tagModel
        session: bar.session
        kinds: ["tag"]
        order: RecordListModel.Title
        pageSize: 500
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        rowSpacing: 4
        columnSpacing: 4

        ComboBox {
            id: kindBox
            Layout.fillWidth: true
            visible: bar.viewKinds.length !== 1
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Kind of record")
            model: [{ text: qsTr("All kinds"), value: "" }].concat(
                KindCatalog.kinds().filter(k => bar.viewKinds.length === 0 || bar.viewKinds.includes(k.name))
                    .map(k => ({ text: k.pluralLabel, value: k.name })))
        }
        ComboBox {
            id: wayBox
            Layout.fillWidth: true
            visible: bar.viewKinds.length === 1 && bar.viewKinds[0] === "exchange"
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Offers or needs")
            model: [{ text: qsTr("Offers and needs"), value: "" },
                    { text: KindCatalog.choiceLabel("offer"), value: "offer" },
                    { text: KindCatalog.choiceLabel("need"), value: "need" }]
        }
        ComboBox {
            id: tagBox
            Layout.fillWidth: true
            Accessible.name: qsTr("Tag")
            textRole: "title"
            valueRole: "iri"
            displayText: currentIndex < 0 ? qsTr("Any tag") : currentText
            model: tagModel
            currentIndex: -1
            Keys.onDeletePressed: currentIndex = -1
            indicator.visible: currentIndex < 0
            ToolButton {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                visible: tagBox.currentIndex >= 0
                text: "×"
                Accessible.name: qsTr("Any tag")
                onClicked: tagBox.currentIndex = -1
            }
        }
        TextField {
            id: placeField
            Layout.fillWidth: true
            placeholderText: qsTr("Town or postcode")
            Accessible.name: qsTr("Town or postcode")
            selectByMouse: true
        }
        ComboBox {
            id: networkBox
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Network")
            model: [{ text: qsTr("All networks"), value: "" },
                    { text: qsTr("Network: %1").arg(bar.session.networkName), value: bar.session.networkIri }]
        }
        ComboBox {
            id: visibilityBox
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Visibility")
            model: [{ text: qsTr("Any visibility"), value: "" },
                    { text: KindCatalog.visibilityLabel("public"), value: "public" },
                    { text: KindCatalog.visibilityLabel("shared"), value: "shared" },
                    { text: KindCatalog.visibilityLabel("network"), value: "network" }]
        }
        ComboBox {
            id: orderBox
            Layout.fillWidth: true
            Layout.columnSpan: 2
            textRole: "text"
            valueRole: "value"
            Accessible.name: qsTr("Sort by")
            // Names in order by default: ranking by relevance scores every match,
            // which is slow for the first letters typed on a large replica.
            currentIndex: 1
            model: [{ text: qsTr("Sort: best match"), value: RecordListModel.Relevance },
                    { text: qsTr("Sort: name A to Z"), value: RecordListModel.Title },
                    { text: qsTr("Sort: name Z to A"), value: RecordListModel.TitleDescending },
                    { text: qsTr("Sort: recently changed"), value: RecordListModel.Modified }]
        }
    }
}
