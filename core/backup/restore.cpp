// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a backup and putting its replica in place, atomically.
#include "backup.h"

#include "backup/backuplog.h"
#include "backup/ziplisting.h"
#include "storage/schema.h"

#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <filesystem>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pes::backup {

namespace {

constexpr qint64 maxManifestSize = 1 << 20;
const QString manifestName = u"manifest.json"_s;
const QString databaseName = u"replica.sqlite"_s;

std::unexpected<Error> refuse(const QString &file, const QString &reason,
                              Error::Code code = Error::Code::Parse)
{
    return fail(code, u"the backup %1 is refused: %2. Nothing was changed."_s.arg(file, reason));
}

// Names and sizes as the ZIP declares them, judged before extracting anything.
Result<qint64> checkListing(const QString &file)
{
    auto entries = listZipEntries(file);
    if (!entries)
        return fail(entries.error().code,
                    u"%1. Nothing was changed."_s.arg(entries.error().message));
    QStringList seen;
    qint64 databaseSize = -1;
    for (const ZipEntry &entry : std::as_const(*entries)) {
        if (const QString unsafe = unsafeEntryName(entry.name); !unsafe.isEmpty())
            return refuse(file, unsafe);
        if (entry.name != manifestName && entry.name != databaseName)
            return refuse(file, u"it holds an unexpected entry “%1”"_s.arg(entry.name));
        if (seen.contains(entry.name))
            return refuse(file, u"it holds the entry “%1” twice"_s.arg(entry.name));
        seen.append(entry.name);
        if (entry.name == manifestName && entry.size > maxManifestSize)
            return refuse(file, u"its manifest is absurdly large (%1 bytes)"_s.arg(entry.size));
        if (entry.name == databaseName)
            databaseSize = entry.size;
    }
    if (!seen.contains(manifestName))
        return refuse(file, u"it has no manifest.json; it is not a PES backup"_s);
    if (databaseSize < 0)
        return refuse(file, u"it holds no replica.sqlite"_s);
    return databaseSize;
}

// Streams an entry to disk, never writing more than it declared, and hashes it.
Result<QString> extract(const QString &file, const KArchiveFile &entry, qint64 expectedSize,
                        const QString &target)
{
    std::unique_ptr<QIODevice> input(entry.createDevice());
    if (!input)
        return refuse(file, u"its entry %1 cannot be read"_s.arg(entry.name()));
    QFile output(target);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(target, output.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (true) {
        const QByteArray chunk = input->read(1 << 20);
        if (chunk.isEmpty())
            break;
        total += chunk.size();
        if (total > expectedSize)
            return refuse(
                file, u"its entry %1 holds more than the %2 bytes it declares"_s.arg(entry.name())
                          .arg(expectedSize));
        hash.addData(chunk);
        if (output.write(chunk) != chunk.size())
            return fail(Error::Code::Io,
                        u"cannot write %1: %2"_s.arg(target, output.errorString()));
    }
    if (total != expectedSize)
        return refuse(file, u"its entry %1 is truncated (%2 of %3 bytes)"_s.arg(entry.name())
                                .arg(total)
                                .arg(expectedSize));
    if (!output.flush())
        return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(target, output.errorString()));
#ifdef Q_OS_UNIX
    ::fsync(output.handle());
#endif
    return QString::fromLatin1(hash.result().toHex());
}

// The extracted database must be a sound PES replica matching its manifest.
Status checkDatabase(const QString &file, const QString &database, const Manifest &manifest)
{
    sql::Database db;
    PES_TRY(db.open(database, sql::Database::Mode::ReadOnly));
    auto id = db.scalar(u"PRAGMA application_id"_s);
    if (!id || id->toInt() != schema::applicationId)
        return refuse(file, u"its replica.sqlite is not a PES replica"_s, Error::Code::Unsupported);
    const int version = schema::version(db);
    if (version > schema::latestVersion)
        return refuse(file,
                      u"its replica has schema version %1, and this PES Desktop reads up to %2: "
                      u"install the newer version to restore it"_s.arg(version)
                          .arg(schema::latestVersion),
                      Error::Code::Unsupported);
    if (version < 1)
        return refuse(file, u"its replica has no schema"_s, Error::Code::Unsupported);
    auto integrity = db.scalar(u"PRAGMA integrity_check"_s);
    if (!integrity || integrity->toString() != u"ok")
        return refuse(file, u"its replica fails SQLite's integrity check (%1)"_s.arg(
                                integrity ? integrity->toString() : integrity.error().message));
    auto counts = countRecords(db);
    if (!counts)
        return refuse(file, u"its replica cannot be read: %1"_s.arg(counts.error().message));
    if (*counts != manifest.counts)
        return refuse(file, u"its replica does not hold the records its manifest counts"_s);
    return {};
}

// Reads, checks and extracts a backup's database to databaseOut.
Result<Manifest> unpack(const QString &file, const QString &databaseOut)
{
    if (!QFileInfo(file).isFile())
        return fail(Error::Code::NotFound, u"no backup file at %1"_s.arg(file));
    auto databaseSize = checkListing(file);
    if (!databaseSize)
        return std::unexpected(databaseSize.error());

    KZip zip(file);
    if (!zip.open(QIODevice::ReadOnly))
        return refuse(file, u"it cannot be read as a ZIP archive (%1)"_s.arg(zip.errorString()));
    const auto *manifestEntry = zip.directory()->file(manifestName);
    const auto *databaseEntry = zip.directory()->file(databaseName);
    if (!manifestEntry || !databaseEntry)
        return refuse(file, u"its entries cannot be read"_s);
    auto manifest = Manifest::fromJson(manifestEntry->data());
    if (!manifest)
        return refuse(file, manifest.error().message, manifest.error().code);
    if (manifest->entries.size() != 1 || manifest->entries.first().name != databaseName)
        return refuse(file, u"its manifest does not list exactly replica.sqlite"_s);
    const ManifestEntry &expected = manifest->entries.first();
    if (expected.size != *databaseSize || databaseEntry->size() != *databaseSize)
        return refuse(file,
                      u"replica.sqlite is %1 bytes, but the manifest says %2"_s.arg(*databaseSize)
                          .arg(expected.size));

    const QStorageInfo storage(QFileInfo(databaseOut).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < *databaseSize)
        return fail(Error::Code::Io,
                    u"restoring %1 needs %2 MB free in %3, and there are %4 MB"_s.arg(file)
                        .arg(*databaseSize / 1000000 + 1)
                        .arg(storage.rootPath())
                        .arg(storage.bytesAvailable() / 1000000));

    auto sha256 = extract(file, *databaseEntry, *databaseSize, databaseOut);
    if (!sha256)
        return std::unexpected(sha256.error());
    if (*sha256 != expected.sha256)
        return refuse(file, u"checksum mismatch for replica.sqlite (SHA-256 %1, the manifest "
                            u"says %2): the file is damaged"_s.arg(*sha256, expected.sha256));
    PES_TRY(checkDatabase(file, databaseOut, *manifest));
    return manifest;
}

// Makes sure no other program has the replica open, and folds its WAL in, so
// that it can be replaced: leaving WAL mode needs exclusive access.
Status takeOver(sql::Database &db)
{
    auto id = db.scalar(u"PRAGMA application_id"_s);
    if (!id || id->toInt() != schema::applicationId)
        return fail(Error::Code::Conflict,
                    u"%1 exists and is not a PES replica; move it away first. Nothing was "
                    u"changed."_s.arg(db.path()));
    auto mode = db.scalar(u"PRAGMA journal_mode = DELETE"_s);
    if (!mode || mode->toString() != u"delete")
        return fail(Error::Code::Conflict,
                    u"%1 is in use by another program (PES Desktop, a sync, a command); close it "
                    u"and restore again. Nothing was changed."_s.arg(db.path()));
    return {};
}

} // namespace

Result<Manifest> verifyBackup(const QString &file)
{
    QTemporaryDir work;
    if (!work.isValid())
        return fail(Error::Code::Io,
                    u"cannot create a temporary folder: %1"_s.arg(work.errorString()));
    return unpack(file, work.filePath(databaseName));
}

Result<RestoreResult> restoreBackup(const QString &file, const QString &replicaPath,
                                    const RestoreOptions &options)
{
    const QFileInfo target(replicaPath);
    const bool replacing = target.exists();
    if (replacing && !options.force)
        return fail(Error::Code::Conflict,
                    u"a replica already exists at %1; add --force to replace it (it is kept as "
                    u"an automatic backup first). Nothing was changed."_s.arg(replicaPath));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(Error::Code::Io, u"cannot create the folder %1"_s.arg(target.absolutePath()));

    // Extract next to the target, so that the final step is a rename on one disk.
    QTemporaryDir work(target.absolutePath() + u"/.pes-restore-XXXXXX"_s);
    if (!work.isValid())
        return fail(Error::Code::Io,
                    u"cannot write in %1: %2"_s.arg(target.absolutePath(), work.errorString()));
    const QString restored = work.filePath(databaseName);
    auto manifest = unpack(file, restored);
    if (!manifest)
        return std::unexpected(manifest.error());

    RestoreResult result{*manifest, {}};
    if (replacing) {
        sql::Database existing; // closed before the rename below
        PES_TRY(existing.open(replicaPath, sql::Database::Mode::ReadWrite));
        PES_TRY(takeOver(existing));
        auto kept = autoBackup(existing, u"before restoring %1"_s.arg(QFileInfo(file).fileName()));
        if (!kept)
            return fail(kept.error().code,
                        u"%1. The replica was not replaced."_s.arg(kept.error().message));
        result.replacedKeptAs = *kept;
    }
    // No journal may outlive the file it belonged to.
    QFile::remove(replicaPath + u"-wal"_s);
    QFile::remove(replicaPath + u"-shm"_s);
    QFile::remove(replicaPath + u"-journal"_s);

    std::error_code error;
    std::filesystem::rename(restored.toStdU16String(), replicaPath.toStdU16String(), error);
    if (error)
        return fail(Error::Code::Io, u"cannot put the restored replica at %1: %2"_s.arg(
                                         replicaPath, QString::fromLocal8Bit(error.message())));
    qCInfo(lcBackup) << "restored" << file << "to" << replicaPath;
    return result;
}

} // namespace pes::backup
