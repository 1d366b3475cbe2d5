// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"
#include "storage/sqlite.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace pes {

// One field-level operation of the journal.
//
// `field` is a field name, or one of the record-level operations:
// "@create" (new value: kind, visibility and all fields), "@delete" and
// "@restore" (new value: the time), "@visibility" (old and new visibility).
struct JournalOperation
{
    qint64 sequence = 0; // local order
    QString opId;        // UUID v7, unique everywhere
    QString changeId;    // the change (one user action) it belongs to
    QString device;
    QString record;
    Kind kind = Kind::Organisation;
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;
    QString hlc;
    bool synced = false;
};

// Journal values are stored as JSON text; null (no value) as SQL NULL.
QString encodeJournalValue(const QJsonValue &value);
QJsonValue decodeJournalValue(const QString &text);
// Equal as journal values: no value (null) and an absent field are the same.
bool sameJournalValue(const QJsonValue &a, const QJsonValue &b);

// Read access to the journal, for the status area, the CLI and the sync engine.
class Journal
{
public:
    explicit Journal(sql::Database &db)
        : m_db(db)
    {
    }

    // Operations not yet synced, in journal order, after the given sequence.
    Result<QList<JournalOperation>> unsynced(int limit = 1000, qint64 after = 0);
    Result<QList<JournalOperation>> forRecord(const QString &iri);
    Result<qint64> unsyncedCount();
    Status markSynced(const QStringList &opIds);

private:
    Result<QList<JournalOperation>> select(const QString &where, const QVariantList &bindings);

    sql::Database &m_db;
};

} // namespace pes
