// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "replicasession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pes::desktop {

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_query.limit = m_pageSize;
    m_restart.setSingleShot(true);
    m_restart.setInterval(0);
    connect(&m_restart, &QTimer::timeout, this, [this] { start(m_pageSize); });
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.hit.title;
    case IriRole:
        return row.hit.iri;
    case KindRole:
        return kindInfo(row.hit.kind).name;
    case KindLabelRole:
        return QCoreApplication::translate("Field", kindInfo(row.hit.kind).label);
    case CityRole:
        return row.hit.city;
    case PostcodeRole:
        return row.hit.postcode;
    case FieldsRole:
        return row.fields;
    }
    return {};
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {{IriRole, "iri"},      {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
            {TitleRole, "title"},  {CityRole, "city"}, {PostcodeRole, "postcode"},
            {FieldsRole, "fields"}};
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session || m_loading)
        return false;
    return m_total >= 0 ? m_rows.size() < m_total : m_lastPageFull;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(int(m_rows.size()), m_pageSize);
    if (m_total < 0)
        requestCount(); // the page goes first; counting starts again after it
}

QString RecordListModel::iriAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hit.iri : QString();
}

int RecordListModel::indexOf(const QString &iri) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).hit.iri == iri)
            return i;
    }
    return -1;
}

void RecordListModel::reload()
{
    start(qMax(m_pageSize, int(m_rows.size())));
}

void RecordListModel::setSession(ReplicaSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ReplicaSession::recordsChanged, this, [this] { reload(); });
        connect(m_session, &ReplicaSession::openChanged, this, &RecordListModel::queryEdited);
    }
    queryEdited();
}

void RecordListModel::queryEdited()
{
    Q_EMIT queryChanged();
    m_restart.start();
}

#define PES_SETTER(member, value)                                                                  \
    if (member == value)                                                                           \
        return;                                                                                    \
    member = value;                                                                                \
    queryEdited();

void RecordListModel::setText(const QString &text){PES_SETTER(m_query.text, text)}

QStringList RecordListModel::kinds() const
{
    QStringList names;
    for (Kind kind : m_query.kinds)
        names.append(kindInfo(kind).name);
    return names;
}

void RecordListModel::setKinds(const QStringList &names)
{
    QList<Kind> kinds;
    for (const QString &name : names) {
        if (auto kind = kindFromName(name))
            kinds.append(*kind);
    }
    PES_SETTER(m_query.kinds, kinds)
}

void RecordListModel::setTag(const QString &tag)
{
    PES_SETTER(m_query.tag, tag)
}

void RecordListModel::setPlace(const QString &place)
{
    PES_SETTER(m_query.place, place)
}

void RecordListModel::setNetwork(const QString &network){PES_SETTER(m_query.network, network)}

QString RecordListModel::visibility() const
{
    return m_query.visibility ? visibilityName(*m_query.visibility) : QString();
}

void RecordListModel::setVisibility(const QString &name)
{
    const std::optional<Visibility> visibility = visibilityFromName(name);
    PES_SETTER(m_query.visibility, visibility)
}

QVariantMap RecordListModel::fieldEquals() const
{
    QVariantMap map;
    for (auto it = m_query.fieldEquals.begin(); it != m_query.fieldEquals.end(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

void RecordListModel::setFieldEquals(const QVariantMap &fields)
{
    QMap<QString, QString> map;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().toString().isEmpty())
            map.insert(it.key(), it.value().toString());
    }
    PES_SETTER(m_query.fieldEquals, map)
}

void RecordListModel::setOrder(Order order)
{
    const auto searchOrder = SearchOrder(order);
    PES_SETTER(m_query.order, searchOrder)
}

void RecordListModel::setDeleted(bool deleted)
{
    PES_SETTER(m_query.deleted, deleted)
}

void RecordListModel::setWithFields(bool withFields)
{
    PES_SETTER(m_withFields, withFields)
}

void RecordListModel::setActive(bool active)
{
    PES_SETTER(m_active, active)
}

#undef PES_SETTER

void RecordListModel::start(int limit)
{
    m_restart.stop();
    if (!m_session || !m_session->searchWorker() || !m_active)
        return;
    if (m_workerConnection)
        disconnect(m_workerConnection);
    m_workerConnection = connect(m_session->searchWorker(), &SearchWorker::finished, this,
                                 &RecordListModel::receive);
    m_replacing = true;
    request(0, limit);
    requestCount();
}

// One letter matches nearly every record of a large replica: searching starts
// at the second letter, the list staying as it was until then.
static SearchQuery effective(const SearchQuery &query)
{
    SearchQuery result = query;
    if (result.text.trimmed().size() < 2)
        result.text.clear();
    return result;
}

void RecordListModel::request(int offset, int limit)
{
    if (!m_session || !m_session->searchWorker()) // the replica was closed
        return;
    ++m_generation;
    SearchQuery query = effective(m_query);
    query.offset = offset;
    query.limit = limit;
    m_requestedLimit = limit;
    m_session->searchWorker()->submit({quintptr(this), m_generation, query, false, m_withFields});
    setLoading(true);
}

// Counting every match can take long on a large replica: it runs after the
// page, under its own requester key, and is interrupted by the next query.
void RecordListModel::requestCount()
{
    if (!m_session || !m_session->searchWorker())
        return;
    ++m_countGeneration;
    m_session->searchWorker()->submit(
        {quintptr(this) + 1, m_countGeneration, effective(m_query), true, false});
}

void RecordListModel::receive(quintptr requester, int generation, int offset,
                              const QList<SearchRow> &rows, qint64 total, const QString &error)
{
    if (requester == quintptr(this) + 1) {
        if (generation == m_countGeneration && total >= 0) {
            m_total = total;
            Q_EMIT totalChanged();
        }
        return;
    }
    if (requester != quintptr(this) || generation != m_generation)
        return;
    m_lastPageFull = rows.size() >= m_requestedLimit;
    setLoading(false);
    m_error = error;
    if (m_replacing) {
        m_replacing = false;
        if (rows.size() == m_rows.size() && !rows.isEmpty()) {
            m_rows = rows; // same length: keep the view where it is
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        } else {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        }
        if (!error.isEmpty())
            m_total = 0;
        else if (!m_lastPageFull)
            m_total = m_rows.size(); // everything is here: no need to wait for the count
        else
            m_total = -1;
        Q_EMIT totalChanged();
        Q_EMIT resultsShown();
        return;
    }
    if (offset != m_rows.size() || rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
    if (!error.isEmpty())
        Q_EMIT totalChanged();
}

void RecordListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace pes::desktop
