// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A month calendar in a popup, in the interface's language, for date fields:
// it opens on the field's date (or today) and gives back "YYYY-MM-DD".
Popup {
    id: picker

    // The field's text; only its "YYYY-MM-DD" start is read.
    property string date
    property int month: new Date().getMonth()
    property int year: new Date().getFullYear()
    signal picked(string isoDate)

    function isoDate(day) {
        const two = n => (n < 10 ? "0" : "") + n
        return day.getFullYear() + "-" + two(day.getMonth() + 1) + "-" + two(day.getDate())
    }
    function showMonth(offset) {
        const first = new Date(picker.year, picker.month + offset, 1)
        picker.month = first.getMonth()
        picker.year = first.getFullYear()
    }
    function choose(day) {
        picker.picked(picker.isoDate(day))
        picker.close()
    }

    onAboutToShow: {
        const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(picker.date)
        const shown = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
                            : new Date()
        picker.month = shown.getMonth()
        picker.year = shown.getFullYear()
    }

    padding: 8
    focus: true

    contentItem: ColumnLayout {
        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                text: "‹"
                Accessible.name: qsTr("Previous month")
                onClicked: picker.showMonth(-1)
            }
            Label {
                objectName: "monthTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.bold: true
                text: Qt.locale().standaloneMonthName(picker.month, Locale.LongFormat) + " " + picker.year
            }
            ToolButton {
                text: "›"
                Accessible.name: qsTr("Next month")
                onClicked: picker.showMonth(1)
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            locale: grid.locale
        }
        MonthGrid {
            id: grid
            objectName: "monthGrid"
            Layout.fillWidth: true
            month: picker.month
            year: picker.year
            locale: Qt.locale()
            delegate: Label {
                required property var model
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                opacity: model.month === grid.month ? 1 : 0.4
                text: model.day
                font.bold: picker.isoDate(model.date) === picker.date.slice(0, 10)
                padding: 4
                Accessible.role: Accessible.Button
                Accessible.name: model.date.toLocaleDateString(Qt.locale(), Locale.LongFormat)
            }
            onClicked: date => picker.choose(date)
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Today")
            onClicked: picker.choose(new Date())
        }
    }
}
