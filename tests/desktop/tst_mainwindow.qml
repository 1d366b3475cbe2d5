// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.pes.desktop

// The main window on demo data shows the demo organisations, and opening one
// shows its page.
TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    Component {
        id: listComponent
        RecordListModel { session: testSession; kinds: ["organisation"]; order: RecordListModel.Title }
    }

    function test_showsTheDemoOrganisations() {
        const window = createTemporaryQmlObject(
            "import org.pes.desktop; Main { session: testSession; localization: testLocalization }", testCase)
        window.showView("organisations")
        tryVerify(() => window.populated, 5000)
        verify(window.title.indexOf("APEAS") >= 0)

        const expected = createTemporaryObject(listComponent, testCase)
        tryCompare(expected, "total", 30)
        const model = findModel(window.contentItem)
        verify(model, "the window has its list model")
        tryCompare(model, "total", 30)
        for (let i = 0; i < 5; ++i)
            verify(model.indexOf(expected.iriAt(i)) >= 0, testSession.recordTitle(expected.iriAt(i)))

        window.selectRow(0)
        tryCompare(window.editor, "iri", model.iriAt(0))
        compare(window.editor.kind, "organisation")
        window.close()
    }

    function findModel(item) {
        if (item.model && item.model.objectName === "mainListModel")
            return item.model
        for (let i = 0; i < item.children.length; ++i) {
            const found = findModel(item.children[i])
            if (found)
                return found
        }
        return null
    }
}
