// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// One field of a record page: its label, the editor suited to its type, and
// the validation message under it.
ColumnLayout {
    id: fieldEditor

    required property var field
    required property RecordEditor editor
    required property ReplicaSession session
    readonly property var value: editor.values[field.name]
    readonly property string error: editor.errors[field.name] ?? ""
    readonly property bool readOnly: editor.deleted
    signal openRequested(string iri)

    function hint(type) {
        switch (type) {
        case "date": return qsTr("YYYY-MM-DD")
        case "dateTime": return qsTr("YYYY-MM-DDTHH:MM")
        case "email": return qsTr("contact@example.org")
        case "phone": return qsTr("04 91 12 34 56")
        case "url": return qsTr("https://…")
        case "postcode": return qsTr("13001")
        case "siret": return qsTr("14 digits")
        case "latitude": return qsTr("43.2965")
        case "longitude": return qsTr("5.3698")
        }
        return ""
    }
    // The date or time in the interface's locale, shown beside what was typed.
    function localeDate(text) {
        if (!text)
            return ""
        const date = new Date(text)
        if (isNaN(date.getTime()))
            return ""
        return fieldEditor.field.type === "date" ? date.toLocaleDateString(Qt.locale(), Locale.LongFormat)
                                                 : date.toLocaleString(Qt.locale(), Locale.LongFormat)
    }

    spacing: 2

    Label {
        text: fieldEditor.field.label + (fieldEditor.field.required ? " *" : "")
        font.bold: fieldEditor.error !== ""
    }

    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            switch (fieldEditor.field.type) {
            case "longText": return longTextEditor
            case "boolean": return booleanEditor
            case "choice": return choiceEditor
            case "choiceList": return choiceListEditor
            case "reference": return referenceEditor
            case "referenceList": return referenceListEditor
            }
            return lineEditor
        }
    }

    Label {
        Layout.fillWidth: true
        visible: fieldEditor.error !== ""
        text: fieldEditor.error
        color: "firebrick"
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    Component {
        id: lineEditor
        RowLayout {
            TextField {
                objectName: "field_" + fieldEditor.field.name
                Layout.fillWidth: true
                text: fieldEditor.value ?? ""
                readOnly: fieldEditor.readOnly
                selectByMouse: true
                placeholderText: fieldEditor.hint(fieldEditor.field.type)
                Accessible.name: fieldEditor.field.label
                Accessible.description: fieldEditor.error
                color: fieldEditor.error !== "" ? "firebrick" : palette.text
                onTextEdited: fieldEditor.editor.setValue(fieldEditor.field.name, text)
            }
            Button {
                visible: fieldEditor.field.type === "latitude" && !fieldEditor.readOnly
                text: qsTr("Place on the map…")
                onClicked: locationPicker.open()
                LocationPicker { id: locationPicker; editor: fieldEditor.editor }
            }
            Button {
                id: calendarButton
                visible: (fieldEditor.field.type === "date" || fieldEditor.field.type === "dateTime")
                         && !fieldEditor.readOnly
                text: qsTr("Calendar…")
                Accessible.name: qsTr("Choose %1 on a calendar").arg(fieldEditor.field.label)
                onClicked: calendar.open()
                DatePicker {
                    id: calendar
                    objectName: "calendar_" + fieldEditor.field.name
                    y: calendarButton.height
                    date: fieldEditor.value ?? ""
                    // A date and time keeps its time (nine o'clock when it had none).
                    onPicked: isoDate => {
                        const text = String(fieldEditor.value ?? "")
                        const time = fieldEditor.field.type === "dateTime"
                                   ? (text.length > 10 ? text.slice(10) : "T09:00") : ""
                        fieldEditor.editor.setValue(fieldEditor.field.name, isoDate + time)
                    }
                }
            }
            Label {
                visible: text !== "" && (fieldEditor.field.type === "date" || fieldEditor.field.type === "dateTime")
                text: fieldEditor.error === "" ? fieldEditor.localeDate(fieldEditor.value) : ""
                color: palette.placeholderText
            }
        }
    }
    Component {
        id: longTextEditor
        TextArea {
            objectName: "field_" + fieldEditor.field.name
            text: fieldEditor.value ?? ""
            readOnly: fieldEditor.readOnly
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            Layout.minimumHeight: 80
            Accessible.name: fieldEditor.field.label
            onTextChanged: if (activeFocus) fieldEditor.editor.setValue(fieldEditor.field.name, text)
        }
    }
    Component {
        id: booleanEditor
        CheckBox {
            objectName: "field_" + fieldEditor.field.name
            checked: fieldEditor.value === true
            enabled: !fieldEditor.readOnly
            text: fieldEditor.field.label
            Accessible.name: fieldEditor.field.label
            onToggled: fieldEditor.editor.setValue(fieldEditor.field.name, checked)
        }
    }
    Component {
        id: choiceEditor
        ComboBox {
            objectName: "field_" + fieldEditor.field.name
            enabled: !fieldEditor.readOnly
            textRole: "label"
            valueRole: "value"
            Accessible.name: fieldEditor.field.label
            model: [{ value: "", label: qsTr("(none)") }].concat(fieldEditor.field.choices)
            currentIndex: Math.max(0, indexOfValue(fieldEditor.value ?? ""))
            onActivated: fieldEditor.editor.setValue(fieldEditor.field.name, currentValue)
        }
    }
    Component {
        id: choiceListEditor
        Flow {
            spacing: 4
            Repeater {
                model: fieldEditor.field.choices
                delegate: CheckBox {
                    required property var modelData
                    text: modelData.label
                    enabled: !fieldEditor.readOnly
                    checked: (fieldEditor.value ?? []).includes(modelData.value)
                    Accessible.name: fieldEditor.field.label + " : " + modelData.label
                    onToggled: {
                        const list = (fieldEditor.value ?? []).filter(v => v !== modelData.value)
                        if (checked)
                            list.push(modelData.value)
                        fieldEditor.editor.setValue(fieldEditor.field.name, list)
                    }
                }
            }
        }
    }
    Component {
        id: referenceEditor
        RowLayout {
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: {
                    fieldEditor.session.revision // follow renames
                    const iri = fieldEditor.value ?? ""
                    return iri === "" ? qsTr("(none)") : (fieldEditor.session.recordTitle(iri) || iri)
                }
            }
            Button {
                text: qsTr("Open")
                visible: (fieldEditor.value ?? "") !== ""
                Accessible.name: qsTr("Open %1").arg(fieldEditor.field.label)
                onClicked: fieldEditor.openRequested(fieldEditor.value)
            }
            Button {
                text: qsTr("Choose…")
                enabled: !fieldEditor.readOnly
                Accessible.name: qsTr("Choose %1").arg(fieldEditor.field.label)
                onClicked: picker.open()
            }
            Button {
                text: qsTr("Clear")
                visible: (fieldEditor.value ?? "") !== "" && !fieldEditor.field.required
                enabled: !fieldEditor.readOnly
                Accessible.name: qsTr("Clear %1").arg(fieldEditor.field.label)
                onClicked: fieldEditor.editor.setValue(fieldEditor.field.name, "")
            }
            ReferencePicker {
                id: picker
                session: fieldEditor.session
                kind: fieldEditor.field.referenceKind
                title: fieldEditor.field.label
                onPicked: iri => fieldEditor.editor.setValue(fieldEditor.field.name, iri)
            }
        }
    }
    Component {
        id: referenceListEditor
        Flow {
            spacing: 4
            RecordListModel {
                id: candidates
                session: fieldEditor.session
                kinds: [fieldEditor.field.referenceKind || "tag"]
                order: RecordListModel.Title
                pageSize: 300
            }
            Repeater {
                model: candidates
                delegate: CheckBox {
                    required property string iri
                    required property string title
                    text: title
                    enabled: !fieldEditor.readOnly
                    checked: (fieldEditor.value ?? []).includes(iri)
                    Accessible.name: fieldEditor.field.label + " : " + title
                    onToggled: {
                        const list = (fieldEditor.value ?? []).filter(v => v !== iri)
                        if (checked)
                            list.push(iri)
                        fieldEditor.editor.setValue(fieldEditor.field.name, list)
                    }
                }
            }
        }
    }
}
