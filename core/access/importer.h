// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessreader.h"
#include "error.h"
#include "importreport.h"
#include "mapping.h"
#include "replica/replica.h"

#include <functional>

namespace pes::access {

struct ImportOptions
{
    bool dryRun = false; // run the whole import on a staging copy of the replica, then drop it
    ReaderOptions reader;
    // Called after each row with the rows done and the rows to do.
    std::function<void(qint64 done, qint64 total)> progress;
};

// Imports an Access file into a replica following a mapping, as one
// transaction and one undoable change. Repeatable: every source row is
// remembered in the replica's import_source table (mapping source, table,
// row key -> record IRI), so a re-run updates the records it made (only the
// fields whose value changed) and creates none twice. A row seen for the
// first time is linked to an existing record with the same SIRET or email;
// one that only shares a folded name with an existing record is imported and
// listed as a candidate duplicate. Values that break a field's rule are left
// out and reported; rows missing a required field are rejected whole.
Result<ImportReport> importAccess(Replica &replica, const QString &path,
                                  const ImportMapping &mapping, const ImportOptions &options = {});

} // namespace pes::access
