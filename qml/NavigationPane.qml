// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// The list of views on the left of the window.
Pane {
    id: pane

    property var views: []
    property string currentView
    signal viewChosen(string key)

    padding: 0

    ListView {
        id: list
        anchors.fill: parent
        model: pane.views
        keyNavigationEnabled: true
        activeFocusOnTab: true
        currentIndex: pane.views.findIndex(v => v.key === pane.currentView)
        Accessible.name: qsTr("Views")
        Accessible.role: Accessible.List

        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view.width
            text: modelData.label
            highlighted: ListView.isCurrentItem
            Accessible.name: modelData.label
            onClicked: pane.viewChosen(modelData.key)
        }
        Keys.onReturnPressed: pane.viewChosen(pane.views[currentIndex].key)
    }
}
