// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.pes.desktop

// The Access import wizard: choose the file, browse its tables with sample
// rows, map tables and columns (suggestions pre-filled), rehearse with a dry
// run, import with a progress bar, and read the rejected rows.
Dialog {
    id: wizard

    required property ReplicaSession session
    readonly property alias controller: controller
    property alias step: steps.currentIndex

    title: qsTr("Import an Access file")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 900, 960)
    height: Math.min(parent ? parent.height - 40 : 640, 700)
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    ImportWizardController {
        id: controller
        session: wizard.session
        onInspected: ok => { if (ok) steps.currentIndex = 1 }
        onFinished: (ok, dryRun) => { if (ok) steps.currentIndex = 4 }
    }

    FileDialog {
        id: accessDialog
        title: qsTr("Choose an Access file")
        nameFilters: [qsTr("Access files (*.mdb *.accdb)"), qsTr("All files (*)")]
        onAccepted: controller.inspect(selectedFile)
    }
    FileDialog {
        id: mappingOpenDialog
        title: qsTr("Load a mapping")
        nameFilters: [qsTr("Mappings (*.json)")]
        onAccepted: controller.loadMapping(selectedFile)
    }
    FileDialog {
        id: mappingSaveDialog
        title: qsTr("Save the mapping")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Mappings (*.json)")]
        onAccepted: controller.saveMapping(selectedFile)
    }
    FileDialog {
        id: rejectsSaveDialog
        title: qsTr("Save the rejected rows")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: controller.saveRejects(selectedFile)
    }

    header: TabBar {
        id: tabs
        currentIndex: steps.currentIndex
        enabled: !controller.busy
        onCurrentIndexChanged: steps.currentIndex = currentIndex
        TabButton { text: qsTr("1. File") }
        TabButton { text: qsTr("2. Tables"); enabled: controller.filePath !== "" }
        TabButton { text: qsTr("3. Mapping"); enabled: controller.filePath !== "" }
        TabButton { text: qsTr("4. Import"); enabled: controller.filePath !== "" }
        TabButton { text: qsTr("5. Summary"); enabled: controller.hasReport }
    }

    footer: ColumnLayout {
        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: controller.errorMessage !== ""
            text: controller.errorMessage
            color: "firebrick"
            wrapMode: Text.Wrap
        }
        DialogButtonBox {
            Layout.fillWidth: true
            Button {
                text: qsTr("Close")
                enabled: !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
    }

    StackLayout {
        id: steps
        anchors.fill: parent

        // 1. The file
        ColumnLayout {
            spacing: 12
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Choose the Access file (.mdb or .accdb) to import. It is read in a separate process and never modified.")
            }
            RowLayout {
                Button {
                    text: qsTr("Choose a file…")
                    enabled: !controller.busy
                    onClicked: accessDialog.open()
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                    text: controller.filePath !== ""
                          ? qsTr("%1 (%2)").arg(controller.filePath).arg(controller.format)
                          : qsTr("No file chosen")
                }
            }
            BusyIndicator { running: controller.busy; visible: running }
            Item { Layout.fillHeight: true }
        }

        // 2. Tables with sample rows
        RowLayout {
            ListView {
                id: tableList
                Layout.preferredWidth: 220
                Layout.fillHeight: true
                clip: true
                model: controller.tables
                delegate: ItemDelegate {
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    text: qsTr("%1 (%n row(s))", "", modelData.rows).arg(modelData.name)
                    onClicked: tableList.currentIndex = index
                }
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                Column {
                    readonly property var table: controller.tables[tableList.currentIndex]
                    spacing: 2
                    Label {
                        visible: parent.table !== undefined && parent.table.error !== ""
                        text: parent.table ? parent.table.error : ""
                        color: "firebrick"
                    }
                    Repeater {
                        model: parent.table ? [parent.table.columns].concat(parent.table.samples) : []
                        delegate: Row {
                            id: sampleRow
                            required property var modelData
                            required property int index
                            spacing: 1
                            Repeater {
                                model: sampleRow.modelData
                                delegate: Label {
                                    required property string modelData
                                    width: 140
                                    elide: Text.ElideRight
                                    font.bold: sampleRow.index === 0
                                    text: modelData
                                }
                            }
                        }
                    }
                }
            }
        }

        // 3. The mapping
        ColumnLayout {
            RowLayout {
                Button { text: qsTr("Load a mapping…"); onClicked: mappingOpenDialog.open() }
                Button { text: qsTr("Save the mapping…"); onClicked: mappingSaveDialog.open() }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: controller.mappingTables
                ScrollBar.vertical: ScrollBar {}
                delegate: ColumnLayout {
                    id: tableDelegate
                    required property var modelData
                    width: ListView.view.width - 16
                    RowLayout {
                        CheckBox {
                            text: tableDelegate.modelData.table
                            font.bold: true
                            checked: tableDelegate.modelData.included
                            onToggled: controller.setTableIncluded(tableDelegate.modelData.table, checked)
                        }
                        ComboBox {
                            enabled: tableDelegate.modelData.included
                            model: controller.kindNames
                            currentIndex: controller.kindNames.indexOf(tableDelegate.modelData.kind)
                            Accessible.name: qsTr("Kind of record")
                            onActivated: controller.setTableKind(tableDelegate.modelData.table, currentText)
                        }
                    }
                    Repeater {
                        model: tableDelegate.modelData.included ? tableDelegate.modelData.columns : []
                        delegate: RowLayout {
                            id: columnDelegate
                            required property var modelData
                            Layout.leftMargin: 32
                            Label { text: columnDelegate.modelData.column; Layout.preferredWidth: 200; elide: Text.ElideRight }
                            Label { text: columnDelegate.modelData.type; Layout.preferredWidth: 100; opacity: 0.7 }
                            ComboBox {
                                readonly property var choices: [""].concat(controller.fieldNames(tableDelegate.modelData.kind))
                                Layout.preferredWidth: 220
                                model: choices
                                displayText: currentText === "" ? qsTr("(not imported)") : currentText
                                currentIndex: Math.max(0, choices.indexOf(columnDelegate.modelData.field))
                                Accessible.name: qsTr("Field for %1").arg(columnDelegate.modelData.column)
                                onActivated: controller.setColumnField(tableDelegate.modelData.table,
                                                                       columnDelegate.modelData.column, currentText)
                            }
                            Label {
                                visible: columnDelegate.modelData.contact !== ""
                                text: qsTr("contact point: %1").arg(columnDelegate.modelData.contact)
                                opacity: 0.7
                            }
                        }
                    }
                }
            }
        }

        // 4. Dry run and import
        ColumnLayout {
            spacing: 12
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("A dry run converts everything and reports what the import would do, without changing the replica. The import takes an automatic backup first, and can be run again: rows already imported are updated, never duplicated.")
            }
            RowLayout {
                Button {
                    text: qsTr("Dry run")
                    enabled: !controller.busy
                    onClicked: controller.dryRun()
                }
                Button {
                    text: qsTr("Import")
                    highlighted: true
                    enabled: !controller.busy
                    onClicked: controller.runImport()
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: controller.busy
                value: controller.progress
            }
            Item { Layout.fillHeight: true }
        }

        // 5. Summary and rejected rows
        ColumnLayout {
            Label {
                font.bold: true
                text: controller.reportIsDryRun ? qsTr("Dry run: nothing was written")
                                                : qsTr("Import done")
            }
            Label {
                text: qsTr("%1 rows: %2 created, %3 updated, %4 unchanged, %5 linked, %6 rejected")
                      .arg(controller.reportTotals.rows ?? 0).arg(controller.reportTotals.created ?? 0)
                      .arg(controller.reportTotals.updated ?? 0).arg(controller.reportTotals.unchanged ?? 0)
                      .arg(controller.reportTotals.linked ?? 0).arg(controller.reportTotals.rejectedRows ?? 0)
            }
            Label {
                visible: (controller.reportTotals.attachments ?? 0) > 0
                text: qsTr("%n file(s) attached to the records", "",
                           controller.reportTotals.attachments ?? 0)
            }
            Label {
                visible: controller.backupPath !== "" && !controller.reportIsDryRun
                text: qsTr("Backup taken before the import: %1").arg(controller.backupPath)
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            RowLayout {
                Label { text: qsTr("%n value(s) or row(s) rejected", "", controller.rejects.length) }
                Button {
                    text: qsTr("Save the rejected rows…")
                    enabled: controller.rejects.length > 0
                    onClicked: rejectsSaveDialog.open()
                }
            }
            ListView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: controller.rejects
                ScrollBar.vertical: ScrollBar {}
                delegate: Label {
                    required property var modelData
                    width: ListView.view.width
                    elide: Text.ElideRight
                    text: qsTr("%1, row %2, %3: “%4” — %5").arg(modelData.table).arg(modelData.rowKey)
                          .arg(modelData.column === "" ? qsTr("whole row") : modelData.column)
                          .arg(modelData.rawValue).arg(modelData.reason)
                }
            }
        }
    }
}
