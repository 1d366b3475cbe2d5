// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdflogging.h"

Q_LOGGING_CATEGORY(lcRdf, "org.pes.rdf", QtInfoMsg)
