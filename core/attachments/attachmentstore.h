// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachments/attachmentref.h"
#include "error.h"

#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace pes {

// What AttachmentStore::collectGarbage removed.
struct GarbageCollection
{
    QStringList removed; // hashes of the blobs removed
    qint64 bytesFreed = 0;
};

// A content-addressed folder of attachment blobs: each file is stored once,
// under the SHA-256 of its bytes, at <root>/sha256/ab/<64 hex> ("ab" being
// the hash's first two digits). The replica's store is the folder
// "<replica file>.attachments"; the hub keeps one next to its data.
//
// A blob appears under its final name only whole and checked: put() writes to
// a temporary file in <root>/tmp and renames it once hashed, and a transfer
// in several pieces goes to <root>/partial/<hash> until finishPartial() has
// verified it. Hashes given to the store are the bare 64-digit form
// (see parseAttachmentHash); anything else is refused or not found.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString root);

    // The store that belongs to a replica file: "<replicaPath>.attachments".
    static QString rootForReplica(const QString &replicaPath);

    QString root() const { return m_root; }

    // Streams the device's remaining bytes into the store. Storing bytes that
    // are already there is not an error; it returns the same reference.
    // The reference's name and media type are the ones given.
    Result<AttachmentRef> put(QIODevice &source, const QString &name = {},
                              const QString &mediaType = {});
    // Stores a file; the name is the file's name and the media type is guessed
    // from its name and content.
    Result<AttachmentRef> put(const QString &filePath);

    bool contains(const QString &hash) const;
    // Where the blob is (or would be) stored; empty for a malformed hash.
    QString path(const QString &hash) const;
    // The blob opened for reading.
    Result<std::unique_ptr<QFile>> open(const QString &hash) const;
    // Re-reads the blob and checks its SHA-256; an error if missing or corrupt.
    Status verify(const QString &hash) const;
    Result<qint64> size(const QString &hash) const;
    // Hashes of every complete blob, sorted.
    QStringList list() const;
    // Removes a blob; removing one that is not there is not an error.
    Status remove(const QString &hash);
    // Removes every complete blob whose hash is not in `referenced`, and
    // partial transfers of those hashes. Blobs written after `keepNewerThan`
    // (when valid) are kept, so a blob stored a moment before the record that
    // refers to it is saved is not lost.
    Result<GarbageCollection> collectGarbage(const QSet<QString> &referenced,
                                             const QDateTime &keepNewerThan = {});

    // Transfers in pieces (resumable uploads to the hub, downloads from it).
    // How many bytes of the blob have been received so far (0 when none).
    qint64 partialSize(const QString &hash) const;
    // Appends bytes at `offset`, which must equal partialSize(hash).
    Status appendPartial(const QString &hash, qint64 offset, QByteArrayView bytes);
    // Checks the received bytes against the hash: when they match, the blob
    // takes its final name; when not, the partial file is deleted and the
    // error says so. Nothing partial ever sits under the final name.
    Result<AttachmentRef> finishPartial(const QString &hash);
    Status discardPartial(const QString &hash);

private:
    QString partialPath(const QString &hash) const;

    QString m_root;
};

} // namespace pes
