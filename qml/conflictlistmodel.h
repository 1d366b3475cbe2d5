// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// The open sync conflicts of the session's replica, one row per record field
// changed on both sides, with mine, theirs and the base as display text.
// settle() calls the engine's settle path (pes::sync::settleConflict), so the
// decision is journalled and the next sync carries it to every device.
class ConflictListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        RecordRole,
        TitleRole,
        FieldRole,
        MineRole,
        TheirsRole,
        BaseRole,
        DetectedRole,
        FromBundleRole, // "theirs" came from a bundle of another device, not from the hub
    };
    Q_ENUM(Role)
    enum Choice { Mine, Theirs, Edited };
    Q_ENUM(Choice)

    explicit ConflictListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;
    // Settles the conflict on `row`: keep mine, take theirs, or `edited` (kept as
    // text for a text field, parsed as JSON for other fields).
    Q_INVOKABLE bool settle(int row, pes::desktop::ConflictListModel::Choice choice,
                            const QString &edited = {});

private:
    struct Row
    {
        qint64 id = 0;
        QString record;
        QString title;
        QString field;
        QString mine;
        QString theirs;
        QString base;
        QDateTime detected;
        bool fromBundle = false;
        bool textual = true; // a typed value stays text
    };
    QList<Row> m_rows;
};

} // namespace pes::desktop
