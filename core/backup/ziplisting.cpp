// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziplisting.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace pes::backup {

namespace {

constexpr quint32 endOfCentralDirectory = 0x06054b50;
constexpr quint32 centralDirectoryEntry = 0x02014b50;
constexpr int endRecordSize = 22;
constexpr int entryHeaderSize = 46;
constexpr int maxCommentSize = 0xffff;

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

} // namespace

Result<QList<ZipEntry>> listZipEntries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QString notZip = u"%1 is not a PES backup: it is not a ZIP archive"_s.arg(path);
    const qint64 fileSize = file.size();
    if (fileSize < endRecordSize)
        return fail(Error::Code::Parse, notZip);

    // The end record sits at the very end, followed only by an optional comment.
    const qint64 tailSize = qMin<qint64>(fileSize, endRecordSize + maxCommentSize);
    file.seek(fileSize - tailSize);
    const QByteArray tail = file.read(tailSize);
    qsizetype end = -1;
    for (qsizetype at = tail.size() - endRecordSize; at >= 0; --at) {
        if (u32(tail, at) == endOfCentralDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return fail(Error::Code::Parse, notZip);

    const quint16 count = u16(tail, end + 10);
    const quint32 directorySize = u32(tail, end + 12);
    const quint32 directoryOffset = u32(tail, end + 16);
    if (count == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return fail(Error::Code::Unsupported,
                    u"%1 is a ZIP64 archive, which PES backups never are"_s.arg(path));
    if (qint64(directoryOffset) + directorySize > fileSize)
        return fail(
            Error::Code::Parse,
            u"%1 is a damaged ZIP archive (its directory lies past the end of the file)"_s.arg(
                path));

    file.seek(directoryOffset);
    const QByteArray directory = file.read(directorySize);
    QList<ZipEntry> entries;
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + entryHeaderSize > directory.size() || u32(directory, at) != centralDirectoryEntry)
            return fail(
                Error::Code::Parse,
                u"%1 is a damaged ZIP archive (entry %2 of its directory is unreadable)"_s.arg(path)
                    .arg(i + 1));
        const quint16 nameLength = u16(directory, at + 28);
        const quint16 extraLength = u16(directory, at + 30);
        const quint16 commentLength = u16(directory, at + 32);
        if (at + entryHeaderSize + nameLength > directory.size())
            return fail(
                Error::Code::Parse,
                u"%1 is a damaged ZIP archive (a name runs past its directory)"_s.arg(path));
        ZipEntry entry;
        entry.compressedSize = u32(directory, at + 20);
        entry.size = u32(directory, at + 24);
        entry.name = QString::fromUtf8(directory.mid(at + entryHeaderSize, nameLength));
        entries.append(entry);
        at += entryHeaderSize + nameLength + extraLength + commentLength;
    }
    return entries;
}

QString unsafeEntryName(const QString &name)
{
    if (name.isEmpty())
        return u"an entry has no name"_s;
    if (name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return u"the entry “%1” has an absolute path or a drive"_s.arg(name);
    if (name.endsWith(u'/'))
        return u"the entry “%1” is a folder"_s.arg(name);
    for (const QString &part : name.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return u"the entry “%1” leads outside the backup's folder"_s.arg(name);
    }
    return {};
}

} // namespace pes::backup
