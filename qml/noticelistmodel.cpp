// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticelistmodel.h"

#include "desktoplogging.h"

using namespace Qt::StringLiterals;

namespace pes::desktop {

NoticeListModel::NoticeListModel(QObject *parent)
    : SessionListModel(parent)
{
}

void NoticeListModel::reload()
{
    QList<sync::Notice> rows;
    if (replica()) {
        sync::NoticeBoard board(replica()->database(), replica()->network().iri);
        auto notices = board.notices(true);
        if (notices) {
            rows = *notices;
            setError({});
        } else {
            qCWarning(lcDesktop).noquote() << "cannot read notices:" << notices.error().message;
            setError(notices.error().message);
        }
    }
    resetRows(m_rows, std::move(rows));
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const sync::Notice &notice = m_rows.at(index.row());
    switch (role) {
    case NoticeIdRole:
        return notice.id;
    case NeedRole:
        return notice.need;
    case Qt::DisplayRole:
    case NeedTitleRole:
        return notice.needTitle;
    case NeedNetworkRole:
        return notice.needNetwork;
    case MatchRole:
        return notice.match;
    case MatchTitleRole:
        return notice.matchTitle;
    case ReasonRole:
        return notice.reason == sync::Notice::Reason::Tag ? u"tag"_s : u"area"_s;
    case DetailRole:
        return notice.detail;
    case CreatedRole:
        return notice.created;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    return {
        {NoticeIdRole, "noticeId"},       {NeedRole, "need"},     {NeedTitleRole, "needTitle"},
        {NeedNetworkRole, "needNetwork"}, {MatchRole, "match"},   {MatchTitleRole, "matchTitle"},
        {ReasonRole, "reason"},           {DetailRole, "detail"}, {CreatedRole, "created"}};
}

void NoticeListModel::markRead(int row)
{
    if (!replica() || row < 0 || row >= m_rows.size())
        return;
    sync::NoticeBoard board(replica()->database(), replica()->network().iri);
    if (auto marked = board.markRead({m_rows.at(row).id}); !marked)
        return setError(marked.error().message);
    reload();
}

void NoticeListModel::markAllRead()
{
    if (!replica())
        return;
    sync::NoticeBoard board(replica()->database(), replica()->network().iri);
    if (auto marked = board.markRead(); !marked)
        return setError(marked.error().message);
    reload();
}

} // namespace pes::desktop
