// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replicasession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace pes::desktop {

// A list model read from the session's replica: it reloads when the session
// opens another replica or records a change, and keeps the last error for QML.
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(
        pes::desktop::ReplicaSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    using QAbstractListModel::QAbstractListModel;

    ReplicaSession *session() const { return m_session; }
    void setSession(ReplicaSession *session);
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE virtual void reload() = 0;

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void errorMessageChanged();

protected:
    Replica *replica() const { return m_session ? m_session->replica() : nullptr; }
    void setError(const QString &message);
    // Replaces every row in one reset, and says when the count changed.
    template <typename Rows> void resetRows(Rows &current, Rows &&next)
    {
        const auto before = current.size();
        beginResetModel();
        current = std::move(next);
        endResetModel();
        if (before != current.size())
            Q_EMIT countChanged();
    }

private:
    QPointer<ReplicaSession> m_session;
    QString m_error;
};

} // namespace pes::desktop
