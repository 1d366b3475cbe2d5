// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import org.pes.desktop

// The settings dialog's hub and geocoding part, and "Use my position" in the
// location picker: with no position source it says so at once, and with one
// that gives nothing it stops waiting and says why; it never hangs.
TestCase {
    id: testCase
    name: "Connection"
    width: 800
    height: 700
    when: windowShown

    Component {
        id: settingsComponent
        SettingsDialog { localization: testLocalization; session: testSession }
    }
    Component {
        id: pageComponent
        RecordPage {
            width: 800
            height: 700
            session: testSession
            editor: RecordEditor { session: testSession }
        }
    }
    Component {
        id: editorComponent
        RecordEditor { session: testSession }
    }
    Component {
        id: geocodingComponent
        GeocodingDialog { session: testSession }
    }
    Component {
        id: pickerComponent
        LocationPicker { editor: RecordEditor { session: testSession } }
    }

    function find(item, name) {
        if (item.objectName === name)
            return item
        const children = item.children ?? []
        for (let i = 0; i < children.length; ++i) {
            const found = find(children[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item)
            return find(item.contentItem, name)
        return null
    }

    function test_tokenIsNeverShown() {
        const dialog = createTemporaryObject(settingsComponent, testCase)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const token = find(dialog.contentItem, "tokenField")
        const hub = find(dialog.contentItem, "hubField")
        verify(token && hub)
        compare(token.echoMode, TextInput.Password)
        compare(token.text, "")
        compare(hub.text, "") // the test replica has no hub
        dialog.close()
    }

    function test_usePositionNeverHangs() {
        const picker = createTemporaryObject(pickerComponent, testCase)
        picker.open()
        tryCompare(picker, "opened", true)
        const button = find(picker.contentItem, "useMyPosition")
        const message = find(picker.contentItem, "positionMessage")
        verify(button && message)
        if (!picker.positionAvailable) {
            verify(!button.enabled)
            verify(picker.positionUnavailableReason.length > 0)
            compare(message.text, picker.positionUnavailableReason)
            return
        }
        // A source exists (a system plugin); whatever it does, the wait ends.
        picker.useMyPosition()
        verify(picker.locating)
        tryVerify(() => !picker.locating, 25000)
        verify(message.text.length > 0)
        picker.close()
    }

    function test_locateFromAddressNeedsASavedPlace() {
        const page = createTemporaryObject(pageComponent, testCase)
        page.editor.newRecord("organisation")
        page.editor.setValue("name", "Sans coordonnées")
        page.editor.setValue("city", "Marseille")
        wait(0)
        const button = find(page, "locateFromAddress")
        verify(button)
        verify(!button.enabled, "a new record must be saved first")
        verify(page.editor.save())
        tryCompare(button, "enabled", true)
        page.editor.setValue("city", "")
        verify(!button.enabled, "unsaved edits")
        page.editor.revert()
        verify(button.enabled)
    }

    function test_batchCountsRecordsToLocate() {
        const dialog = createTemporaryObject(geocodingComponent, testCase)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const before = dialog.missing
        dialog.close()
        tryCompare(dialog, "opened", false)
        const editor = createTemporaryObject(editorComponent, testCase)
        editor.newRecord("organisation")
        editor.setValue("name", "À localiser")
        editor.setValue("postcode", "13001")
        verify(editor.save())
        dialog.open()
        tryCompare(dialog, "opened", true)
        compare(dialog.missing, before + 1)
        dialog.close()
    }
}
