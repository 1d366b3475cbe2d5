// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanifest.h"

#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pes::backup {

QJsonObject Manifest::toJson() const
{
    QJsonObject countsObject;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        countsObject.insert(it.key(), it.value());
    QJsonArray entriesArray;
    for (const ManifestEntry &entry : entries)
        entriesArray.append(QJsonObject{
            {u"name"_s, entry.name}, {u"size"_s, entry.size}, {u"sha256"_s, entry.sha256}});
    return {
        {u"format"_s, formatName.toString()},
        {u"formatVersion"_s, formatVersion},
        {u"application"_s, u"pes-desktop"_s},
        {u"applicationVersion"_s, applicationVersion},
        {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)},
        {u"reason"_s, reason},
        {u"network"_s, QJsonObject{{u"iri"_s, networkIri}, {u"name"_s, networkName}}},
        {u"device"_s, device},
        {u"schemaVersion"_s, schemaVersion},
        {u"counts"_s, countsObject},
        {u"entries"_s, entriesArray},
    };
}

Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(Error::Code::Parse,
                    u"its manifest is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                        .arg(error.offset));
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != formatName)
        return fail(Error::Code::Unsupported, u"its manifest does not describe a PES backup"_s);
    const int version = object.value(u"formatVersion"_s).toInt(-1);
    if (version < 1 || version > backup::formatVersion)
        return fail(Error::Code::Unsupported,
                    u"it uses backup format version %1, and this PES Desktop reads versions 1 to "
                    u"%2: install a newer PES Desktop to restore it"_s
                        .arg(object.value(u"formatVersion"_s).toVariant().toString())
                        .arg(backup::formatVersion));

    Manifest manifest;
    manifest.formatVersion = version;
    manifest.applicationVersion = object.value(u"applicationVersion"_s).toString();
    manifest.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODate);
    manifest.reason = object.value(u"reason"_s).toString();
    const QJsonObject network = object.value(u"network"_s).toObject();
    manifest.networkIri = network.value(u"iri"_s).toString();
    manifest.networkName = network.value(u"name"_s).toString();
    manifest.device = object.value(u"device"_s).toString();
    manifest.schemaVersion = object.value(u"schemaVersion"_s).toInt();
    const QJsonObject counts = object.value(u"counts"_s).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        manifest.counts.insert(it.key(), it.value().toInteger());
    for (const QJsonValue &value : object.value(u"entries"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        manifest.entries.append({entry.value(u"name"_s).toString(),
                                 entry.value(u"size"_s).toInteger(-1),
                                 entry.value(u"sha256"_s).toString().toLower()});
    }
    if (manifest.entries.isEmpty())
        return fail(Error::Code::Parse, u"its manifest lists no entries"_s);
    return manifest;
}

Result<QMap<QString, qint64>> countRecords(sql::Database &db)
{
    QMap<QString, qint64> counts;
    auto perKind = db.prepare(
        u"SELECT kind, count(*) FROM record WHERE deleted IS NULL GROUP BY kind ORDER BY kind"_s);
    if (!perKind)
        return std::unexpected(perKind.error());
    sql::Query query(**perKind);
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        counts.insert(query->text(0), query->integer(1));
    }
    const std::pair<QString, QString> totals[] = {
        {u"deleted"_s, u"SELECT count(*) FROM record WHERE deleted IS NOT NULL"_s},
        {u"changes"_s, u"SELECT count(*) FROM change"_s},
        {u"operations"_s, u"SELECT count(*) FROM operation"_s},
        {u"unsyncedOperations"_s, u"SELECT count(*) FROM operation WHERE synced = 0"_s},
    };
    for (const auto &[name, sql] : totals) {
        auto value = db.scalar(sql);
        if (!value)
            return std::unexpected(value.error());
        counts.insert(name, value->toLongLong());
    }
    return counts;
}

Status describeReplica(sql::Database &db, Manifest &manifest)
{
    manifest.schemaVersion = schema::version(db);
    auto select = db.prepare(u"SELECT key, value FROM meta"_s);
    if (!select)
        return std::unexpected(select.error());
    sql::Query query(**select);
    while (true) {
        auto row = query->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString key = query->text(0);
        if (key == u"network.iri")
            manifest.networkIri = query->text(1);
        else if (key == u"network.name")
            manifest.networkName = query->text(1);
        else if (key == u"device.id")
            manifest.device = query->text(1);
    }
    return {};
}

} // namespace pes::backup
