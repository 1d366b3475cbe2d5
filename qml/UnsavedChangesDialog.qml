// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import org.pes.desktop

// Asked before leaving a record with unsaved changes: save, discard or stay.
Dialog {
    id: dialog

    required property RecordEditor editor
    property var pending: null

    title: qsTr("Unsaved changes")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 460
    standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel

    Label {
        width: dialog.availableWidth
        text: qsTr("“%1” has changes that are not saved.").arg(dialog.editor.title)
        wrapMode: Text.Wrap
    }

    onAccepted: {
        if (dialog.editor.save() && dialog.pending)
            dialog.pending()
        dialog.pending = null
    }
    onDiscarded: {
        dialog.editor.revert()
        close()
        if (dialog.pending)
            dialog.pending()
        dialog.pending = null
    }
    onRejected: dialog.pending = null
}
