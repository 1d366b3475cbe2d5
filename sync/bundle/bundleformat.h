// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pes::bundle {

// The version of the bundle format this build writes and reads.
constexpr int formatVersion = 1;
// What the format field of every bundle manifest says.
inline constexpr QStringView formatName = u"pes-bundle";

// The entries of a bundle (a ZIP file).
inline constexpr QStringView manifestName = u"manifest.json";
inline constexpr QStringView operationsName = u"operations.nq";
inline constexpr QStringView recordsName = u"records.nq";
inline constexpr QStringView attachmentPrefix = u"attachments/sha256/";

// What a bundle may hold before it is refused as absurd (a ZIP bomb, a
// damaged or hostile file). Checked on the ZIP's directory before anything
// is extracted, and again while streaming each entry.
struct Limits
{
    qint64 maxEntrySize = qint64(512) << 20;    // bytes, uncompressed, any one entry
    qint64 maxTotalSize = qint64(4) << 30;      // bytes, uncompressed, all entries
    qint64 maxManifestSize = qint64(4) << 20;   // bytes
    qint64 maxDocumentSize = qint64(256) << 20; // operations.nq and records.nq, each
    int maxEntries = 100000;
    qint64 maxRatio = 100;                   // uncompressed / compressed ...
    qint64 ratioThreshold = qint64(1) << 20; // ... for entries larger than this
};

// One entry carried by a bundle, with the size and checksum it must have.
struct ManifestEntry
{
    QString name;
    qint64 size = 0;
    QString sha256; // lowercase hex
};

// manifest.json: where a bundle comes from, what it holds, and the SHA-256 of
// every other entry.
struct Manifest
{
    int formatVersion = bundle::formatVersion;
    QString bundleId; // a UUID, to tell bundles apart in logs
    QString device;   // the device whose work it carries
    QString network;  // the network's IRI: a bundle only enters a replica of the same network
    QString networkName;
    QDateTime created;
    qint64 operations = 0;
    qint64 records = 0;
    qint64 attachments = 0;
    QList<ManifestEntry> entries;

    QJsonObject toJson() const;
    // Checks the format name and version before anything else, so that a
    // newer format is refused as such rather than misread.
    static Result<Manifest> fromJson(const QByteArray &json);
};

QString sha256Hex(const QByteArray &data);

} // namespace pes::bundle
