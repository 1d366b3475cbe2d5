// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubfixture.h"

#include "engine/syncengine.h"
#include "storage/sqlite.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace pes::test {

namespace {

QString hubBinary()
{
    return QStringLiteral(PES_BIN_DIR) + u"/pes-hub"_s;
}

} // namespace

HubProcess::HubProcess(const QString &dataDir, const QStringList &extraArguments)
    : m_dataDir(dataDir)
    , m_extra(extraArguments)
{
}

HubProcess::~HubProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            kill();
    }
}

bool HubProcess::start()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(m_dataDir + u"/hub.log"_s, QIODevice::Append);
    // The hub dies with the test, even when the test aborts.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(
        hubBinary(),
        QStringList{u"serve"_s, u"--data"_s, m_dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + m_extra);
    if (!m_process->waitForStarted(5000))
        return false;
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
        m_process->waitForReadyRead(100);
        line += m_process->readAllStandardOutput();
    }
    const qsizetype at = line.indexOf("http");
    if (at < 0)
        return false;
    m_url = QUrl(QString::fromUtf8(line.mid(at).trimmed()));
    return m_url.port() > 0;
}

void HubProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
}

QString HubProcess::admin(const QStringList &arguments) const
{
    QProcess process;
    process.start(hubBinary(), arguments + QStringList{u"--data"_s, m_dataDir});
    process.waitForFinished(10000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString HubProcess::addNetwork(const QString &iri, const QString &name) const
{
    return admin({u"network"_s, u"add"_s, u"--iri"_s, iri, u"--name"_s, name});
}

QString HubProcess::createToken(const QString &network, const QString &device) const
{
    return admin({u"token"_s, u"create"_s, u"--network"_s, network, u"--device"_s, device});
}

Device makeDevice(const QString &folder, const QString &name, const QString &networkIri,
                  const QUrl &hub, const QString &token)
{
    Device device;
    device.path = folder + u'/' + name + u".sqlite"_s;
    auto replica = Replica::create(device.path, {networkIri, name});
    if (!replica)
        qFatal("cannot create a replica: %s", qPrintable(replica.error().message));
    device.replica = std::move(*replica);
    if (auto configured = sync::SyncEngine::configure(*device.replica, hub, token); !configured)
        qFatal("cannot configure sync: %s", qPrintable(configured.error().message));
    return device;
}

QStringList canonicalRecords(Replica &replica)
{
    QStringList lines;
    auto select = replica.database().prepare(
        u"SELECT iri, kind, network, visibility, fields FROM record WHERE deleted IS NULL"_s);
    if (!select)
        return {};
    sql::Query query(**select);
    while (query->next().value_or(false)) {
        const QJsonObject fields = QJsonDocument::fromJson(query->blob(4)).object();
        lines.append(
            QStringList{query->text(0), query->text(1), query->text(2), query->text(3),
                        QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))}
                .join(u' '));
    }
    lines.sort();
    return lines;
}

HttpAnswer http(const QByteArray &method, const QUrl &url, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return answer;
}

} // namespace pes::test
