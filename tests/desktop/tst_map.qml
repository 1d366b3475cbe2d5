// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import org.pes.desktop

// The map's cluster model and page against the test replica: the list's
// filters apply, every marker is counted once, and with no tile source the
// page still shows the markers and says why.
TestCase {
    id: testCase
    name: "Map"
    width: 800
    height: 600
    when: windowShown

    Component {
        id: listComponent
        RecordListModel { session: testSession; kinds: ["organisation", "exchange"] }
    }
    Component {
        id: clusterComponent
        MapClusterModel { session: testSession }
    }
    Component {
        id: pageComponent
        MapPage { width: 800; height: 600; session: testSession }
    }

    function counted(model) {
        let sum = 0
        for (let row = 0; row < model.rowCount(); ++row)
            sum += model.data(model.index(row, 0), MapClusterModel.CountRole)
        return sum
    }

    function test_countsEveryMarkerOnceAtEveryZoom() {
        const list = createTemporaryObject(listComponent, testCase)
        tryVerify(() => list.total > 0, 5000)
        const model = createTemporaryObject(clusterComponent, testCase, { list: list })
        verify(model.loading, "the index loads in the worker thread")
        tryVerify(() => !model.loading, 10000)
        verify(model.total > 30, "organisations and exchanges")
        tryCompare(list, "total", model.total) // demo records all have coordinates
        for (let zoom = 0; zoom <= 18; zoom += 3) {
            model.setViewport(-180, -85, 180, 85, zoom)
            compare(counted(model), model.total, "zoom " + zoom)
        }
    }

    function test_followsTheListsSearchText() {
        const list = createTemporaryObject(listComponent, testCase)
        const model = createTemporaryObject(clusterComponent, testCase, { list: list })
        tryVerify(() => !model.loading, 10000)
        const all = model.total
        model.setViewport(-180, -85, 180, 85, 16)
        let single = ""
        for (let row = 0; row < model.rowCount() && single === ""; ++row)
            single = model.data(model.index(row, 0), MapClusterModel.IriRole)
        verify(single !== "", "a marker standing alone")
        list.text = testSession.recordTitle(single)
        tryVerify(() => !model.loading, 10000)
        verify(model.total >= 1 && model.total < all)
        verify(model.rowOf(single) >= 0)
        list.kinds = ["exchange"]
        list.text = ""
        tryVerify(() => !model.loading, 10000)
        verify(model.rowCount() > 0)
        for (let row = 0; row < model.rowCount(); ++row)
            verify(["offer", "need", "cluster"].includes(
                model.data(model.index(row, 0), MapClusterModel.TypeRole)))
    }

    function test_pageWithoutTilesShowsMarkers() {
        const list = createTemporaryObject(listComponent, testCase)
        const page = createTemporaryObject(pageComponent, testCase, { list: list })
        verify(!page.hasTiles)
        // A TestCase is not drawn: under it the page is hidden, and the map
        // loads nothing until it is shown.
        verify(!page.visible)
        verify(!page.clusters.active)
        wait(200)
        compare(page.clusters.rowCount(), 0)
        verify(!page.clusters.loading)
        page.parent = testCase.parent
        verify(page.visible)
        tryVerify(() => page.clusters.rowCount() > 0, 5000)
        compare(page.clusters.errorMessage, "")
    }

    function test_offlineAreaEstimate() {
        const list = createTemporaryObject(listComponent, testCase)
        const page = createTemporaryObject(pageComponent, testCase, { list: list })
        const areas = page.offlineAreas
        compare(areas.offlineDirectory, "", "no tile source, no offline folder")
        verify(areas.estimate("Marseille", 5.3, 43.2, 5.5, 43.4, 10, 12).error.includes("No tile source"))
        areas.urlTemplate = "https://tile.openstreetmap.org/%z/%x/%y.png"
        verify(areas.estimate("Marseille", 5.3, 43.2, 5.5, 43.4, 10, 12).error.includes("usage policy"))
        areas.urlTemplate = "http://127.0.0.1:9/%z/%x/%y.png"
        const estimate = areas.estimate("Marseille", 5.3, 43.2, 5.5, 43.4, 10, 12)
        compare(estimate.error, "")
        // 1x2 tiles at zoom 10, 2x2 at 11, 3x4 at 12.
        compare(estimate.tiles, 2 + 4 + 12)
        compare(estimate.bytes, estimate.tiles * 25 * 1024)
        verify(areas.offlineDirectory !== "")
        verify(areas.estimate("Marseille", -180, -85, 180, 85, 0, 12).error !== "", "too many tiles")
    }
}
