// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncstore.h"
#include "replica/replica.h"

namespace pes::sync {

enum class Settlement { Mine, Theirs, Edited };

// Settles a conflict as a person decided: keep mine, take theirs, or a new
// value. Mine and a new value are journalled as new operations made on the
// hub's current version, so the next sync carries the decision to everyone;
// theirs is applied locally like a remote change. Operations held by the
// conflict are superseded. All in one transaction.
Status settleConflict(Replica &replica, qint64 conflictId, Settlement settlement,
                      const QJsonValue &edited = {});

} // namespace pes::sync
