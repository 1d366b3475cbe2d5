// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubservice.h"

#include "publicgraph.h"
#include "wire/nquads.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

const QByteArray nquadsType = "application/n-quads";

} // namespace

HubResponse message(int status, const QString &text)
{
    HubResponse response;
    response.status = status;
    response.body = text.toUtf8() + '\n';
    return response;
}

HubResponse storageFailure(const Error &error)
{
    qCWarning(lcHub).noquote() << "storage error:" << error.message;
    return message(500, u"the hub could not complete the request: "_s + error.message);
}

namespace {

// Turtle and N-Triples get N-Triples (valid Turtle too); anything else N-Quads.
QByteArray negotiate(const QByteArray &accept, bool quadsAllowed)
{
    for (const QByteArray &part : accept.split(',')) {
        const QByteArray type = part.split(';').first().trimmed().toLower();
        if (type == "text/turtle" || type == "application/n-triples")
            return type;
        if (quadsAllowed && type == nquadsType)
            return nquadsType;
    }
    return quadsAllowed ? nquadsType : QByteArray("text/turtle");
}

} // namespace

HubResponse HubService::handle(const HubRequest &request)
{
    const QString &path = request.path;
    if (request.body.size() > m_limits.maxBody)
        return message(413, u"the request body has %1 bytes; this hub accepts at most %2"_s
                                .arg(request.body.size())
                                .arg(m_limits.maxBody));

    if (path.startsWith(u"/sync/v1/")) {
        auto device = authenticate(request);
        if (!device) {
            HubResponse response = message(device.error().code == Error::Code::Storage ? 500 : 401,
                                           device.error().message);
            response.headers.append(
                std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer realm=\"pes-hub\""));
            return response;
        }
        if (path == u"/sync/v1/push" && request.method == "POST")
            return push(*device, request);
        if (path == u"/sync/v1/feed" && request.method == "GET")
            return feed(*device, request);
        if (path.startsWith(u"/sync/v1/blobs/"))
            return blobs(*device, request);
        if (path == u"/sync/v1/device" && request.method == "GET") {
            HubResponse response;
            response.contentType = "application/json";
            response.body = QJsonDocument(QJsonObject{{u"device"_s, device->name},
                                                      {u"network"_s, device->network}})
                                .toJson(QJsonDocument::Compact);
            return response;
        }
        return message(404,
                       u"no sync endpoint %1 %2"_s.arg(QString::fromLatin1(request.method), path));
    }
    if (request.method != "GET" && request.method != "HEAD")
        return message(405, u"%1 is read-only"_s.arg(path));
    if (path == u"/public/dump")
        return dump(request);
    if (path.startsWith(u"/id/"))
        return linkedData(request);
    if (path == u"/")
        return message(200, u"PES regional hub. Sync: /sync/v1/ (bearer token). Open data: "
                            u"/public/dump and the path of each public record."_s);
    return message(404, u"nothing at %1"_s.arg(path));
}

Result<Device> HubService::authenticate(const HubRequest &request)
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.startsWith("Bearer "))
        return fail(Error::Code::InvalidArgument,
                    u"this endpoint needs a device token (Authorization: Bearer TOKEN)"_s);
    auto device = m_store.authenticate(QString::fromUtf8(header.mid(7).trimmed()));
    if (!device)
        return std::unexpected(device.error());
    if (!*device) {
        qCWarning(lcHub).noquote()
            << u"refused token peer="_s + request.peer << u"path="_s + request.path;
        return fail(Error::Code::InvalidArgument,
                    u"the device token is unknown or was revoked; ask the hub's administrator "
                    u"for a new one"_s);
    }
    return **device;
}

HubResponse HubService::push(const Device &device, const HubRequest &request)
{
    auto operations = wire::decodePush(request.body);
    if (!operations)
        return message(400, u"malformed push body: "_s + operations.error().message);
    if (operations->isEmpty())
        return message(400, u"the push body holds no operation"_s);
    auto response = m_store.push(device, *operations);
    if (!response)
        return storageFailure(response.error());
    m_blobAccess.markStale(); // attachments or visibility may have changed
    HubResponse http;
    http.contentType = nquadsType;
    http.body = wire::encodePushResponse(*response);
    return http;
}

HubResponse HubService::feed(const Device &device, const HubRequest &request)
{
    bool ok = true;
    const qint64 after = request.query.hasQueryItem(u"after"_s)
                             ? request.query.queryItemValue(u"after"_s).toLongLong(&ok)
                             : 0;
    if (!ok || after < 0)
        return message(400, u"“after” must be a sequence number (0 or more)"_s);
    int limit = m_limits.pageSize;
    if (request.query.hasQueryItem(u"limit"_s)) {
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return message(400, u"“limit” must be a positive number"_s);
        limit = std::min(limit, m_limits.pageSize);
    }
    auto page = m_store.feed(device.network, after, limit);
    if (!page)
        return storageFailure(page.error());
    HubResponse response;
    response.contentType = nquadsType;
    response.body = wire::encodeFeed(*page);
    return response;
}

HubResponse HubService::linkedData(const HubRequest &request)
{
    auto record = m_store.publicRecord(request.path);
    if (!record)
        return storageFailure(record.error());
    if (!*record)
        return message(404, u"no public record at %1"_s.arg(request.path));
    if ((*record)->deleted.isValid())
        return message(410, u"<%1> was deleted on %2"_s.arg(
                                (*record)->iri, (*record)->deleted.toString(Qt::ISODate)));
    HubResponse response;
    response.contentType = negotiate(request.accept, false);
    response.body = publicStatements(**record, false);
    response.headers.append(std::pair<QByteArray, QByteArray>("Vary", "Accept"));
    return response;
}

HubResponse HubService::dump(const HubRequest &request)
{
    auto records = m_store.publicRecords();
    if (!records)
        return storageFailure(records.error());
    HubResponse response;
    response.contentType = negotiate(request.accept, true);
    const bool withGraph = response.contentType == nquadsType;
    for (const wire::RemoteRecord &record : std::as_const(*records))
        response.body += publicStatements(record, withGraph);
    response.headers.append(std::pair<QByteArray, QByteArray>("Vary", "Accept"));
    return response;
}

} // namespace pes::hub
