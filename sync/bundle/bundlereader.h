// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleformat.h"
#include "error.h"
#include "wire/messages.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pes::bundle {

// A bundle read whole and checked.
struct BundleContent
{
    Manifest manifest;
    QList<wire::PushOperation> operations; // in the order they were made
    QList<wire::RemoteRecord> records;     // the sending device's state of the records concerned
    QStringList attachments; // SHA-256 (hex) of the blobs written to the staging folder
};

// Reads a bundle and checks everything before the caller changes anything:
// the ZIP directory (entry names that stay inside the bundle, known entries
// only, declared sizes and compression ratios within `limits`), the manifest
// (format version, network), then every entry streamed with a cap at its
// declared size and compared with the manifest's size and SHA-256. Attachments
// are written to `stagingDir` (named by their hash); the rest stays in memory.
// Every refusal says what is wrong with the file.
Result<BundleContent> readBundle(const QString &path, const QString &network,
                                 const QString &stagingDir, const Limits &limits = {});

} // namespace pes::bundle
