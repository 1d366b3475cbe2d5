// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclog.h"

Q_LOGGING_CATEGORY(lcSync, "org.pes.sync", QtInfoMsg)
