// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"

#include "attachmentslogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pes {

namespace {

constexpr qint64 chunkSize = 256 * 1024;

// Hashes the rest of `source`, copying it to `copy` when given.
Result<QString> hashStream(QIODevice &source, QIODevice *copy, qint64 *bytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return fail(Error::Code::Io,
                        u"could not read the attachment: %1"_s.arg(source.errorString()));
        if (read == 0 && (source.atEnd() || !source.waitForReadyRead(30000)))
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (copy && copy->write(buffer.constData(), read) != read)
            return fail(Error::Code::Io,
                        u"could not write the attachment: %1"_s.arg(copy->errorString()));
        total += read;
    }
    if (bytes)
        *bytes = total;
    return QString::fromLatin1(hash.result().toHex());
}

// Flushes a file's bytes to the disk, so a rename after it never exposes a
// name whose content a crash could still lose.
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

} // namespace

AttachmentStore::AttachmentStore(QString root)
    : m_root(std::move(root))
{
}

QString AttachmentStore::rootForReplica(const QString &replicaPath)
{
    return replicaPath + u".attachments"_s;
}

QString AttachmentStore::path(const QString &hash) const
{
    if (!isSha256Hex(hash))
        return {};
    return QString(m_root + u"/sha256/"_s + hash.left(2) + u'/' + hash);
}

QString AttachmentStore::partialPath(const QString &hash) const
{
    if (!isSha256Hex(hash))
        return {};
    return QString(m_root + u"/partial/"_s + hash);
}

bool AttachmentStore::contains(const QString &hash) const
{
    const QString file = path(hash);
    return !file.isEmpty() && QFileInfo(file).isFile();
}

Result<AttachmentRef> AttachmentStore::put(QIODevice &source, const QString &name,
                                           const QString &mediaType)
{
    const QString tmpDir = m_root + u"/tmp"_s;
    if (!QDir().mkpath(tmpDir))
        return fail(Error::Code::Io, u"could not create the attachment folder %1"_s.arg(tmpDir));

    QTemporaryFile tmp(tmpDir + u"/put-XXXXXX"_s);
    if (!tmp.open())
        return fail(Error::Code::Io,
                    u"could not create a file in %1: %2"_s.arg(tmpDir, tmp.errorString()));

    qint64 size = 0;
    auto hash = hashStream(source, &tmp, &size);
    if (!hash)
        return std::unexpected(hash.error());
    AttachmentRef ref{*hash, name, mediaType, size};

    if (contains(ref.hash)) {
        qCDebug(lcAttachments) << "already stored" << ref.hash;
        return ref;
    }

    if (!syncToDisk(tmp))
        return fail(Error::Code::Io,
                    u"could not write %1: %2"_s.arg(tmp.fileName(), tmp.errorString()));
    const QString target = path(ref.hash);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(Error::Code::Io, u"could not create the folder of %1"_s.arg(target));
    if (!tmp.rename(target)) {
        // Another writer may have stored the same bytes meanwhile.
        if (contains(ref.hash))
            return ref;
        return fail(Error::Code::Io,
                    u"could not move the attachment to %1: %2"_s.arg(target, tmp.errorString()));
    }
    tmp.setAutoRemove(false);
    qCDebug(lcAttachments) << "stored" << ref.hash << size << "bytes";
    return ref;
}

Result<AttachmentRef> AttachmentStore::put(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QFileInfo::exists(filePath) ? Error::Code::Io : Error::Code::NotFound,
                    u"could not open %1: %2"_s.arg(filePath, file.errorString()));
    const QString mediaType = QMimeDatabase().mimeTypeForFile(filePath).name();
    return put(file, QFileInfo(filePath).fileName(), mediaType);
}

Result<std::unique_ptr<QFile>> AttachmentStore::open(const QString &hash) const
{
    if (!contains(hash))
        return fail(Error::Code::NotFound, u"attachment %1 is not in the store %2"_s.arg(
                                               attachmentHashField(hash), m_root));
    auto file = std::make_unique<QFile>(path(hash));
    if (!file->open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    u"could not open %1: %2"_s.arg(file->fileName(), file->errorString()));
    return file;
}

Status AttachmentStore::verify(const QString &hash) const
{
    auto file = open(hash);
    if (!file)
        return std::unexpected(file.error());
    auto actual = hashStream(**file, nullptr, nullptr);
    if (!actual)
        return std::unexpected(actual.error());
    if (*actual != hash)
        return fail(Error::Code::Storage,
                    u"attachment %1 is damaged: its bytes now hash to %2"_s.arg(
                        attachmentHashField(hash), attachmentHashField(*actual)));
    return {};
}

Result<qint64> AttachmentStore::size(const QString &hash) const
{
    if (!contains(hash))
        return fail(Error::Code::NotFound, u"attachment %1 is not in the store %2"_s.arg(
                                               attachmentHashField(hash), m_root));
    return QFileInfo(path(hash)).size();
}

QStringList AttachmentStore::list() const
{
    QStringList hashes;
    QDirIterator it(m_root + u"/sha256"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        if (isSha256Hex(name) && it.fileInfo().dir().dirName() == name.left(2))
            hashes.append(name);
    }
    hashes.sort();
    return hashes;
}

Status AttachmentStore::remove(const QString &hash)
{
    if (!isSha256Hex(hash))
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a SHA-256 attachment hash"_s.arg(hash));
    const QString file = path(hash);
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return fail(Error::Code::Io, u"could not remove %1"_s.arg(file));
    return {};
}

Result<GarbageCollection> AttachmentStore::collectGarbage(const QSet<QString> &referenced,
                                                          const QDateTime &keepNewerThan)
{
    GarbageCollection result;
    for (const QString &hash : list()) {
        if (referenced.contains(hash))
            continue;
        const QFileInfo info(path(hash));
        if (keepNewerThan.isValid() && info.lastModified() > keepNewerThan)
            continue;
        const qint64 bytes = info.size();
        PES_TRY(remove(hash));
        result.removed.append(hash);
        result.bytesFreed += bytes;
    }

    QDirIterator partials(m_root + u"/partial"_s, QDir::Files);
    while (partials.hasNext()) {
        partials.next();
        const QString hash = partials.fileName();
        if (referenced.contains(hash))
            continue;
        if (keepNewerThan.isValid() && partials.fileInfo().lastModified() > keepNewerThan)
            continue;
        result.bytesFreed += partials.fileInfo().size();
        QFile::remove(partials.filePath());
    }

    qCInfo(lcAttachments) << "garbage collection removed" << result.removed.size() << "blobs,"
                          << result.bytesFreed << "bytes";
    return result;
}

qint64 AttachmentStore::partialSize(const QString &hash) const
{
    const QString file = partialPath(hash);
    if (file.isEmpty())
        return 0;
    const QFileInfo info(file);
    return info.isFile() ? info.size() : 0;
}

Status AttachmentStore::appendPartial(const QString &hash, qint64 offset, QByteArrayView bytes)
{
    if (!isSha256Hex(hash))
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a SHA-256 attachment hash"_s.arg(hash));
    const qint64 held = partialSize(hash);
    if (offset != held)
        return fail(Error::Code::Conflict,
                    u"a piece of attachment %1 starts at byte %2, but %3 bytes are held"_s
                        .arg(attachmentHashField(hash))
                        .arg(offset)
                        .arg(held));

    const QString file = partialPath(hash);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(Error::Code::Io, u"could not create the folder of %1"_s.arg(file));
    QFile partial(file);
    if (!partial.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(Error::Code::Io, u"could not open %1: %2"_s.arg(file, partial.errorString()));
    if (partial.write(bytes.data(), bytes.size()) != bytes.size() || !syncToDisk(partial))
        return fail(Error::Code::Io, u"could not write %1: %2"_s.arg(file, partial.errorString()));
    return {};
}

Result<AttachmentRef> AttachmentStore::finishPartial(const QString &hash)
{
    if (!isSha256Hex(hash))
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a SHA-256 attachment hash"_s.arg(hash));
    const QString file = partialPath(hash);
    QFile partial(file);
    if (!partial.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound, u"no bytes of attachment %1 have been received"_s.arg(
                                               attachmentHashField(hash)));

    qint64 size = 0;
    auto actual = hashStream(partial, nullptr, &size);
    partial.close();
    if (!actual)
        return std::unexpected(actual.error());
    if (*actual != hash) {
        QFile::remove(file);
        return fail(
            Error::Code::InvalidArgument,
            u"the %1 bytes received for attachment %2 hash to %3; they were discarded"_s.arg(size)
                .arg(attachmentHashField(hash), attachmentHashField(*actual)));
    }

    AttachmentRef ref{hash, {}, {}, size};
    if (contains(hash)) {
        QFile::remove(file);
        return ref;
    }
    const QString target = path(hash);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(Error::Code::Io, u"could not create the folder of %1"_s.arg(target));
    if (!QFile::rename(file, target) && !contains(hash))
        return fail(Error::Code::Io, u"could not move %1 to %2"_s.arg(file, target));
    return ref;
}

Status AttachmentStore::discardPartial(const QString &hash)
{
    const QString file = partialPath(hash);
    if (file.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a SHA-256 attachment hash"_s.arg(hash));
    if (QFileInfo::exists(file) && !QFile::remove(file))
        return fail(Error::Code::Io, u"could not remove %1"_s.arg(file));
    return {};
}

} // namespace pes
