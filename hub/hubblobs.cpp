// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment blobs on the hub: content-addressed files that devices upload
// and download in pieces, each checked against its SHA-256 before it is kept.
#include "hubservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

using Header = std::pair<QByteArray, QByteArray>;

constexpr int maxHashesPerQuery = 10000;

HubResponse withOffset(HubResponse response, qint64 offset)
{
    response.headers.append(Header("Upload-Offset", QByteArray::number(offset)));
    return response;
}

// "bytes N-M/T" (Content-Range of an upload); nothing when malformed.
struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = 0;
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(u"^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"_s);
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    ContentRange range{match.captured(1).toLongLong(), match.captured(2).toLongLong(),
                       match.captured(3).toLongLong()};
    if (range.last < range.first || range.last >= range.total)
        return std::nullopt;
    return range;
}

// "bytes=N-" or "bytes=N-M" (Range of a download): the first and last byte,
// clipped to the blob; nothing when malformed, -1 as first when unsatisfiable.
std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray &header, qint64 size)
{
    static const QRegularExpression pattern(u"^bytes=(\\d{1,15})-(\\d{0,15})$"_s);
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 first = match.captured(1).toLongLong();
    qint64 last = match.captured(2).isEmpty() ? size - 1 : match.captured(2).toLongLong();
    if (first >= size || last < first)
        return std::pair<qint64, qint64>{-1, -1};
    return std::pair<qint64, qint64>{first, std::min(last, size - 1)};
}

} // namespace

HubResponse HubService::blobs(const Device &device, const HubRequest &request)
{
    const QString rest = request.path.mid(QStringView(u"/sync/v1/blobs/").size());
    if (rest == u"missing") {
        if (request.method != "POST")
            return message(405, u"/sync/v1/blobs/missing takes POST"_s);
        return missingBlobs(request);
    }

    auto hash = parseAttachmentHash(rest);
    if (!hash)
        return message(400, hash.error().message);
    if (auto refused = refuseBlob(device, *hash, request.method == "PUT"))
        return *refused;
    if (request.method == "HEAD")
        return blobStatus(*hash);
    if (request.method == "GET")
        return downloadBlob(*hash, request);
    if (request.method == "PUT")
        return uploadBlob(device, *hash, request);
    return message(405, u"a blob takes HEAD, GET or PUT"_s);
}

std::optional<HubResponse> HubService::refuseBlob(const Device &device, const QString &hash,
                                                  bool writing)
{
    auto allowed = writing ? m_blobAccess.mayWrite(device.network, hash)
                           : m_blobAccess.mayRead(device.network, hash);
    if (!allowed)
        return storageFailure(allowed.error());
    if (*allowed)
        return std::nullopt;
    if (writing)
        return message(403, u"no record of your network refers to %1: push the record that "
                            u"holds the file first"_s.arg(attachmentHashField(hash)));
    // The same answer as for a file the hub does not have: a hash alone reveals nothing.
    return message(404,
                   u"no record your network can see refers to %1"_s.arg(attachmentHashField(hash)));
}

HubResponse HubService::missingBlobs(const HubRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    const QJsonValue hashes = document.object().value(u"hashes"_s);
    if (error.error != QJsonParseError::NoError || !hashes.isArray())
        return message(400, u"the body must be a JSON object {\"hashes\": [\"sha256:…\", …]}"_s);
    if (hashes.toArray().size() > maxHashesPerQuery)
        return message(413, u"ask about %1 hashes at most at a time"_s.arg(maxHashesPerQuery));

    QJsonArray missing;
    for (const QJsonValue &value : hashes.toArray()) {
        auto hash = parseAttachmentHash(value.toString());
        if (!hash)
            return message(400, hash.error().message);
        if (!m_blobs.contains(*hash)) {
            const QString field = attachmentHashField(*hash);
            if (!missing.contains(field))
                missing.append(field);
        }
    }
    HubResponse response;
    response.contentType = "application/json";
    response.body =
        QJsonDocument(QJsonObject{{u"missing"_s, missing}}).toJson(QJsonDocument::Compact);
    return response;
}

HubResponse HubService::blobStatus(const QString &hash)
{
    if (m_blobs.contains(hash)) {
        HubResponse response = message(200, {});
        response.headers.append(
            Header("Blob-Size", QByteArray::number(m_blobs.size(hash).value_or(0))));
        return response;
    }
    return withOffset(message(404, {}), m_blobs.partialSize(hash));
}

HubResponse HubService::uploadBlob(const Device &device, const QString &hash,
                                   const HubRequest &request)
{
    if (m_blobs.contains(hash)) {
        HubResponse response =
            message(200, u"the hub already holds %1"_s.arg(attachmentHashField(hash)));
        response.headers.append(
            Header("Blob-Size", QByteArray::number(m_blobs.size(hash).value_or(0))));
        return response;
    }

    ContentRange range{0, request.body.size() - 1, request.body.size()};
    if (!request.contentRange.isEmpty()) {
        const auto parsed = parseContentRange(request.contentRange);
        if (!parsed)
            return message(400, u"Content-Range must read “bytes FIRST-LAST/TOTAL”"_s);
        range = *parsed;
        if (range.last - range.first + 1 != request.body.size())
            return message(400, u"Content-Range announces %1 bytes but the body has %2"_s
                                    .arg(range.last - range.first + 1)
                                    .arg(request.body.size()));
    } else if (auto discarded = m_blobs.discardPartial(hash); !discarded) {
        return storageFailure(discarded.error()); // a whole upload starts afresh
    }
    if (range.total > m_limits.maxBlob)
        return message(413, u"the attachment has %1 bytes; this hub keeps attachments of %2 "
                            u"bytes at most"_s.arg(range.total)
                                .arg(m_limits.maxBlob));

    const qint64 held = m_blobs.partialSize(hash);
    if (range.first != held)
        return withOffset(message(409, u"the hub holds %1 bytes of %2; send from byte %1"_s.arg(
                                           QString::number(held), attachmentHashField(hash))),
                          held);
    // Appending nothing still creates the partial file, so an empty file can be stored.
    if (auto appended = m_blobs.appendPartial(hash, range.first, request.body); !appended)
        return storageFailure(appended.error());
    if (range.last + 1 < range.total)
        return withOffset(
            message(
                200,
                u"received bytes %1-%2 of %3"_s.arg(range.first).arg(range.last).arg(range.total)),
            range.last + 1);

    auto finished = m_blobs.finishPartial(hash);
    if (!finished) {
        if (finished.error().code == Error::Code::InvalidArgument) {
            qCWarning(lcHub).noquote()
                << u"refused blob device="_s + device.name << finished.error().message;
            return message(422, finished.error().message);
        }
        return storageFailure(finished.error());
    }
    qCInfo(lcHub).noquote() << u"blob stored device="_s + device.name << u"hash="_s + hash
                            << u"bytes="_s + QString::number(finished->size);
    HubResponse response = message(201, u"stored %1"_s.arg(attachmentHashField(hash)));
    response.headers.append(Header("Blob-Size", QByteArray::number(finished->size)));
    return response;
}

HubResponse HubService::downloadBlob(const QString &hash, const HubRequest &request)
{
    auto file = m_blobs.open(hash);
    if (!file)
        return message(file.error().code == Error::Code::NotFound ? 404 : 500,
                       file.error().message);
    const qint64 size = (*file)->size();
    HubResponse response;
    response.contentType = "application/octet-stream";
    response.headers.append(Header("Accept-Ranges", "bytes"));
    if (request.range.isEmpty()) {
        response.body = (*file)->readAll();
        return response;
    }

    const auto range = parseRange(request.range, size);
    if (!range)
        return message(400, u"Range must read “bytes=FIRST-” or “bytes=FIRST-LAST”"_s);
    if (range->first < 0) {
        HubResponse refused =
            message(416, u"%1 has %2 bytes"_s.arg(attachmentHashField(hash)).arg(size));
        refused.headers.append(Header("Content-Range", "bytes */" + QByteArray::number(size)));
        return refused;
    }
    (*file)->seek(range->first);
    response.status = 206;
    response.body = (*file)->read(range->second - range->first + 1);
    response.headers.append(Header("Content-Range", "bytes " + QByteArray::number(range->first) +
                                                        '-' + QByteArray::number(range->second) +
                                                        '/' + QByteArray::number(size)));
    return response;
}

} // namespace pes::hub
