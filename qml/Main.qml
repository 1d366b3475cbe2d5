// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The main window: navigation, the list of the current view with its search
// and filters, the record page, and the status area.
ApplicationWindow {
    id: root

    required property ReplicaSession session
    required property Localization localization
    // Sync with the hub; null when the app runs without it (tests, benchmarks).
    property SyncStatus syncStatus: null

    property string currentView: "organisations"
    // True once the list shows rows: the startup probe and the screenshots wait for it.
    readonly property bool populated: session.isOpen && listPane.count > 0
    readonly property alias editor: editor
    readonly property var currentViewInfo: views.find(v => v.key === currentView) ?? views[1]

    // The views of the navigation; "map" shows MapPage beside the list.
    readonly property var views: [
        { key: "everything", label: qsTr("Everything"), kinds: [], newKind: "organisation" },
        { key: "organisations", label: qsTr("Organisations"), kinds: ["organisation"], newKind: "organisation" },
        { key: "people", label: qsTr("People"), kinds: ["person"], newKind: "person" },
        { key: "exchanges", label: qsTr("Exchanges"), kinds: ["exchange"], newKind: "exchange" },
        { key: "map", label: qsTr("Map"), kinds: ["organisation", "exchange"], newKind: "organisation" },
        { key: "agenda", label: qsTr("Agenda"), kinds: ["event"], newKind: "event" },
        { key: "jobOffers", label: qsTr("Job offers"), kinds: ["jobOffer"], newKind: "jobOffer" },
        { key: "news", label: qsTr("News"), kinds: ["article"], newKind: "article" },
        { key: "drafts", label: qsTr("Drafts"), kinds: ["exchange", "jobOffer"], newKind: "exchange",
          fieldEquals: { status: "draft" } },
        { key: "tags", label: qsTr("Tags"), kinds: ["tag"], newKind: "tag" },
        { key: "trash", label: qsTr("Trash"), kinds: [], newKind: "organisation", deleted: true }
    ]

    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: session.isOpen ? qsTr("PES Desktop — %1").arg(session.networkName) : qsTr("PES Desktop")

    function defaultPresets(kind) {
        if (kind === "exchange")
            return { status: "draft", way: "offer" }
        if (kind === "jobOffer")
            return { status: "draft" }
        return {}
    }

    // Runs action now, or after the user saved or discarded unsaved changes.
    function guard(action) {
        if (editor.dirty) {
            unsavedDialog.pending = action
            unsavedDialog.open()
        } else {
            action()
        }
    }
    function showView(key) {
        guard(() => { root.currentView = key; editor.clear() })
    }
    function openRecord(iri) {
        guard(() => editor.load(iri))
    }
    function newRecord(kind, presets) {
        guard(() => editor.newRecord(kind, presets ?? root.defaultPresets(kind)))
    }
    function selectRow(row) {
        listPane.currentIndex = row
        openRecord(listPane.model.iriAt(row))
    }
    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    Settings {
        category: "window"
        property alias x: root.x
        property alias y: root.y
        property alias width: root.width
        property alias height: root.height
        property alias lastView: root.currentView
    }

    RecordEditor {
        id: editor
        session: root.session
    }

    onClosing: close => {
        if (editor.dirty) {
            close.accepted = false
            root.guard(() => Qt.quit())
        }
    }

    Shortcut { sequences: [StandardKey.Find]; onActivated: root.focusSearch() }
    Shortcut { sequences: [StandardKey.New]; enabled: root.session.isOpen; onActivated: root.newRecord(root.currentViewInfo.newKind) }
    Shortcut { sequences: [StandardKey.Save]; enabled: editor.dirty; onActivated: editor.save() }
    Shortcut { sequences: [StandardKey.Undo]; enabled: root.session.canUndo && !editor.dirty; onActivated: root.session.undo() }
    Shortcut { sequences: [StandardKey.Redo, "Ctrl+Shift+Z"]; enabled: root.session.canRedo && !editor.dirty; onActivated: root.session.redo() }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 6
            Label {
                text: qsTr("PES Desktop")
                font.bold: true
                Layout.leftMargin: 8
            }
            TextField {
                id: searchField
                Layout.fillWidth: true
                Layout.maximumWidth: 520
                enabled: root.session.isOpen
                placeholderText: qsTr("Search (Ctrl+F): name, town, tag…")
                Accessible.name: qsTr("Search")
                Accessible.description: qsTr("Searches as you type in the current view")
                selectByMouse: true
                Keys.onDownPressed: listPane.focusList()
            }
            ToolButton {
                text: qsTr("New")
                enabled: root.session.isOpen
                Accessible.name: qsTr("New record")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Create a %1 (Ctrl+N)").arg(KindCatalog.label(root.currentViewInfo.newKind))
                onClicked: root.newRecord(root.currentViewInfo.newKind)
            }
            ToolButton {
                text: qsTr("Undo")
                enabled: root.session.canUndo && !editor.dirty
                Accessible.name: qsTr("Undo the last change")
                onClicked: root.session.undo()
            }
            ToolButton {
                text: qsTr("Redo")
                enabled: root.session.canRedo && !editor.dirty
                Accessible.name: qsTr("Redo the change undone last")
                onClicked: root.session.redo()
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                text: qsTr("Import…")
                enabled: root.session.isOpen && !editor.dirty
                Accessible.name: qsTr("Import an Access file")
                onClicked: importWizard.open()
            }
            ToolButton {
                text: qsTr("Backups…")
                enabled: root.session.isOpen && !editor.dirty
                Accessible.name: qsTr("Back up or restore the replica")
                onClicked: backupDialog.open()
            }
            ToolButton {
                text: qsTr("Locate…")
                enabled: root.session.isOpen && !editor.dirty
                Accessible.name: qsTr("Locate records with an address but no coordinates…")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Locate records with an address but no coordinates…")
                onClicked: geocodingDialog.open()
            }
            ToolButton {
                id: bundleButton
                text: qsTr("Bundles")
                enabled: root.session.isOpen && !editor.dirty
                Accessible.name: qsTr("Exchange bundles with a device that has no connection")
                onClicked: bundleMenu.open()
                Menu {
                    id: bundleMenu
                    y: bundleButton.height
                    MenuItem {
                        text: qsTr("Export a bundle…")
                        onTriggered: bundles.startExport()
                    }
                    MenuItem {
                        text: qsTr("Import a bundle…")
                        onTriggered: bundles.startImport()
                    }
                }
            }
            ToolButton {
                text: qsTr("Settings")
                Accessible.name: qsTr("Settings")
                onClicked: settingsDialog.open()
            }
        }
    }

    footer: StatusArea {
        session: root.session
        syncStatus: root.syncStatus
        editor: editor
        onOpenRequested: iri => root.openRecord(iri)
    }

    WelcomePage {
        anchors.fill: parent
        visible: !root.session.isOpen
        session: root.session
    }

    SplitView {
        anchors.fill: parent
        visible: root.session.isOpen

        NavigationPane {
            SplitView.preferredWidth: 190
            SplitView.minimumWidth: 140
            views: root.views
            currentView: root.currentView
            onViewChosen: key => root.showView(key)
        }

        RecordListPane {
            id: listPane
            SplitView.preferredWidth: 400
            SplitView.minimumWidth: 260
            session: root.session
            viewInfo: root.currentViewInfo
            searchText: searchField.text
            currentIri: editor.iri
            onRecordChosen: iri => root.openRecord(iri)
        }

        MapPage {
            SplitView.preferredWidth: 520
            SplitView.fillWidth: true
            visible: root.currentView === "map"
            session: root.session
            list: listPane.model
            selectedIri: editor.iri
            onOpenRequested: iri => root.openRecord(iri)
        }

        RecordPage {
            SplitView.fillWidth: root.currentView !== "map"
            SplitView.preferredWidth: 420
            session: root.session
            editor: editor
            onOpenRequested: iri => root.openRecord(iri)
            onNewRequested: (kind, presets) => root.newRecord(kind, presets)
        }
    }

    UnsavedChangesDialog {
        id: unsavedDialog
        editor: editor
    }

    SettingsDialog {
        id: settingsDialog
        localization: root.localization
        session: root.session
        syncStatus: root.syncStatus
    }

    GeocodingDialog {
        id: geocodingDialog
        session: root.session
    }

    ImportWizard {
        id: importWizard
        session: root.session
    }

    BackupDialog {
        id: backupDialog
        session: root.session
        syncStatus: root.syncStatus
    }

    BundleDialog {
        id: bundles
        session: root.session
    }
}
