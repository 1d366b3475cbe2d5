// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncstore.h"
#include "wire/messages.h"

#include <optional>

namespace pes::sync {

struct MergeInput
{
    std::optional<Record> local; // the replica's record, if it has one
    std::optional<Shadow> base;  // the last state agreed with the hub, if any
    wire::RemoteRecord remote;   // what the hub holds now
};

struct FieldConflict
{
    QString field; // a field name, "@visibility" or "@delete"
    QJsonValue mine;
    QJsonValue theirs;
    QJsonValue base;
};

struct MergeResult
{
    std::optional<Record> write; // the record to store, when the replica must change
    QList<FieldConflict> conflicts;
    Shadow shadow; // the new agreed state
};

// The field-level three-way merge of a record pulled from the hub.
//
// For each field: unchanged here (mine == base) takes theirs; unchanged there
// (theirs == base) keeps mine; both changed to different values is a conflict
// that keeps mine in the record and both values in the conflict. Deleted on
// one side and edited on the other is a conflict on "@delete" that keeps the
// record as it is here. Nothing is ever dropped silently.
MergeResult mergeRecord(const MergeInput &input);

} // namespace pes::sync
