// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleformat.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pes::bundle {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const ManifestEntry &entry : entries)
        list.append(QJsonObject{
            {u"name"_s, entry.name}, {u"size"_s, entry.size}, {u"sha256"_s, entry.sha256}});
    return {{u"format"_s, formatName.toString()},
            {u"formatVersion"_s, formatVersion},
            {u"bundle"_s, bundleId},
            {u"device"_s, device},
            {u"network"_s, network},
            {u"networkName"_s, networkName},
            {u"created"_s, created.toUTC().toString(Qt::ISODateWithMs)},
            {u"counts"_s, QJsonObject{{u"operations"_s, operations},
                                      {u"records"_s, records},
                                      {u"attachments"_s, attachments}}},
            {u"entries"_s, list}};
}

Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(
            Error::Code::Parse,
            u"its manifest.json is not a JSON object (%1 at offset %2)"_s.arg(error.errorString())
                .arg(error.offset));
    const QJsonObject object = document.object();
    if (object.value(u"format"_s).toString() != formatName)
        return fail(Error::Code::Unsupported, u"its manifest is not a PES bundle manifest"_s);
    Manifest manifest;
    manifest.formatVersion = object.value(u"formatVersion"_s).toInt(-1);
    if (manifest.formatVersion != bundle::formatVersion)
        return fail(Error::Code::Unsupported,
                    u"it has bundle format version %1, and this PES Desktop reads version %2 only"_s
                        .arg(object.value(u"formatVersion"_s).toVariant().toString())
                        .arg(bundle::formatVersion));
    manifest.bundleId = object.value(u"bundle"_s).toString();
    manifest.device = object.value(u"device"_s).toString();
    manifest.network = object.value(u"network"_s).toString();
    manifest.networkName = object.value(u"networkName"_s).toString();
    manifest.created =
        QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject counts = object.value(u"counts"_s).toObject();
    manifest.operations = counts.value(u"operations"_s).toInteger(-1);
    manifest.records = counts.value(u"records"_s).toInteger(-1);
    manifest.attachments = counts.value(u"attachments"_s).toInteger(-1);
    if (manifest.device.isEmpty() || manifest.network.isEmpty() || manifest.operations < 0 ||
        manifest.records < 0 || manifest.attachments < 0)
        return fail(Error::Code::Parse,
                    u"its manifest lacks the device, the network or the counts"_s);

    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    for (const QJsonValue &value : object.value(u"entries"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        ManifestEntry parsed{entry.value(u"name"_s).toString(),
                             entry.value(u"size"_s).toInteger(-1),
                             entry.value(u"sha256"_s).toString()};
        if (parsed.name.isEmpty() || parsed.size < 0 || !hex.match(parsed.sha256).hasMatch())
            return fail(Error::Code::Parse,
                        u"its manifest lists an entry without a name, a size or a SHA-256"_s);
        manifest.entries.append(parsed);
    }
    return manifest;
}

} // namespace pes::bundle
