// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlereader.h"

#include "backup/ziplisting.h"
#include "bundlelog.h"

#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace pes::bundle {

namespace {

std::unexpected<Error> refuse(const QString &path, const QString &reason,
                              Error::Code code = Error::Code::Parse)
{
    return fail(code, u"%1 is refused: %2. Nothing was changed."_s.arg(path, reason));
}

// Folders KArchive may write for attachment paths; they carry no data.
bool isFolderEntry(const QString &name)
{
    return name == u"attachments/" || name == u"attachments/sha256/";
}

QString unsafeName(const QString &name)
{
    if (name.isEmpty())
        return u"an entry has no name"_s;
    if (name.startsWith(u'/') || name.contains(u'\\') || (name.size() > 1 && name.at(1) == u':'))
        return u"the entry “%1” has an absolute path"_s.arg(name);
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == u"." || part == u".." || (part.isEmpty() && i + 1 < parts.size()))
            return u"the entry “%1” leads outside the bundle's folder"_s.arg(name);
    }
    return {};
}

bool isKnownName(const QString &name)
{
    static const QRegularExpression attachment(u"^attachments/sha256/[0-9a-f]{64}$"_s);
    return name == manifestName || name == operationsName || name == recordsName ||
           attachment.match(name).hasMatch();
}

// Streams an entry, never taking more than `expected` bytes, into memory or a file.
Result<QString> readEntry(const QString &path, const KArchiveFile &entry, qint64 expected,
                          QByteArray *memory, QFile *file)
{
    std::unique_ptr<QIODevice> input(entry.createDevice());
    if (!input)
        return refuse(path, u"its entry %1 cannot be read"_s.arg(entry.name()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = input->read(qMin<qint64>(1 << 20, expected - total + 1));
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > expected)
            return refuse(path,
                          u"its entry %1 expands past the %2 bytes it declares"_s.arg(entry.name())
                              .arg(expected));
        hash.addData(chunk);
        if (memory)
            memory->append(chunk);
        if (file && file->write(chunk) != chunk.size())
            return fail(Error::Code::Io,
                        u"cannot write %1: %2"_s.arg(file->fileName(), file->errorString()));
    }
    if (total != expected)
        return refuse(path, u"its entry %1 is truncated (%2 of %3 bytes)"_s.arg(entry.name())
                                .arg(total)
                                .arg(expected));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<BundleContent> readBundle(const QString &path, const QString &network,
                                 const QString &stagingDir, const Limits &limits)
{
    if (!QFileInfo(path).isFile())
        return fail(Error::Code::NotFound, u"no bundle file at %1"_s.arg(path));

    // 1. The ZIP directory, judged before any extraction.
    auto listing = backup::listZipEntries(path);
    if (!listing) {
        qCDebug(lcBundle).noquote() << "ZIP directory of" << path << ":" << listing.error().message;
        return refuse(path, listing.error().code == Error::Code::Io
                                ? listing.error().message
                                : u"it is not a complete ZIP archive (truncated or damaged)"_s);
    }
    if (listing->size() > limits.maxEntries)
        return refuse(path, u"it holds %1 entries, over the limit of %2"_s.arg(listing->size())
                                .arg(limits.maxEntries));
    QHash<QString, qint64> declared;
    qint64 total = 0;
    for (const backup::ZipEntry &entry : std::as_const(*listing)) {
        if (const QString unsafe = unsafeName(entry.name); !unsafe.isEmpty())
            return refuse(path, unsafe);
        if (isFolderEntry(entry.name))
            continue;
        if (!isKnownName(entry.name))
            return refuse(path, u"it holds an unknown entry “%1”"_s.arg(entry.name));
        if (declared.contains(entry.name))
            return refuse(path, u"it holds the entry “%1” twice"_s.arg(entry.name));
        const qint64 cap = entry.name == manifestName ? limits.maxManifestSize
                           : entry.name == operationsName || entry.name == recordsName
                               ? limits.maxDocumentSize
                               : limits.maxEntrySize;
        if (entry.size > cap)
            return refuse(path,
                          u"its entry %1 declares %2 bytes, over the limit of %3"_s.arg(entry.name)
                              .arg(entry.size)
                              .arg(cap));
        if (entry.size > limits.ratioThreshold &&
            entry.size > qMax<qint64>(entry.compressedSize, 1) * limits.maxRatio)
            return refuse(path, u"its entry %1 would expand from %2 to %3 bytes, more than %4 "
                                u"times: it looks like a ZIP bomb"_s.arg(entry.name)
                                    .arg(entry.compressedSize)
                                    .arg(entry.size)
                                    .arg(limits.maxRatio));
        total += entry.size;
        declared.insert(entry.name, entry.size);
    }
    if (total > limits.maxTotalSize)
        return refuse(path,
                      u"its entries add up to %1 bytes, over the limit of %2"_s.arg(total).arg(
                          limits.maxTotalSize));
    if (!declared.contains(manifestName.toString()))
        return refuse(path, u"it has no manifest.json; it is not a PES bundle"_s);

    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly))
        return refuse(path, u"it cannot be read as a ZIP archive (%1)"_s.arg(zip.errorString()));
    auto entryFile = [&](const QString &name) { return zip.directory()->file(name); };

    // 2. The manifest: format version and network before anything else.
    const KArchiveFile *manifestFile = entryFile(manifestName.toString());
    if (!manifestFile)
        return refuse(path, u"its manifest.json cannot be read"_s);
    QByteArray manifestJson;
    PES_TRY(readEntry(path, *manifestFile, declared.value(manifestName.toString()), &manifestJson,
                      nullptr));
    auto manifest = Manifest::fromJson(manifestJson);
    if (!manifest)
        return refuse(path, manifest.error().message, manifest.error().code);
    if (manifest->network != network)
        return refuse(
            path,
            u"it comes from another network (<%1>%2), and this replica belongs to <%3>"_s.arg(
                manifest->network,
                manifest->networkName.isEmpty() ? QString() : u", "_s + manifest->networkName,
                network),
            Error::Code::Unsupported);

    // 3. The manifest and the ZIP list the same entries, of the same sizes.
    if (manifest->entries.size() != declared.size() - 1)
        return refuse(
            path, u"its manifest lists %1 entries, and it holds %2"_s.arg(manifest->entries.size())
                      .arg(declared.size() - 1));
    for (const ManifestEntry &entry : std::as_const(manifest->entries)) {
        if (!declared.contains(entry.name) || entry.name == manifestName)
            return refuse(path, u"its manifest lists %1, which it does not hold"_s.arg(entry.name));
        if (declared.value(entry.name) != entry.size)
            return refuse(path,
                          u"its entry %1 is %2 bytes, and the manifest says %3"_s.arg(entry.name)
                              .arg(declared.value(entry.name))
                              .arg(entry.size));
    }
    if (!declared.contains(operationsName.toString()) || !declared.contains(recordsName.toString()))
        return refuse(path, u"it lacks operations.nq or records.nq"_s);

    // 4. Every entry streamed, capped and checksummed.
    BundleContent content;
    QByteArray operations, records;
    for (const ManifestEntry &entry : std::as_const(manifest->entries)) {
        const KArchiveFile *file = entryFile(entry.name);
        if (!file)
            return refuse(path, u"its entry %1 cannot be read"_s.arg(entry.name));
        Result<QString> sha;
        if (entry.name.startsWith(attachmentPrefix)) {
            const QString hex = entry.name.mid(attachmentPrefix.size());
            if (stagingDir.isEmpty() || !QDir().mkpath(stagingDir))
                return fail(Error::Code::Io, u"no folder to receive the bundle's attachments"_s);
            QFile out(stagingDir + u'/' + hex);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return fail(Error::Code::Io,
                            u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
            sha = readEntry(path, *file, entry.size, nullptr, &out);
            if (sha && *sha != hex)
                return refuse(path, u"checksum mismatch for %1: its content has SHA-256 %2"_s.arg(
                                        entry.name, *sha));
            content.attachments.append(hex);
        } else {
            sha = readEntry(path, *file, entry.size,
                            entry.name == operationsName ? &operations : &records, nullptr);
        }
        if (!sha)
            return std::unexpected(sha.error());
        if (*sha != entry.sha256)
            return refuse(
                path, u"checksum mismatch for %1 (SHA-256 %2, the manifest says %3): "
                      u"the file is damaged or was altered"_s.arg(entry.name, *sha, entry.sha256));
    }

    // 5. The documents, in the sync protocol's own form.
    auto decodedOperations = wire::decodePush(operations);
    if (!decodedOperations)
        return refuse(path,
                      u"its operations cannot be read: "_s + decodedOperations.error().message);
    auto decodedRecords = wire::decodeFeed(records);
    if (!decodedRecords)
        return refuse(path, u"its records cannot be read: "_s + decodedRecords.error().message);
    if (decodedOperations->size() != manifest->operations ||
        decodedRecords->records.size() != manifest->records ||
        content.attachments.size() != manifest->attachments)
        return refuse(path, u"it does not hold what its manifest counts"_s);
    content.manifest = *manifest;
    content.operations = *decodedOperations;
    content.records = decodedRecords->records;
    return content;
}

} // namespace pes::bundle
