// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentslogging.h"

Q_LOGGING_CATEGORY(lcAttachments, "org.pes.attachments", QtInfoMsg)
