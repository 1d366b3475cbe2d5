// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlelog.h"

Q_LOGGING_CATEGORY(lcBundle, "org.pes.bundle", QtInfoMsg)
