// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplogging.h"

Q_LOGGING_CATEGORY(lcMap, "org.pes.map")
