// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.pes.desktop

// The list model against a real replica: counting, paging as a view scrolls,
// search, filters, sorting, drafts and the trash.
TestCase {
    id: testCase
    name: "RecordList"
    width: 400
    height: 200
    when: windowShown

    Component {
        id: modelComponent
        RecordListModel { session: testSession }
    }
    Component {
        id: viewComponent
        ListView {
            width: 400
            height: 200
            delegate: Text { required property string title; height: 20; text: title }
        }
    }

    function makeModel(properties) {
        const model = createTemporaryObject(modelComponent, testCase, properties)
        tryVerify(() => !model.loading && model.total >= 0, 5000)
        tryVerify(() => !model.loading, 5000)
        return model
    }

    function test_countsTheDemoOrganisations() {
        const model = makeModel({ kinds: ["organisation"] })
        tryCompare(model, "total", 30)
        compare(model.rowCount(), 30)
        verify(model.iriAt(0).startsWith("https://apeas.example.org/id/organisation/"))
    }

    function test_loadsPagesAsTheViewScrolls() {
        const model = makeModel({ kinds: ["organisation"], pageSize: 8 })
        tryCompare(model, "total", 30)
        compare(model.rowCount(), 8, "only the first page is loaded")
        const view = createTemporaryObject(viewComponent, testCase, { model: model })
        for (let i = 0; i < 20 && view.count < 30; ++i) {
            view.positionViewAtEnd()
            wait(50)
        }
        compare(view.count, 30)
        compare(model.indexOf(model.iriAt(29)), 29)
    }

    function test_searchFindsARecordByItsTitle() {
        const all = makeModel({ kinds: ["organisation"] })
        tryCompare(all, "total", 30)
        const iri = all.iriAt(5)
        const title = testSession.recordTitle(iri)
        const found = makeModel({ kinds: ["organisation"], text: title })
        tryVerify(() => found.indexOf(iri) >= 0, 5000)
        verify(found.total < 30)
    }

    function test_nothingMatchesNonsense() {
        const model = makeModel({ text: "zzqxw" })
        tryCompare(model, "total", 0)
        compare(model.rowCount(), 0)
    }

    function test_kindsFilter() {
        const model = makeModel({ kinds: ["person"], withFields: true })
        tryVerify(() => model.total > 0, 5000)
        for (let i = 0; i < model.rowCount(); ++i)
            compare(model.data(model.index(i, 0), RecordListModel.KindRole), "person")
    }

    function test_postcodeFilter() {
        const model = makeModel({ kinds: ["organisation"], place: "13" })
        tryVerify(() => model.total > 0 && model.total < 30, 5000)
        for (let i = 0; i < model.rowCount(); ++i)
            verify(model.data(model.index(i, 0), RecordListModel.PostcodeRole).startsWith("13"))
    }

    function test_visibilityFilter() {
        const model = makeModel({ kinds: ["person"], visibility: "public" })
        tryCompare(model, "total", 0) // people are visible to the network only
        model.visibility = "network"
        tryVerify(() => model.total > 0, 5000)
    }

    function test_sortsByNameBothWays() {
        const up = makeModel({ kinds: ["organisation"], order: RecordListModel.Title })
        const down = makeModel({ kinds: ["organisation"], order: RecordListModel.TitleDescending })
        tryCompare(up, "total", 30)
        tryCompare(down, "total", 30)
        compare(up.iriAt(0), down.iriAt(29))
        compare(up.iriAt(29), down.iriAt(0))
    }

    function test_draftsAreListed() {
        const drafts = makeModel({ kinds: ["exchange", "jobOffer"], fieldEquals: { status: "draft" }, withFields: true })
        const all = makeModel({ kinds: ["exchange", "jobOffer"] })
        tryVerify(() => all.total > 0, 5000)
        tryVerify(() => !drafts.loading, 5000)
        verify(drafts.total < all.total)
        for (let i = 0; i < drafts.rowCount(); ++i)
            compare(drafts.data(drafts.index(i, 0), RecordListModel.FieldsRole).status, "draft")
    }

    function test_followsChangesAndTheTrash() {
        const live = makeModel({ kinds: ["organisation"] })
        const trash = makeModel({ deleted: true })
        tryCompare(live, "total", 30)
        tryCompare(trash, "total", 0)
        const editor = createTemporaryQmlObject("import org.pes.desktop; RecordEditor { session: testSession }", testCase)
        verify(editor.load(live.iriAt(0)))
        verify(editor.remove())
        tryCompare(live, "total", 29)
        tryCompare(trash, "total", 1)
        verify(editor.restore())
        tryCompare(live, "total", 30)
        tryCompare(trash, "total", 0)
    }
}
