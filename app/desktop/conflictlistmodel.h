// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// The open sync conflicts of the session's replica, one row per record field
// changed on both sides, with mine, theirs and the base as display text.
// settle() calls the engine's settle path (pes::sync::settleConflict), so the
// decision is journalled and the next sync carries it to every device.
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
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

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    // Settles the conflict on `row`: keep mine, take theirs, or `edited` (kept as
    // text for a text field, parsed as JSON for other fields).
    Q_INVOKABLE bool settle(int row, pes::desktop::ConflictListModel::Choice choice,
                            const QString &edited = {});

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void errorMessageChanged();

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
    void setError(const QString &message);

    QPointer<ReplicaSession> m_session;
    QList<Row> m_rows;
    QString m_error;
};

} // namespace pes::desktop
