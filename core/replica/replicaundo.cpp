// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: undo and redo, built on the journal. Undoing a change is a new
// change that applies the inverse of its operations, so it is journalled and
// synced like any other edit.
#include "replica.h"

#include "replica/journal.h"

using namespace Qt::StringLiterals;

namespace pes {

namespace {

struct ChangeRef
{
    qint64 id = 0;
    QString description;
};

Result<std::optional<ChangeRef>> findChange(sql::Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ChangeRef>();
    return std::optional<ChangeRef>(ChangeRef{query->integer(0), query->text(1)});
}

const QString undoTarget = u"SELECT id, description FROM change WHERE action IN ('edit', 'redo') "
                           u"AND undone = 0 ORDER BY id DESC LIMIT 1"_s;
// Redo is possible until a new edit is made after the undo.
const QString redoTarget =
    u"SELECT id, description FROM change WHERE action = 'undo' AND undone = 0 AND id > "
    u"coalesce((SELECT max(id) FROM change WHERE action = 'edit'), 0) ORDER BY id DESC LIMIT 1"_s;

} // namespace

Status Replica::applyInverse(const QString &iri, const QString &field, const QJsonValue &oldValue,
                             const QJsonValue &newValue)
{
    auto current = record(iri);
    if (!current)
        return std::unexpected(current.error());
    const QString title = current->title();
    auto changedSince = [&](const QString &what) {
        return fail(Error::Code::Conflict,
                    u"cannot undo: %1 of “%2” was changed again since"_s.arg(what, title));
    };

    if (field == u"@create" || field == u"@restore") {
        if (current->isDeleted())
            return changedSince(u"the existence"_s);
        return setDeleted(*current, true);
    }
    if (field == u"@delete") {
        if (!current->isDeleted())
            return changedSince(u"the existence"_s);
        return setDeleted(*current, false);
    }
    if (current->isDeleted())
        return changedSince(u"the existence"_s);
    if (field == u"@visibility") {
        if (visibilityName(current->visibility) != newValue.toString())
            return changedSince(u"the visibility"_s);
        PES_TRY(journal(*current, field, newValue, oldValue));
        current->visibility = visibilityFromName(oldValue.toString()).value_or(current->visibility);
        return storeRecord(*current);
    }
    if (!sameJournalValue(current->fields.value(field), newValue))
        return changedSince(u"“%1”"_s.arg(field));
    return setFields(*current,
                     QJsonObject{{field, oldValue.isUndefined() ? QJsonValue() : oldValue}});
}

Result<QString> Replica::revert(qint64 changeId, const QString &action, const QString &description)
{
    auto statement = m_db.prepare(u"SELECT record, field, old_value, new_value FROM operation "
                                  u"WHERE change = ? ORDER BY id DESC"_s);
    if (!statement)
        return std::unexpected(statement.error());
    struct Step
    {
        QString iri, field;
        QJsonValue oldValue, newValue;
    };
    QList<Step> steps;
    {
        sql::Query query(**statement);
        query->bind(1, changeId);
        while (true) {
            auto row = query->next();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            steps.append({query->text(0), query->text(1), decodeJournalValue(query->text(2)),
                          decodeJournalValue(query->text(3))});
        }
    }

    PES_TRY(enterChange(description, action, changeId));
    auto reverted = [&]() -> Status {
        for (const Step &step : std::as_const(steps))
            PES_TRY(applyInverse(step.iri, step.field, step.oldValue, step.newValue));
        auto mark = m_db.prepare(u"UPDATE change SET undone = 1 WHERE id = ?"_s);
        if (!mark)
            return std::unexpected(mark.error());
        return (*mark)->bind(1, changeId).run();
    }();
    PES_TRY(leaveChange(reverted.has_value()));
    if (!reverted)
        return std::unexpected(reverted.error());
    return description;
}

Result<QString> Replica::undo()
{
    auto target = findChange(m_db, undoTarget);
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(Error::Code::NotFound, u"nothing to undo"_s);
    return revert((*target)->id, u"undo"_s, (*target)->description);
}

Result<QString> Replica::redo()
{
    auto target = findChange(m_db, redoTarget);
    if (!target)
        return std::unexpected(target.error());
    if (!*target)
        return fail(Error::Code::NotFound, u"nothing to redo"_s);
    return revert((*target)->id, u"redo"_s, (*target)->description);
}

bool Replica::canUndo()
{
    auto target = findChange(m_db, undoTarget);
    return target && *target;
}

bool Replica::canRedo()
{
    auto target = findChange(m_db, redoTarget);
    return target && *target;
}

} // namespace pes
