// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.pes.desktop

// The record page as a form: an editor for every field of every kind, typing
// into a field shows its validation message, and saving clears the state.
TestCase {
    id: testCase
    name: "Forms"
    width: 900
    height: 700
    when: windowShown

    Component {
        id: pageComponent
        RecordPage {
            width: 900
            height: 700
            session: testSession
            editor: RecordEditor { session: testSession }
        }
    }

    function findField(item, name) {
        if (item.objectName === "field_" + name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findField(item.children[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findField(item.contentItem, name)
            if (found)
                return found
        }
        return null
    }

    function test_everyFieldOfEveryKindHasAnEditor_data() {
        return KindCatalog.kinds().map(k => ({ tag: k.name, kind: k.name }))
    }
    function test_everyFieldOfEveryKindHasAnEditor(data) {
        const page = createTemporaryObject(pageComponent, testCase)
        page.editor.newRecord(data.kind)
        wait(0)
        for (const field of KindCatalog.fields(data.kind)) {
            if (field.type === "choiceList" || field.type === "referenceList" || field.type === "reference")
                continue // groups of check boxes and pickers, checked below
            verify(findField(page, field.name) !== null, data.kind + "." + field.name)
        }
    }

    Component {
        id: pickerComponent
        DatePicker {}
    }

    function test_calendarPicksADate() {
        const picker = createTemporaryObject(pickerComponent, testCase, { date: "2026-02-27" })
        const picked = []
        picker.picked.connect(d => picked.push(d))
        picker.open()
        tryCompare(picker, "opened", true)
        compare(picker.month, 1)
        compare(picker.year, 2026)
        picker.showMonth(-2) // back across the new year
        compare(picker.month, 11)
        compare(picker.year, 2025)
        picker.showMonth(3)
        compare(picker.month, 2)
        compare(picker.year, 2026)
        picker.choose(new Date(2026, 2, 5))
        compare(picked, ["2026-03-05"])
        tryCompare(picker, "opened", false)

        // On a record page: a date fills a date field; a date and time keeps its time.
        const page = createTemporaryObject(pageComponent, testCase)
        page.editor.newRecord("event")
        wait(0)
        const start = findObject(page, "calendar_start")
        verify(start, "the start has a calendar")
        page.editor.setValue("start", "2026-05-01T14:30")
        start.choose(new Date(2026, 4, 7))
        compare(page.editor.values.start, "2026-05-07T14:30")
        compare(findField(page, "start").text, "2026-05-07T14:30")
        page.editor.newRecord("organisation")
        wait(0)
        findObject(page, "calendar_foundingDate").choose(new Date(1999, 6, 14))
        compare(page.editor.values.foundingDate, "1999-07-14")
        compare(page.editor.errors.foundingDate, undefined)
    }

    // Like findField, through popups too (they sit in their parent's data).
    function findObject(item, name) {
        if (item.objectName === name)
            return item
        const inside = item.data ?? item.children ?? []
        for (let i = 0; i < inside.length; ++i) {
            const found = findObject(inside[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return findObject(item.contentItem, name)
        return null
    }

    function test_typingShowsTheValidationMessage() {
        const page = createTemporaryObject(pageComponent, testCase)
        page.editor.newRecord("organisation")
        wait(0)
        const email = findField(page, "email")
        verify(email)
        email.forceActiveFocus()
        keySequence("x")
        keyClick(Qt.Key_At)
        compare(email.text, "x@")
        verify(page.editor.errors.email !== undefined)
        keySequence("e")
        keySequence("x")
        keyClick(Qt.Key_Period)
        keySequence("o")
        keySequence("r")
        keySequence("g")
        compare(email.text, "x@ex.org")
        compare(page.editor.errors.email, undefined)
        const name = findField(page, "name")
        name.forceActiveFocus()
        keySequence("a")
        keySequence("b")
        compare(page.editor.values.name, "ab")
        verify(page.editor.dirty)
        verify(page.editor.save(), page.editor.errorMessage)
        verify(!page.editor.dirty)
        compare(findField(page, "name").text, "ab")
    }
}
