// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.pes.desktop

// The records of one kind that point at the record on the page (its contact
// points, engagements or relations), with a button to add one.
ColumnLayout {
    id: section

    required property ReplicaSession session
    property string title
    property string kind
    property string fieldName
    property string ownerIri
    property bool canAdd: true
    signal openRequested(string iri)
    signal newRequested(string kind, var presets)

    // What a related record says, in a line.
    function describe(fields) {
        if (section.kind === "contactPoint")
            return KindCatalog.choiceLabel(fields.medium ?? "") + " : " + (fields.value ?? "")
                + " (" + KindCatalog.choiceLabel(fields.displayLevel ?? "public") + ")"
        if (section.kind === "engagement") {
            const other = section.fieldName === "person" ? fields.organisation : fields.person
            return section.session.recordTitle(other) + " — " + KindCatalog.choiceLabel(fields.role ?? "")
                + (fields.roleDetail ? " (" + fields.roleDetail + ")" : "")
                + (fields.administrator ? qsTr(", administrator") : "")
        }
        const other = section.fieldName === "source" ? fields.target : fields.source
        return KindCatalog.choiceLabel(fields.type ?? "") + " " + section.session.recordTitle(other)
    }

    spacing: 2

    RecordListModel {
        id: related
        session: section.session
        kinds: [section.kind]
        active: section.visible && section.ownerIri !== ""
        withFields: true
        fieldEquals: ({ [section.fieldName]: section.ownerIri })
        pageSize: 50
    }

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: section.title + (related.total >= 0 ? " (" + related.total + ")" : "")
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            visible: section.canAdd
            text: qsTr("Add")
            Accessible.name: qsTr("Add to %1").arg(section.title)
            onClicked: section.newRequested(section.kind, { [section.fieldName]: section.ownerIri })
        }
    }
    Repeater {
        model: related
        delegate: ItemDelegate {
            required property string iri
            required property var fields
            Layout.fillWidth: true
            text: section.describe(fields)
            Accessible.name: text
            onClicked: section.openRequested(iri)
        }
    }
}
