// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictlistmodel.h"

#include "desktoplogging.h"
#include "engine/conflicts.h"
#include "engine/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::desktop {

namespace {

// A field value as a person reads it: text as is, anything else as compact JSON.
QString display(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QObject::tr("yes") : QObject::tr("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

ConflictListModel::ConflictListModel(QObject *parent)
    : SessionListModel(parent)
{
}

void ConflictListModel::reload()
{
    QList<Row> rows;
    if (replica()) {
        sync::SyncStore store(replica()->database());
        auto conflicts = store.conflicts(true);
        if (!conflicts) {
            setError(conflicts.error().message);
        } else {
            for (const sync::Conflict &conflict : std::as_const(*conflicts)) {
                Row row;
                row.id = conflict.id;
                row.record = conflict.record;
                row.title = session()->recordTitle(conflict.record);
                row.field = conflict.field;
                row.mine = display(conflict.mine);
                row.theirs = display(conflict.theirs);
                row.base = display(conflict.base);
                row.detected = conflict.detected;
                row.fromBundle = conflict.origin == u"bundle";
                row.textual = conflict.mine.isString() || conflict.theirs.isString() ||
                              conflict.base.isString();
                rows.append(row);
            }
        }
    }
    resetRows(m_rows, std::move(rows));
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title.isEmpty() ? row.record : row.title;
    case ConflictIdRole:
        return row.id;
    case RecordRole:
        return row.record;
    case FieldRole:
        return row.field;
    case MineRole:
        return row.mine;
    case TheirsRole:
        return row.theirs;
    case BaseRole:
        return row.base;
    case DetectedRole:
        return row.detected;
    case FromBundleRole:
        return row.fromBundle;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"},
            {RecordRole, "record"},
            {TitleRole, "title"},
            {FieldRole, "field"},
            {MineRole, "mine"},
            {TheirsRole, "theirs"},
            {BaseRole, "base"},
            {DetectedRole, "detected"},
            {FromBundleRole, "fromBundle"}};
}

bool ConflictListModel::settle(int row, Choice choice, const QString &edited)
{
    if (!replica() || row < 0 || row >= m_rows.size()) {
        setError(tr("This conflict no longer exists."));
        return false;
    }
    QJsonValue value;
    if (choice == Edited && m_rows.at(row).textual) {
        value = edited;
    } else if (choice == Edited) {
        const QJsonDocument parsed = QJsonDocument::fromJson(u"[%1]"_s.arg(edited).toUtf8());
        value = parsed.isArray() && parsed.array().size() == 1 ? parsed.array().at(0)
                                                               : QJsonValue(edited);
    }
    const auto settlement = choice == Mine     ? sync::Settlement::Mine
                            : choice == Theirs ? sync::Settlement::Theirs
                                               : sync::Settlement::Edited;
    const Status settled = sync::settleConflict(*replica(), m_rows.at(row).id, settlement, value);
    if (!settled) {
        qCWarning(lcDesktop).noquote() << "cannot settle a conflict:" << settled.error().message;
        setError(settled.error().message);
        return false;
    }
    setError({});
    reload();
    return true;
}

} // namespace pes::desktop
