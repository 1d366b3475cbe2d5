// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubstore.h"

#include "domain/validation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

Q_LOGGING_CATEGORY(lcHub, "org.pes.hub", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

constexpr int hubApplicationId = 0x50455348; // "PESH"
constexpr int hubSchemaVersion = 1;

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return fail(Error::Code::InvalidArgument, u"the hub needs a data folder (--data DIR)"_s);
    if (!QDir().mkpath(dataDir))
        return fail(Error::Code::Io, u"cannot create the data folder %1"_s.arg(dataDir));
    std::unique_ptr<HubStore> store(new HubStore);
    store->m_dataDir = dataDir;
    PES_TRY(store->m_db.open(QDir(dataDir).filePath(u"hub.sqlite"_s),
                             sql::Database::Mode::ReadWriteCreate));
    PES_TRY(store->m_db.exec(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                             u"PRAGMA foreign_keys = ON;"_s));
    PES_TRY(store->migrate());
    return store;
}

Status HubStore::migrate()
{
    auto id = m_db.scalar(u"PRAGMA application_id"_s);
    auto version = m_db.scalar(u"PRAGMA user_version"_s);
    if (!id || !version)
        return fail(Error::Code::Storage, u"cannot read %1"_s.arg(m_db.path()));
    if (version->toInt() == hubSchemaVersion && id->toInt() == hubApplicationId)
        return {};
    if (version->toInt() != 0 || (id->toInt() != 0 && id->toInt() != hubApplicationId))
        return fail(Error::Code::Unsupported,
                    u"%1 is not a PES hub database this version can read"_s.arg(m_db.path()));

    sql::Transaction transaction(m_db);
    PES_TRY(transaction.begin());
    PES_TRY(m_db.exec(uR"(
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO meta VALUES ('sequence', '0');

        CREATE TABLE network (
            iri TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            created TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE device (
            id INTEGER PRIMARY KEY,
            network TEXT NOT NULL REFERENCES network (iri),
            name TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            revoked TEXT
        );

        -- The current state of every record; `sequence` is the hub's change
        -- feed position, assigned inside the committing transaction.
        CREATE TABLE record (
            iri TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            network TEXT NOT NULL REFERENCES network (iri),
            visibility TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            version INTEGER NOT NULL,
            deleted TEXT,
            fields TEXT NOT NULL,
            field_versions TEXT NOT NULL,
            sequence INTEGER NOT NULL UNIQUE,
            last_change TEXT,
            shared_once INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;

        -- Every operation applied, once: who changed what, when.
        CREATE TABLE history (
            op_id TEXT PRIMARY KEY,
            change_id TEXT NOT NULL,
            device INTEGER NOT NULL REFERENCES device (id),
            record TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            hlc TEXT NOT NULL,
            version INTEGER NOT NULL,
            received TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX history_record ON history (record);

        CREATE TABLE refusal (
            op_id TEXT PRIMARY KEY,
            device INTEGER NOT NULL REFERENCES device (id),
            record TEXT NOT NULL,
            message TEXT NOT NULL,
            received TEXT NOT NULL
        ) WITHOUT ROWID;
    )"_s));
    PES_TRY(
        m_db.exec(u"PRAGMA application_id = %1; PRAGMA user_version = %2"_s.arg(hubApplicationId)
                      .arg(hubSchemaVersion)));
    return transaction.commit();
}

Status HubStore::addNetwork(const QString &iri, const QString &name)
{
    if (!isValidWebUrl(iri))
        return fail(Error::Code::InvalidArgument,
                    u"“%1” is not a usable network IRI: expected an http(s) address"_s.arg(iri));
    if (name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"the network needs a name"_s);
    auto insert = m_db.prepare(u"INSERT INTO network (iri, name, created) VALUES (?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    auto inserted = (*insert)->bind(1, iri).bind(2, name.trimmed()).bind(3, now()).run();
    if (!inserted && inserted.error().code == Error::Code::Conflict)
        return fail(Error::Code::Conflict, u"the network <%1> already exists"_s.arg(iri));
    return inserted;
}

Result<QList<NetworkRow>> HubStore::networks()
{
    auto select = m_db.prepare(u"SELECT n.iri, n.name, (SELECT count(*) FROM device d WHERE "
                               u"d.network = n.iri AND d.revoked IS NULL) FROM network n "
                               u"ORDER BY n.iri"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    QList<NetworkRow> rows;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        rows.append({query->text(0), query->text(1), int(query->integer(2))});
    }
    return rows;
}

Result<QString> HubStore::createToken(const QString &network, const QString &device)
{
    auto known = m_db.prepare(u"SELECT count(*) FROM network WHERE iri = ?"_s);
    if (!known)
        return std::unexpected(known.error());
    {
        sql::Query query(**known);
        query->bind(1, network);
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (query->integer(0) == 0)
            return fail(
                Error::Code::NotFound,
                u"no network <%1> on this hub; add it with “pes-hub network add”"_s.arg(network));
    }
    if (device.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, u"the device needs a name"_s);

    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / 4);
    const QString token =
        u"pes1."_s + QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals));
    auto insert = m_db.prepare(
        u"INSERT INTO device (network, name, token_hash, created) VALUES (?, ?, ?, ?)"_s);
    if (!insert)
        return std::unexpected(insert.error());
    PES_TRY((*insert)
                ->bind(1, network)
                .bind(2, device.trimmed())
                .bind(3, hashToken(token))
                .bind(4, now())
                .run());
    qCInfo(lcHub).noquote() << u"token created network="_s + network << u"device="_s + device;
    return token;
}

Result<int> HubStore::revokeTokens(const QString &network, const QString &device)
{
    auto update = m_db.prepare(u"UPDATE device SET revoked = ? WHERE network = ? AND name = ? "
                               u"AND revoked IS NULL"_s);
    if (!update)
        return std::unexpected(update.error());
    PES_TRY((*update)->bind(1, now()).bind(2, network).bind(3, device).run());
    const int count = m_db.changes();
    qCInfo(lcHub).noquote() << u"tokens revoked network="_s + network << u"device="_s + device
                            << u"count="_s + QString::number(count);
    return count;
}

Result<std::optional<Device>> HubStore::authenticate(const QString &token)
{
    auto select = m_db.prepare(u"SELECT id, name, network FROM device WHERE token_hash = ? AND "
                               u"revoked IS NULL"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    query->bind(1, hashToken(token));
    auto row = query->next();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Device>();
    return std::optional<Device>(Device{query->integer(0), query->text(1), query->text(2)});
}

Result<QList<wire::RemoteRecord>> HubStore::selectRecords(const QString &where,
                                                          const QVariantList &bindings)
{
    auto select = m_db.prepare(u"SELECT iri, kind, network, visibility, created, modified, "
                               u"version, deleted, fields, sequence, last_change FROM record "_s +
                               where);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    for (int i = 0; i < bindings.size(); ++i)
        query->bind(i + 1, bindings.at(i));
    QList<wire::RemoteRecord> records;
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        wire::RemoteRecord record;
        record.iri = query->text(0);
        record.kind = kindFromName(query->text(1)).value_or(Kind::Organisation);
        record.network = query->text(2);
        record.visibility = visibilityFromName(query->text(3)).value_or(Visibility::Network);
        record.created = QDateTime::fromString(query->text(4), Qt::ISODateWithMs);
        record.modified = QDateTime::fromString(query->text(5), Qt::ISODateWithMs);
        record.version = query->integer(6);
        if (!query->isNull(7))
            record.deleted = QDateTime::fromString(query->text(7), Qt::ISODateWithMs);
        record.fields = QJsonDocument::fromJson(query->blob(8)).object();
        record.sequence = query->integer(9);
        record.lastChange = query->text(10);
        records.append(record);
    }
    return records;
}

Result<wire::FeedPage> HubStore::feed(const QString &network, qint64 after, int limit)
{
    wire::FeedPage page;
    sql::Transaction transaction(m_db); // one snapshot for the watermark and the rows
    PES_TRY(transaction.begin());
    auto watermark = lastSequence();
    if (!watermark)
        return std::unexpected(watermark.error());
    page.watermark = *watermark;

    // A record that was once visible beyond its network and no longer is goes
    // out as withdrawn, so other networks drop it.
    auto records = selectRecords(
        u"WHERE sequence > ? AND (network = ? OR visibility != 'network' OR shared_once = 1) "
        u"ORDER BY sequence LIMIT ?"_s,
        {after, network, limit + 1});
    if (!records)
        return std::unexpected(records.error());
    page.more = records->size() > limit;
    if (page.more)
        records->removeLast();
    for (wire::RemoteRecord &record : *records) {
        if (record.network != network && record.visibility == Visibility::Network) {
            record.withdrawn = true;
            record.fields = {};
        }
    }
    page.records = *records;
    page.cursor =
        page.records.isEmpty() ? std::max(after, qint64(0)) : page.records.last().sequence;
    if (!page.more && page.records.isEmpty())
        page.cursor = std::max(after, page.watermark);
    transaction.rollback();
    return page;
}

Result<std::optional<wire::RemoteRecord>> HubStore::publicRecord(const QString &path)
{
    auto records = selectRecords(
        u"WHERE visibility = 'public' AND substr(iri, -length(?)) = ? LIMIT 10"_s, {path, path});
    if (!records)
        return std::unexpected(records.error());
    QList<wire::RemoteRecord> matches;
    for (const auto &record : std::as_const(*records)) {
        if (QUrl(record.iri).path() == path)
            matches.append(record);
    }
    if (matches.size() != 1)
        return std::optional<wire::RemoteRecord>();
    return std::optional<wire::RemoteRecord>(matches.first());
}

Result<QList<wire::RemoteRecord>> HubStore::publicRecords()
{
    return selectRecords(u"WHERE visibility = 'public' AND deleted IS NULL ORDER BY iri"_s, {});
}

Result<QList<wire::RemoteRecord>> HubStore::recordsAfter(qint64 after, int limit)
{
    return selectRecords(u"WHERE sequence > ? ORDER BY sequence LIMIT ?"_s, {after, limit});
}

Result<qint64> HubStore::lastSequence()
{
    auto value = m_db.scalar(u"SELECT value FROM meta WHERE key = 'sequence'"_s);
    if (!value)
        return std::unexpected(value.error());
    return value->toLongLong();
}

Result<QString> HubStore::setting(const QString &key, const QString &fallback)
{
    auto value = m_db.scalar(u"SELECT value FROM meta WHERE key = ?"_s, {key});
    if (!value)
        return std::unexpected(value.error());
    return value->isNull() ? fallback : value->toString();
}

Status HubStore::setSetting(const QString &key, const QString &value)
{
    auto upsert = m_db.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) "
                               u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!upsert)
        return std::unexpected(upsert.error());
    return (*upsert)->bind(1, key).bind(2, value).run();
}

Result<qint64> HubStore::nextSequence()
{
    PES_TRY(
        m_db.exec(u"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'sequence'"_s));
    return lastSequence();
}

} // namespace pes::hub
