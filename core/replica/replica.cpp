// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica.h"

#include "backup/backup.h"
#include "domain/identity.h"
#include "domain/validation.h"
#include "logging.h"
#include "replica/recordrow.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pes {

Replica::~Replica()
{
    if (m_change)
        (void)leaveChange(false);
}

QString Replica::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PES_REPLICA");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/pes-desktop/replica.sqlite"_s;
}

QString Replica::path() const
{
    return m_db.path();
}

Result<std::unique_ptr<Replica>> Replica::create(const QString &path, const NetworkInfo &network)
{
    if (QFileInfo::exists(path))
        return fail(Error::Code::InvalidArgument,
                    u"%1 already exists; choose another path or remove it first"_s.arg(path));
    if (!isValidWebUrl(network.iri))
        return fail(Error::Code::InvalidArgument,
                    u"“%1” is not a usable network IRI: expected an http(s) address such as "
                    u"https://reseau.example.org"_s.arg(network.iri));
    if (network.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"the network needs a name"_s);
    QDir().mkpath(QFileInfo(path).absolutePath());

    std::unique_ptr<Replica> replica(new Replica);
    auto created = [&]() -> Status {
        PES_TRY(replica->openDatabase(path, true));
        sql::Transaction transaction(replica->m_db);
        PES_TRY(transaction.begin());
        PES_TRY(replica->setMeta(u"application"_s, u"pes-desktop"_s));
        PES_TRY(replica->setMeta(u"network.iri"_s, network.iri));
        PES_TRY(replica->setMeta(u"network.name"_s, network.name.trimmed()));
        PES_TRY(replica->setMeta(u"device.id"_s, createUuidV7()));
        PES_TRY(replica->setMeta(u"hlc.last"_s, HybridClock().last()));
        PES_TRY(transaction.commit());
        return replica->loadMeta();
    }();
    if (!created) {
        replica.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        return std::unexpected(created.error());
    }
    return replica;
}

Result<std::unique_ptr<Replica>> Replica::open(const QString &path)
{
    // Only stat() here, never a QFile: closing any descriptor of the database
    // file drops every POSIX lock this process holds on it, those of its other
    // open connections included; another process would then believe it was
    // alone and reset the WAL under them (stale reads, lost commits).
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Code::NotFound,
                    u"no replica at %1; create one with “pes init” or give another path with "
                    u"--replica"_s.arg(path));
    if (!info.isFile() || !info.isReadable())
        return fail(Error::Code::Io, u"cannot read %1: not a readable file"_s.arg(path));

    std::unique_ptr<Replica> replica(new Replica);
    PES_TRY(replica->openDatabase(path, false));
    PES_TRY(replica->loadMeta());
    return replica;
}

Status Replica::openDatabase(const QString &path, bool create)
{
    PES_TRY(m_db.open(path, create ? sql::Database::Mode::ReadWriteCreate
                                   : sql::Database::Mode::ReadWrite));
    if (!create) {
        auto id = m_db.scalar(u"PRAGMA application_id"_s);
        if (!id && id.error().code == Error::Code::Unsupported)
            return fail(Error::Code::Unsupported,
                        u"%1 is not a PES replica (it is not an SQLite database)"_s.arg(path));
        if (!id)
            return fail(Error::Code::Unsupported,
                        u"%1 is not a PES replica: %2"_s.arg(path, id.error().message));
        if (id->toInt() != schema::applicationId)
            return fail(Error::Code::Unsupported,
                        u"%1 is an SQLite database, but not a PES replica"_s.arg(path));
    }
    PES_TRY(configure());
    // An upgrade cannot be undone: keep the replica as it was before it.
    if (const int version = schema::version(m_db); version > 0 && version < schema::latestVersion) {
        auto saved = backup::autoBackup(
            m_db, u"before upgrading from schema version %1 to %2"_s.arg(version).arg(
                      schema::latestVersion));
        if (!saved)
            return fail(saved.error().code,
                        u"%1 was not upgraded: %2"_s.arg(path, saved.error().message));
    }
    return schema::migrate(m_db);
}

Status Replica::configure()
{
    // WAL lets the app read while a sync writes; FULL makes every commit durable
    // on power loss too, which matters more here than write speed.
    return m_db.exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                     u"PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                     u"PRAGMA cache_size = -65536;"_s);
}

Result<QString> Replica::meta(const QString &key)
{
    auto value = m_db.scalar(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    if (!value)
        return std::unexpected(value.error());
    return value->toString();
}

Status Replica::setMeta(const QString &key, const QString &value)
{
    auto upsert = m_db.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                               u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bind(1, key).bind(2, value).run();
}

Status Replica::loadMeta()
{
    auto application = meta(u"application"_s);
    if (!application)
        return std::unexpected(application.error());
    if (*application != u"pes-desktop")
        return fail(Error::Code::Unsupported, u"%1 is not a PES replica"_s.arg(m_db.path()));
    auto iri = meta(u"network.iri"_s);
    auto name = meta(u"network.name"_s);
    auto device = meta(u"device.id"_s);
    auto clock = meta(u"hlc.last"_s);
    for (const auto *value : {&iri, &name, &device, &clock}) {
        if (!*value)
            return std::unexpected(value->error());
    }
    m_network = {*iri, *name};
    m_deviceId = *device;
    m_clock = HybridClock(*clock);
    return {};
}

Result<Record> Replica::record(const QString &iri)
{
    auto select = m_db.prepare(recordSelectSql() + u" WHERE iri = ?"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    query->bind(1, iri);
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"no record <%1> in this replica"_s.arg(iri));
    return recordFromRow(*query);
}

Result<ReplicaStats> Replica::stats()
{
    ReplicaStats stats;
    stats.schemaVersion = schema::version(m_db);
    stats.fileSize = QFileInfo(m_db.path()).size() + QFileInfo(m_db.path() + u"-wal"_s).size();

    auto perKind =
        m_db.prepare(u"SELECT kind, count(*) FROM record WHERE deleted IS NULL GROUP BY kind"_s);
    if (!perKind)
        return std::unexpected(perKind.error());
    sql::Query query(**perKind);
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (const auto kind = kindFromName(query->text(0)))
            stats.records.insert(*kind, query->integer(1));
    }
    auto deleted = m_db.scalar(u"SELECT count(*) FROM record WHERE deleted IS NOT NULL"_s);
    auto unsynced = m_db.scalar(u"SELECT count(*) FROM operation WHERE synced = 0"_s);
    if (!deleted)
        return std::unexpected(deleted.error());
    if (!unsynced)
        return std::unexpected(unsynced.error());
    stats.deleted = deleted->toLongLong();
    stats.unsyncedOperations = unsynced->toLongLong();
    return stats;
}

} // namespace pes
