// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentref.h"
#include "sessionlistmodel.h"

#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// The files attached to one record of the session's replica, for the record
// page: one row per attachment, whether its file is on this computer yet (it
// arrives with the next sync when another device attached it), and the
// actions of the page: add a file, open one, take one off the record.
class AttachmentListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString iri READ iri WRITE setIri NOTIFY iriChanged)
public:
    enum Role {
        HashRole = Qt::UserRole + 1,
        NameRole,
        MediaTypeRole,
        SizeRole,
        StoredRole,
    };
    Q_ENUM(Role)

    explicit AttachmentListModel(QObject *parent = nullptr);

    QString iri() const { return m_iri; }
    void setIri(const QString &iri);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;
    // Attaches a local file to the record (one undoable change).
    Q_INVOKABLE bool add(const QUrl &file);
    // Takes the attachment on `row` off the record; the file stays until collected.
    Q_INVOKABLE bool remove(int row);
    // A copy of the file under its own name in a temporary folder, for
    // opening with the system's application; empty when it is not here.
    Q_INVOKABLE QUrl openableUrl(int row);
    // Opens the copy with the system's application for its type.
    Q_INVOKABLE bool open(int row);

Q_SIGNALS:
    void iriChanged();

private:
    QString m_iri;
    QList<AttachmentRef> m_rows;
    QList<bool> m_stored;
};

} // namespace pes::desktop
