// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The sync part of the status line: what the last sync did or why it failed,
// a progress bar while syncing, and "Sync now".
RowLayout {
    id: indicator

    property SyncStatus syncStatus: null
    property ReplicaSession session: null
    readonly property bool failed: !!syncStatus && syncStatus.lastError !== ""

    // A notice asked to show a record.
    signal openRequested(string iri)

    spacing: 8

    ProgressBar {
        visible: !!indicator.syncStatus && indicator.syncStatus.syncing
        Layout.preferredWidth: 120
        indeterminate: !indicator.syncStatus || indicator.syncStatus.progress < 0
        value: indicator.syncStatus ? Math.max(0, indicator.syncStatus.progress) : 0
        Accessible.name: qsTr("Sync progress")
    }
    Label {
        text: indicator.syncStatus ? indicator.syncStatus.summary : ""
        color: indicator.failed ? "firebrick" : palette.windowText
        elide: Text.ElideRight
        Layout.maximumWidth: 520
        Accessible.name: qsTr("Sync: %1").arg(text)
        ToolTip.visible: indicator.failed && hover.hovered
        ToolTip.text: indicator.syncStatus ? indicator.syncStatus.lastError : ""
        HoverHandler { id: hover }
    }
    ToolButton {
        visible: !!indicator.syncStatus && indicator.syncStatus.openConflicts > 0
        text: qsTr("Conflicts…")
        Accessible.name: qsTr("Show the sync conflicts")
        onClicked: conflictsDialog.open()
    }
    ToolButton {
        visible: notices.count > 0
        text: qsTr("%n matching need(s)…", "", notices.count)
        Accessible.name: qsTr("Show the needs from other networks that match yours")
        onClicked: noticesDialog.open()
    }
    ToolButton {
        text: qsTr("Sync now")
        enabled: !!indicator.syncStatus && indicator.syncStatus.configured && !indicator.syncStatus.syncing
        Accessible.name: text
        onClicked: indicator.syncStatus.syncNow()
    }

    NoticeListModel {
        id: notices
        session: indicator.session
    }
    Connections {
        target: indicator.syncStatus
        function onSynced() { notices.reload() }
    }
    NoticesDialog {
        id: noticesDialog
        parent: Overlay.overlay
        notices: notices
        onOpenRequested: iri => indicator.openRequested(iri)
    }

    ConflictsDialog {
        id: conflictsDialog
        parent: Overlay.overlay
        session: indicator.session
        syncStatus: indicator.syncStatus
    }
}
