// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "backup/backuplog.h"
#include "replica/replica.h"

#include <KZip>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <filesystem>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "org.pes.backup", QtInfoMsg)

namespace pes::backup {

namespace {

constexpr qint64 chunkSize = 1 << 20;

Result<ManifestEntry> hashFile(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return ManifestEntry{name, file.size(), QString::fromLatin1(hash.result().toHex())};
}

Status addFile(KZip &zip, const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!zip.prepareWriting(name, QString(), QString(), file.size(), 0100644, now, now, now))
        return fail(Error::Code::Io,
                    u"cannot write %1: %2"_s.arg(zip.fileName(), zip.errorString()));
    qint64 written = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(chunkSize);
        if (chunk.isEmpty() || !zip.writeData(chunk))
            return fail(Error::Code::Io,
                        u"cannot write %1: %2"_s.arg(zip.fileName(), zip.errorString()));
        written += chunk.size();
    }
    if (!zip.finishWriting(written))
        return fail(Error::Code::Io,
                    u"cannot write %1: %2"_s.arg(zip.fileName(), zip.errorString()));
    return {};
}

// "before upgrading to schema version 4" -> "before-upgrading-to-schema-version-4"
QString slug(const QString &reason)
{
    QString out;
    for (const QChar c : reason.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60);
}

void pruneAutomaticBackups(const QString &replicaPath)
{
    const QStringList backups = automaticBackups(replicaPath);
    for (qsizetype i = keptAutomaticBackups; i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i)))
            qCInfo(lcBackup) << "removed the old automatic backup" << backups.at(i);
    }
}

} // namespace

Result<Manifest> writeBackup(sql::Database &db, const QString &output, const QString &reason)
{
    QElapsedTimer timer;
    timer.start();
    const QFileInfo outputInfo(output);
    if (!QDir().mkpath(outputInfo.absolutePath()))
        return fail(Error::Code::Io,
                    u"cannot create the folder %1"_s.arg(outputInfo.absolutePath()));
    // Work next to the output: the same disk, and nothing half-written under its name.
    QTemporaryDir work(outputInfo.absolutePath() + u"/.pes-backup-XXXXXX"_s);
    if (!work.isValid())
        return fail(Error::Code::Io,
                    u"cannot write in %1: %2"_s.arg(outputInfo.absolutePath(), work.errorString()));

    const QString snapshot = work.filePath(u"replica.sqlite"_s);
    PES_TRY(db.backupTo(snapshot));
    const qint64 snapshotMs = timer.elapsed();

    Manifest manifest;
    manifest.applicationVersion = QStringLiteral(PES_VERSION);
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.reason = reason;
    {
        // Describe the snapshot, not the live replica, which may have moved on.
        sql::Database copy;
        PES_TRY(copy.open(snapshot, sql::Database::Mode::ReadOnly));
        PES_TRY(describeReplica(copy, manifest));
        auto counts = countRecords(copy);
        if (!counts)
            return std::unexpected(counts.error());
        manifest.counts = *counts;
    }
    auto entry = hashFile(snapshot, u"replica.sqlite"_s);
    if (!entry)
        return std::unexpected(entry.error());
    manifest.entries = {*entry};

    const qint64 describedMs = timer.elapsed();
    const QString partial = work.filePath(u"backup.zip"_s);
    {
        KZip zip(partial);
        if (!zip.open(QIODevice::WriteOnly))
            return fail(Error::Code::Io, u"cannot create %1: %2"_s.arg(partial, zip.errorString()));
        const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
        if (!zip.writeFile(u"manifest.json"_s, json))
            return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(partial, zip.errorString()));
        PES_TRY(addFile(zip, snapshot, u"replica.sqlite"_s));
        if (!zip.close())
            return fail(Error::Code::Io, u"cannot write %1: %2"_s.arg(partial, zip.errorString()));
    }
    // One rename, replacing any older file of that name: never a half-written backup.
    std::error_code error;
    std::filesystem::rename(partial.toStdU16String(), output.toStdU16String(), error);
    if (error)
        return fail(Error::Code::Io,
                    u"cannot write %1: %2"_s.arg(output, QString::fromLocal8Bit(error.message())));
    qCInfo(lcBackup).noquote() << "backed up" << db.path() << "to" << output << "in"
                               << timer.elapsed() << "ms (snapshot" << snapshotMs
                               << "ms, counts and checksum" << describedMs - snapshotMs << "ms, zip"
                               << timer.elapsed() - describedMs << "ms):" << reason;
    return manifest;
}

Result<Manifest> writeBackup(Replica &replica, const QString &output, const QString &reason)
{
    return writeBackup(replica.database(), output, reason);
}

QString backupFolder(const QString &replicaPath)
{
    return QFileInfo(replicaPath).absoluteDir().filePath(u"backups"_s);
}

QStringList automaticBackups(const QString &replicaPath)
{
    const QDir folder(backupFolder(replicaPath));
    const QString prefix = QFileInfo(replicaPath).completeBaseName();
    // Names start with the replica's name and a sortable UTC time.
    const QStringList names =
        folder.entryList({prefix + u"-2*.pesbackup"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    return paths;
}

Result<QString> autoBackup(sql::Database &db, const QString &reason)
{
    const QString name = u"%1-%2-%3.pesbackup"_s.arg(
        QFileInfo(db.path()).completeBaseName(),
        QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s), slug(reason));
    const QString path = QDir(backupFolder(db.path())).filePath(name);
    auto written = writeBackup(db, path, reason);
    if (!written)
        return fail(written.error().code,
                    u"the automatic backup %1 failed: %2"_s.arg(reason, written.error().message));
    pruneAutomaticBackups(db.path());
    return path;
}

Result<QString> autoBackup(Replica &replica, const QString &reason)
{
    return autoBackup(replica.database(), reason);
}

} // namespace pes::backup
