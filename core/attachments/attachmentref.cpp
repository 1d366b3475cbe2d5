// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentref.h"

using namespace Qt::StringLiterals;

namespace pes {

namespace {

const QString hashPrefix = u"sha256:"_s;

} // namespace

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        const bool letter = c >= u'a' && c <= u'f';
        if (!digit && !letter)
            return false;
    }
    return true;
}

Result<QString> parseAttachmentHash(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(hashPrefix, Qt::CaseInsensitive))
        hex = hex.mid(hashPrefix.size());
    hex = hex.toLower();
    if (!isSha256Hex(hex))
        return fail(Error::Code::InvalidArgument,
                    u"\"%1\" is not a SHA-256 attachment hash (expected \"sha256:\" followed by 64 "
                    u"hexadecimal digits)"_s.arg(text));
    return hex;
}

QString attachmentHashField(const QString &hash)
{
    return hashPrefix + hash;
}

QString attachmentUrn(const QString &hash)
{
    return u"urn:sha256:"_s + hash;
}

QJsonObject AttachmentRef::toJson() const
{
    QJsonObject object{
        {u"hash"_s, attachmentHashField(hash)}, {u"name"_s, name}, {u"size"_s, size}};
    if (!mediaType.isEmpty())
        object.insert(u"mediaType"_s, mediaType);
    return object;
}

Result<AttachmentRef> AttachmentRef::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return fail(Error::Code::InvalidArgument,
                    u"an attachment must be an object with hash, name, mediaType and size"_s);
    const QJsonObject object = value.toObject();

    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known = {u"hash"_s, u"name"_s, u"mediaType"_s, u"size"_s};
        if (!known.contains(it.key()))
            return fail(Error::Code::InvalidArgument,
                        u"an attachment has an unknown member \"%1\""_s.arg(it.key()));
    }

    const QJsonValue hashValue = object.value(u"hash"_s);
    if (!hashValue.isString() || !hashValue.toString().startsWith(hashPrefix))
        return fail(Error::Code::InvalidArgument,
                    u"an attachment's hash must be \"sha256:\" followed by 64 lowercase "
                    u"hexadecimal digits"_s);
    AttachmentRef ref;
    ref.hash = hashValue.toString().mid(hashPrefix.size());
    if (!isSha256Hex(ref.hash))
        return fail(Error::Code::InvalidArgument,
                    u"attachment hash \"%1\" is not \"sha256:\" followed by 64 lowercase "
                    u"hexadecimal digits"_s.arg(hashValue.toString()));

    ref.name = object.value(u"name"_s).toString().trimmed();
    if (ref.name.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"attachment %1 has no file name"_s.arg(hashValue.toString()));

    const QJsonValue mediaType = object.value(u"mediaType"_s);
    if (!mediaType.isUndefined() && !mediaType.isString())
        return fail(Error::Code::InvalidArgument,
                    u"attachment \"%1\" has a media type that is not text"_s.arg(ref.name));
    ref.mediaType = mediaType.toString();

    const QJsonValue size = object.value(u"size"_s);
    const double number = size.toDouble(-1);
    if (!size.isDouble() || number < 0 || number != static_cast<double>(qint64(number)))
        return fail(
            Error::Code::InvalidArgument,
            u"attachment \"%1\" needs a size: a whole number of bytes, 0 or more"_s.arg(ref.name));
    ref.size = qint64(number);
    return ref;
}

QList<AttachmentRef> attachmentsOf(const QJsonObject &fields)
{
    QList<AttachmentRef> refs;
    const QJsonArray array = fields.value(u"attachments"_s).toArray();
    for (const QJsonValue &value : array) {
        if (auto ref = AttachmentRef::fromJson(value))
            refs.append(*ref);
    }
    return refs;
}

} // namespace pes
