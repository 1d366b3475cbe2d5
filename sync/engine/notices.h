// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "error.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pes::sync {

// A need that arrived from the hub and matches what this network offers: the
// seed's "structures with the required skills are notified at once".
struct Notice
{
    enum class Reason { Tag, Area };

    qint64 id = 0;
    QString need; // the exchange (way "need") that arrived
    QString needTitle;
    QString needNetwork;
    QString match; // this network's offer or organisation
    QString matchTitle;
    Kind matchKind = Kind::Exchange;
    Reason reason = Reason::Tag;
    QString detail; // the shared tag's label, or the area
    QDateTime created;
    QDateTime read; // valid once the user has seen it
};

// Finds and keeps notices (table sync_notice, schema version 5).
//
// A need matches a record of this replica's own network when they share a tag
// (its offers and its organisations: tags say what they do), or when an offer
// has the same type and the same area (compared without accents or case). A
// need never matches its own organisation. Notices are found when a need is
// new to the replica during a pull, never during the first sync, which brings
// everything at once.
class NoticeBoard
{
public:
    NoticeBoard(sql::Database &db, QString ownNetwork)
        : m_db(db)
        , m_network(std::move(ownNetwork))
    {
    }

    // Looks for matches of a record that just arrived; returns how many new notices.
    Result<int> consider(const Record &arrived);

    // Notices whose need is still live, newest first.
    Result<QList<Notice>> notices(bool unreadOnly = true);
    Result<qint64> unreadCount();
    // Marks these notices (all of them when empty) as read.
    Status markRead(const QList<qint64> &ids = {});

private:
    Status add(const QString &need, const QString &match, Notice::Reason reason,
               const QString &detail, int &added);

    sql::Database &m_db;
    QString m_network;
};

} // namespace pes::sync
