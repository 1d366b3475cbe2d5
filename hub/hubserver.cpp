// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace pes::hub {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

Result<QSslConfiguration> tlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    const auto certificates = QSslCertificate::fromPath(certificateFile);
    if (certificates.isEmpty())
        return fail(Error::Code::InvalidArgument,
                    u"no PEM certificate could be read from %1"_s.arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"cannot read %1: %2"_s.arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec);
    if (key.isNull())
        return fail(Error::Code::InvalidArgument,
                    u"%1 holds no unencrypted RSA or EC private key in PEM form"_s.arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificates.first());
    configuration.setLocalCertificateChain(certificates);
    configuration.setPrivateKey(key);
    return configuration;
}

} // namespace

HubServer::HubServer(HubService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_server.setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            HubRequest hubRequest;
            hubRequest.method = methodName(request.method());
            hubRequest.path = request.url().path();
            hubRequest.query = request.query();
            hubRequest.authorization = request.value("authorization");
            hubRequest.accept = request.value("accept");
            hubRequest.contentType = request.value("content-type");
            hubRequest.range = request.value("range");
            hubRequest.contentRange = request.value("content-range");
            hubRequest.body = request.body();
            hubRequest.peer = request.remoteAddress().toString();
            const HubResponse response = m_service.handle(hubRequest);
            QHttpHeaders headers;
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
            for (const auto &header : response.headers)
                headers.append(header.first, header.second);
            responder.write(hubRequest.method == "HEAD" ? QByteArray() : response.body, headers,
                            QHttpServerResponder::StatusCode(response.status));
        });
}

Status HubServer::listen(const QString &host, quint16 port, const QString &certificateFile,
                         const QString &keyFile)
{
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (address.isNull())
        return fail(Error::Code::InvalidArgument, u"“%1” is not an IP address"_s.arg(host));
    QTcpServer *tcp = nullptr;
    if (!certificateFile.isEmpty() || !keyFile.isEmpty()) {
        if (certificateFile.isEmpty() || keyFile.isEmpty())
            return fail(Error::Code::InvalidArgument, u"TLS needs both --tls-cert and --tls-key"_s);
        auto configuration = tlsConfiguration(certificateFile, keyFile);
        if (!configuration)
            return std::unexpected(configuration.error());
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*configuration);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    if (!tcp->listen(address, port))
        return fail(Error::Code::Io,
                    u"cannot listen on %1:%2: %3"_s.arg(host).arg(port).arg(tcp->errorString()));
    if (!m_server.bind(tcp))
        return fail(Error::Code::Io, u"the HTTP server could not use %1:%2"_s.arg(host).arg(port));
    m_port = tcp->serverPort();
    return {};
}

} // namespace pes::hub
