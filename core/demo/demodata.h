// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"
#include "error.h"

#include <QMap>

#include <functional>

namespace pes {

class Replica;

struct DemoOptions
{
    int organisations = 500;
    quint64 seed = 1;
    // People, engagements, contact points, relations, exchanges and events
    // around the organisations; off to create organisations only.
    bool related = true;
};

// Fills a replica with realistic French demo data: organisations of the social
// and solidarity economy across Provence-Alpes-Côte d'Azur, with the people,
// offers, needs and events around them. The same seed gives the same content
// (IRIs are minted anew). Written in batches of 5,000 organisations, each one
// transaction and one undoable change.
Result<QMap<Kind, int>>
generateDemoData(Replica &replica, const DemoOptions &options,
                 const std::function<void(int done, int total)> &progress = {});

} // namespace pes
