// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// One record to view and edit: every field of its kind, with inline
// validation, its visibility, and the records around it.
Pane {
    id: page

    required property ReplicaSession session
    required property RecordEditor editor
    readonly property var fieldList: editor.kind === "" ? [] : KindCatalog.fields(editor.kind)
    readonly property var addressFields: ["street", "postcode", "city", "country", "latitude", "longitude"]
    readonly property bool hasStatus: fieldList.some(f => f.name === "status")
    signal openRequested(string iri)
    signal newRequested(string kind, var presets)

    // Locates the record shown, off the GUI thread; one undoable change.
    GeocodingTask {
        id: locator
        property string iri: ""
        session: page.session
    }

    Label {
        anchors.centerIn: parent
        visible: page.editor.isEmpty
        text: qsTr("Choose a record in the list, or create one with Ctrl+N")
        color: palette.placeholderText
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        visible: !page.editor.isEmpty
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: 8

            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: page.editor.title !== "" ? page.editor.title
                            : qsTr("New %1").arg(KindCatalog.label(page.editor.kind))
                        font.pointSize: Application.font.pointSize * 1.5
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        color: palette.placeholderText
                        wrapMode: Text.Wrap
                        text: {
                            const kind = KindCatalog.label(page.editor.kind)
                            if (page.editor.isNew)
                                return qsTr("%1 — not saved yet").arg(kind)
                            const locale = Qt.locale()
                            return qsTr("%1 — created %2, changed %3 (version %4)")
                                .arg(kind)
                                .arg(page.editor.created.toLocaleDateString(locale, Locale.ShortFormat))
                                .arg(page.editor.modified.toLocaleString(locale, Locale.ShortFormat))
                                .arg(page.editor.version.toLocaleString(locale, "f", 0))
                        }
                    }
                }
                ComboBox {
                    id: visibilityBox
                    implicitContentWidthPolicy: ComboBox.WidestText
                    textRole: "text"
                    valueRole: "value"
                    enabled: !page.editor.deleted
                    Accessible.name: qsTr("Visibility")
                    model: ["public", "shared", "network"].map(v => ({ text: KindCatalog.visibilityLabel(v), value: v }))
                    currentIndex: indexOfValue(page.editor.visibility)
                    onActivated: page.editor.visibility = currentValue
                }
            }

            Label {
                Layout.fillWidth: true
                visible: page.editor.deleted
                text: qsTr("This record is in the trash.")
                color: "firebrick"
            }
            Label {
                Layout.fillWidth: true
                visible: page.editor.errorMessage !== ""
                text: page.editor.errorMessage
                color: "firebrick"
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                spacing: 6
                Button {
                    text: qsTr("Save")
                    enabled: page.editor.dirty && !page.editor.deleted
                    highlighted: true
                    Accessible.name: qsTr("Save (Ctrl+S)")
                    onClicked: page.editor.save()
                }
                Button {
                    text: qsTr("Discard changes")
                    enabled: page.editor.dirty
                    onClicked: page.editor.revert()
                }
                Button {
                    text: qsTr("Mark ready to publish")
                    visible: page.hasStatus && page.editor.values.status === "draft" && !page.editor.isNew
                    Accessible.name: text
                    onClicked: {
                        page.editor.setValue("status", "ready")
                        page.editor.save()
                    }
                }
                Button {
                    text: qsTr("Move to trash")
                    visible: !page.editor.isNew && !page.editor.deleted
                    Accessible.name: text
                    onClicked: page.editor.remove()
                }
                Button {
                    text: qsTr("Restore")
                    visible: page.editor.deleted
                    Accessible.name: qsTr("Restore from the trash")
                    onClicked: page.editor.restore()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 6
                Repeater {
                    model: page.fieldList.filter(f => !page.addressFields.includes(f.name))
                    delegate: FieldEditor {
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        field: modelData
                        editor: page.editor
                        session: page.session
                        onOpenRequested: iri => page.openRequested(iri)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                visible: page.fieldList.some(f => f.name === "street")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Address and coordinates")
                    font.bold: true
                }
                Button {
                    id: locateButton
                    objectName: "locateFromAddress"
                    readonly property bool hasPlace: (page.editor.values.city ?? "") !== ""
                                                     || (page.editor.values.postcode ?? "") !== ""
                    text: locator.running ? qsTr("Locating…") : qsTr("Locate from address")
                    enabled: !page.editor.isNew && !page.editor.dirty && !page.editor.deleted
                             && hasPlace && !locator.running
                    Accessible.name: qsTr("Locate from address")
                    ToolTip.visible: hovered
                    ToolTip.text: page.editor.dirty ? qsTr("Save the record first")
                                : !hasPlace ? qsTr("Enter a town or postcode first")
                                : qsTr("Ask %1 for the coordinates of this address").arg(locator.serviceUrl)
                    onClicked: {
                        locator.iri = page.editor.iri
                        locator.locate(page.editor.iri)
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: locator.message !== "" && locator.iri === page.editor.iri
                text: locator.message
                wrapMode: Text.Wrap
                color: locator.succeeded && locator.problems.length === 0 ? palette.text : "firebrick"
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12
                rowSpacing: 6
                Repeater {
                    model: page.fieldList.filter(f => page.addressFields.includes(f.name))
                    delegate: FieldEditor {
                        required property var modelData
                        Layout.fillWidth: true
                        field: modelData
                        editor: page.editor
                        session: page.session
                    }
                }
            }

            AttachmentList {
                Layout.fillWidth: true
                visible: !page.editor.isNew && !page.editor.deleted
                         && ["organisation", "exchange", "event", "jobOffer", "article"].includes(page.editor.kind)
                session: page.session
                iri: page.editor.iri
            }
            RelatedRecords {
                Layout.fillWidth: true
                visible: !page.editor.isNew && ["organisation", "person"].includes(page.editor.kind)
                title: qsTr("Contact points")
                session: page.session
                kind: "contactPoint"
                fieldName: "owner"
                ownerIri: page.editor.iri
                onOpenRequested: iri => page.openRequested(iri)
                onNewRequested: (kind, presets) => page.newRequested(kind, presets)
            }
            RelatedRecords {
                Layout.fillWidth: true
                visible: !page.editor.isNew && ["organisation", "person"].includes(page.editor.kind)
                title: qsTr("Engagements")
                session: page.session
                kind: "engagement"
                fieldName: page.editor.kind === "person" ? "person" : "organisation"
                ownerIri: page.editor.iri
                onOpenRequested: iri => page.openRequested(iri)
                onNewRequested: (kind, presets) => page.newRequested(kind, presets)
            }
            RelatedRecords {
                Layout.fillWidth: true
                visible: !page.editor.isNew && page.editor.kind === "organisation"
                title: qsTr("Relations to other organisations")
                session: page.session
                kind: "relation"
                fieldName: "source"
                ownerIri: page.editor.iri
                onOpenRequested: iri => page.openRequested(iri)
                onNewRequested: (kind, presets) => page.newRequested(kind, presets)
            }
            RelatedRecords {
                Layout.fillWidth: true
                visible: !page.editor.isNew && page.editor.kind === "organisation"
                title: qsTr("Organisations related to this one")
                session: page.session
                kind: "relation"
                fieldName: "target"
                ownerIri: page.editor.iri
                canAdd: false
                onOpenRequested: iri => page.openRequested(iri)
            }
            Item { Layout.preferredHeight: 12 }
        }
    }
}
