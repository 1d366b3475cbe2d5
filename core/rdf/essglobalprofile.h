// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/record.h"
#include "term.h"

namespace pes::rdf {

// The ESSGLOBAL description of an organisation, as solidarity-economy maps
// read it: an essglobal:SSEInitiative with gr:name, dct:description,
// foaf:homepage, vcard:hasEmail / vcard:hasTelephone, and an essglobal:Address
// node with vCard parts and geo:lat / geo:long. Other kinds give nothing.
QList<Statement> recordToEssglobal(const Record &record);

} // namespace pes::rdf
