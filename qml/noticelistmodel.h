// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/notices.h"
#include "sessionlistmodel.h"

namespace pes::desktop {

// The unread notices of the session's replica (pes::sync::NoticeBoard): needs
// from the hub that match this network's organisations or offers. Reading one
// marks it read; the list then drops it.
class NoticeListModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    enum Role {
        NoticeIdRole = Qt::UserRole + 1,
        NeedRole,
        NeedTitleRole,
        NeedNetworkRole,
        MatchRole,
        MatchTitleRole,
        ReasonRole, // "tag" or "area"
        DetailRole,
        CreatedRole,
    };
    Q_ENUM(Role)

    explicit NoticeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;
    Q_INVOKABLE void markRead(int row);
    Q_INVOKABLE void markAllRead();

private:
    QList<sync::Notice> m_rows;
};

} // namespace pes::desktop
