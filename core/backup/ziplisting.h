// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace pes::backup {

// One entry of a ZIP file's central directory, as the file declares it.
struct ZipEntry
{
    QString name;
    qint64 compressedSize = 0;
    qint64 size = 0; // uncompressed
};

// Reads the central directory of a ZIP file without extracting anything, so
// that names and sizes can be judged before an archive library acts on them
// (such libraries may silently drop or rewrite a dangerous name).
Result<QList<ZipEntry>> listZipEntries(const QString &path);

// Why an entry name is unsafe to extract (empty when it is safe): absolute
// paths, drive letters, backslashes, "." or ".." components, directories.
QString unsafeEntryName(const QString &name);

} // namespace pes::backup
