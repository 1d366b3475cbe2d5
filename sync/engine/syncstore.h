// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "replica/journal.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace pes::sync {

// Journal states of an operation (column operation.synced, schema version 4).
enum class OperationState {
    Pending = 0,    // not yet accepted by the hub
    Accepted = 1,   // part of the hub's state
    Held = 2,       // the hub had another value: waits for the conflict to be settled
    Refused = 3,    // the hub will never apply it (see sync_refusal)
    Superseded = 4, // replaced by the settlement of a conflict
};

// The last state of a record agreed with the hub: the base of three-way merges.
struct Shadow
{
    qint64 version = 0;
    Visibility visibility = Visibility::Public;
    bool deleted = false;
    QJsonObject fields;
};

// A field changed on both sides, kept until a person settles it. `field` is a
// field name, "@visibility", or "@delete" (one side deleted the record, the
// other edited it: values are booleans, true meaning deleted).
struct Conflict
{
    qint64 id = 0;
    QString record;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QJsonValue base;
    qint64 hubVersion = 0;
    QDateTime detected;
    QDateTime resolved; // valid once settled
    QString resolution; // "mine", "theirs", "edited" or "converged"
    QString origin;     // where "theirs" comes from: empty for the hub, "bundle" for a bundle
};

struct Refusal
{
    QString opId;
    QString record;
    QString field;
    QString message;
    QDateTime refused;
};

// The sync tables of a replica (schema version 4): settings and cursor,
// shadows, conflicts and refusals, and the sync state of journal operations.
class SyncStore
{
public:
    explicit SyncStore(sql::Database &db)
        : m_db(db)
    {
    }

    Result<QString> value(const QString &key);
    Status setValue(const QString &key, const QString &value);

    // Pending operations after a journal position, in journal order.
    Result<QList<JournalOperation>> pending(qint64 after, int limit);
    // How many operations the next push would send: drafts stay on the device.
    Result<qint64> sendableCount();
    Status setState(const QStringList &opIds, OperationState state);

    Result<std::optional<Shadow>> shadow(const QString &iri);
    Status setShadow(const QString &iri, const Shadow &shadow);

    // Records a conflict, or refreshes the open one on the same record and field.
    Status recordConflict(const Conflict &conflict);
    Result<QList<Conflict>> conflicts(bool openOnly = true);
    Result<std::optional<Conflict>> conflict(qint64 id);
    Status markResolved(qint64 id, const QString &resolution);
    // Open conflicts whose two sides became equal are closed as "converged";
    // held operations with no open conflict left are superseded.
    Status tidy();
    // Pending operations on a field in conflict wait for the conflict to be settled.
    Status holdPending(const QString &record, const QString &field);
    // Held operations of a settled conflict are superseded.
    Status supersedeHeld(const QString &record, const QString &field);
    // Held operations another device made (carried here by a bundle) wait to
    // be pushed again: the hub has never seen them, and their ids must reach it.
    Status releaseImported(const QString &record, const QString &field, const QString &device);

    Status recordRefusal(const Refusal &refusal);
    Result<QList<Refusal>> refusals();

private:
    sql::Database &m_db;
};

// The conflict key of a journal field: "@delete" for existence operations.
QString conflictField(const QString &operationField);

} // namespace pes::sync
