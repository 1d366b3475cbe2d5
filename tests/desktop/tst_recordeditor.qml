// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.pes.desktop

// The record editor: loading, inline validation, saving, creating, undo and
// redo, the trash, drafts marked ready.
TestCase {
    id: testCase
    name: "RecordEditor"

    Component {
        id: editorComponent
        RecordEditor { session: testSession }
    }
    Component {
        id: listComponent
        RecordListModel { session: testSession }
    }

    function firstOf(kind, extra) {
        const list = createTemporaryObject(listComponent, testCase, Object.assign({ kinds: [kind] }, extra ?? {}))
        tryVerify(() => list.rowCount() > 0, 5000)
        return list.iriAt(0)
    }

    function test_loadsEveryFieldOfItsKind() {
        const editor = createTemporaryObject(editorComponent, testCase)
        verify(editor.load(firstOf("organisation")))
        compare(editor.kind, "organisation")
        verify(!editor.dirty)
        for (const field of KindCatalog.fields("organisation"))
            verify(field.name in editor.values, field.name)
        verify(editor.title !== "")
    }

    function test_validatesAsTheUserTypes_data() {
        return [
            { tag: "email", field: "email", bad: "contact@", good: "contact@exemple.org" },
            { tag: "postcode", field: "postcode", bad: "1300", good: "13001" },
            { tag: "siret", field: "siret", bad: "12345678901234", good: "73282932000074" },
            { tag: "phone", field: "phone", bad: "12", good: "04 91 12 34 56" },
            { tag: "url", field: "website", bad: "exemple", good: "https://exemple.org" },
            { tag: "latitude", field: "latitude", bad: "123", good: "43.3" },
            { tag: "date", field: "foundingDate", bad: "31/12/2020", good: "2020-12-31" },
            { tag: "required", field: "name", bad: "", good: "Nouveau nom" },
        ]
    }
    function test_validatesAsTheUserTypes(data) {
        const editor = createTemporaryObject(editorComponent, testCase)
        verify(editor.load(firstOf("organisation")))
        editor.setValue(data.field, data.bad)
        verify(editor.errors[data.field] !== undefined, "an error for " + data.bad)
        verify(!editor.valid)
        verify(!editor.save())
        verify(editor.errorMessage !== "")
        editor.setValue(data.field, data.good)
        compare(editor.errors[data.field], undefined)
        verify(editor.valid)
    }

    function test_savesAndUndoes() {
        const editor = createTemporaryObject(editorComponent, testCase)
        const iri = firstOf("organisation")
        verify(editor.load(iri))
        const before = editor.values.acronym
        editor.setValue("acronym", "ZZTEST")
        verify(editor.dirty)
        verify(editor.save())
        verify(!editor.dirty)
        compare(editor.values.acronym, "ZZTEST")
        verify(testSession.canUndo)
        verify(testSession.undo() !== "")
        tryCompare(editor.values, "acronym", before)
        verify(testSession.canRedo)
        verify(testSession.redo() !== "")
        tryCompare(editor.values, "acronym", "ZZTEST")
    }

    function test_saysWhenATypedFieldChangedMeanwhile() {
        const iri = firstOf("organisation")
        const mine = createTemporaryObject(editorComponent, testCase)
        const elsewhere = createTemporaryObject(editorComponent, testCase)
        verify(mine.load(iri))
        verify(elsewhere.load(iri))
        mine.setValue("acronym", "MIEN")
        mine.setValue("phone", "04 91 00 00 01")

        // Another window saves the same record: one field also typed here, one not.
        elsewhere.setValue("acronym", "AUTRE")
        elsewhere.setValue("email", "ailleurs@exemple.org")
        verify(elsewhere.save(), elsewhere.errorMessage)
        verify(mine.dirty, "typing is never replaced by a reload")

        verify(!mine.save(), "the first save shows the collision instead of overwriting")
        verify(mine.errorMessage.indexOf("Acronym") >= 0 || mine.errorMessage.indexOf("Sigle") >= 0,
               mine.errorMessage)
        verify(mine.errorMessage.indexOf("Phone") < 0 && mine.errorMessage.indexOf("Téléphone") < 0,
               mine.errorMessage)
        compare(mine.values.acronym, "MIEN")

        verify(mine.save(), "saving again keeps what was typed: " + mine.errorMessage)
        compare(mine.values.acronym, "MIEN")
        compare(mine.values.phone, "04 91 00 00 01")
        compare(mine.values.email, "ailleurs@exemple.org", "the other window's field stays")
    }

    function test_revertForgetsTyping() {
        const editor = createTemporaryObject(editorComponent, testCase)
        verify(editor.load(firstOf("person")))
        const before = editor.values.familyName
        editor.setValue("familyName", "Autre")
        verify(editor.dirty)
        editor.revert()
        verify(!editor.dirty)
        compare(editor.values.familyName, before)
    }

    function test_createsARecordWithTagsAndVisibility() {
        const editor = createTemporaryObject(editorComponent, testCase)
        editor.newRecord("organisation")
        verify(editor.isNew)
        verify(!editor.save(), "a name is required")
        verify(editor.errors.name !== undefined)
        editor.setValue("name", "Recyclerie du Test")
        editor.setValue("tags", [firstOf("tag")])
        editor.setValue("member", true)
        editor.visibility = "shared"
        verify(editor.save(), editor.errorMessage)
        verify(!editor.isNew)
        verify(editor.iri.startsWith("https://apeas.example.org/id/organisation/"))
        compare(editor.values.tags.length, 1)
        compare(editor.values.member, true)
        compare(editor.visibility, "shared")
    }

    function test_contactPointOfAnOrganisation() {
        const editor = createTemporaryObject(editorComponent, testCase)
        const owner = firstOf("organisation")
        editor.newRecord("contactPoint", { owner: owner, medium: "email", displayLevel: "members" })
        editor.setValue("value", "bureau@exemple.org")
        verify(editor.save(), editor.errorMessage)
        const related = createTemporaryObject(listComponent, testCase,
                                              { kinds: ["contactPoint"], fieldEquals: { owner: owner } })
        tryVerify(() => related.indexOf(editor.iri) >= 0, 5000)
    }

    function test_trashAndRestore() {
        const editor = createTemporaryObject(editorComponent, testCase)
        verify(editor.load(firstOf("event")))
        verify(editor.remove())
        verify(editor.deleted)
        verify(editor.restore())
        verify(!editor.deleted)
    }

    function test_draftMarkedReady() {
        const editor = createTemporaryObject(editorComponent, testCase)
        editor.newRecord("exchange", { status: "draft", way: "need", type: "equipment" })
        editor.setValue("title", "Cherche une camionnette")
        verify(editor.save(), editor.errorMessage)
        const drafts = createTemporaryObject(listComponent, testCase,
                                             { kinds: ["exchange"], fieldEquals: { status: "draft" } })
        tryVerify(() => drafts.indexOf(editor.iri) >= 0, 5000)
        editor.setValue("status", "ready")
        verify(editor.save())
        tryVerify(() => drafts.indexOf(editor.iri) < 0, 5000)
    }
}
