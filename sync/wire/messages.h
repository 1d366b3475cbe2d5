// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The messages of the sync protocol and their N-Quads form
// (docs/sync-protocol.md): one named graph per record, plus the metadata graph
// <https://w3id.org/pes/sync#meta>.
namespace pes::wire {

// A record as the hub holds it: its state at `version`, changed at `sequence`.
struct RemoteRecord
{
    QString iri;
    Kind kind = Kind::Organisation;
    QString network;
    Visibility visibility = Visibility::Public;
    qint64 version = 0;
    qint64 sequence = 0;
    QDateTime created;
    QDateTime modified;
    QDateTime deleted;      // valid for a tombstone
    bool withdrawn = false; // no longer visible to the reader: drop it
    QString lastChange;     // the client change id that made this version
    QJsonObject fields;
};

// One journal operation as pushed, with the hub version it was made on.
struct PushOperation
{
    QString opId;
    QString changeId;
    QString device;
    QString record;
    Kind kind = Kind::Organisation;
    QString field; // a field name, "@create", "@delete", "@restore" or "@visibility"
    QJsonValue oldValue;
    QJsonValue newValue;
    QString hlc;
    qint64 baseVersion = 0;
    qint64 position = 0; // order within the push
};

enum class Outcome { Applied, Conflict, Refused };
QString outcomeName(Outcome outcome);

// The hub's answer for the operations of one change on one record.
struct RecordResult
{
    QString changeId;
    QString record;
    Outcome outcome = Outcome::Applied;
    qint64 version = 0;      // the record's version on the hub after this push
    QString message;         // why, for a refusal or a conflict
    QStringList applied;     // op ids now part of the hub's state (also on a replay)
    QStringList conflicting; // op ids not applied: the hub's value changed since their base
    QStringList refused;     // op ids the hub will never apply
};

struct PushResponse
{
    QList<RecordResult> results;
    QList<RemoteRecord> current; // the hub's state of records in conflict
};

struct FeedPage
{
    QList<RemoteRecord> records; // in sequence order
    qint64 cursor = 0;           // give it back as ?after= for the next page
    qint64 watermark = 0;        // the hub's last sequence when this page was read
    bool more = false;
};

QByteArray encodePush(const QList<PushOperation> &operations);
Result<QList<PushOperation>> decodePush(const QByteArray &body);
QByteArray encodePushResponse(const PushResponse &response);
Result<PushResponse> decodePushResponse(const QByteArray &body);
QByteArray encodeFeed(const FeedPage &page);
Result<FeedPage> decodeFeed(const QByteArray &body);

} // namespace pes::wire
