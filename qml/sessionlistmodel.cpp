// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlistmodel.h"

namespace pes::desktop {

void SessionListModel::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReplicaSession::openChanged, this, &SessionListModel::reload);
        connect(m_session, &ReplicaSession::statusChanged, this, &SessionListModel::reload);
    }
    Q_EMIT sessionChanged();
    reload();
}

void SessionListModel::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorMessageChanged();
}

} // namespace pes::desktop
