// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileslogging.h"

Q_LOGGING_CATEGORY(lcTiles, "org.pes.tiles")
