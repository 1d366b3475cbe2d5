// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/kinds.h"

#include <QString>

#include <optional>

namespace pes {

// A time-ordered UUID (RFC 9562 version 7). Successive calls in one process
// sort strictly after each other, even within the same millisecond.
QString createUuidV7();

// Mints the IRI of a new record: <network base>/id/<kind>/<uuid v7>.
QString mintIri(const QString &networkBase, Kind kind);

// True when the IRI lies under the network's base IRI (the network owns it).
bool isOwnedBy(const QString &iri, const QString &networkBase);

} // namespace pes
