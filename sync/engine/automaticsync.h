// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/syncstore.h"

namespace pes::sync {

// Whether a program syncs the replica on its own, and how often. Kept in the
// replica, next to the hub's address, so the choice made on a device holds
// for every program that opens its replica.
struct AutomaticSync
{
    static constexpr int maxIntervalMinutes = 24 * 60;

    bool enabled = true;
    int intervalMinutes = 0; // 0: the program's own default
};

Result<AutomaticSync> readAutomaticSync(SyncStore &store);
// Refuses an interval outside 1 minute to a day, with a sentence saying so.
Status writeAutomaticSync(SyncStore &store, const AutomaticSync &settings);

} // namespace pes::sync
