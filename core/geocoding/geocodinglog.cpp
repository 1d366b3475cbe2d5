// SPDX-License-Identifier: GPL-3.0-or-later
#include "geocodinglog.h"

Q_LOGGING_CATEGORY(lcGeocoding, "org.pes.geocoding")
